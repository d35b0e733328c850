"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { SearchBox } from "@/components/ui/search-box";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

import {
  INDICATOR_GROUPS,
  INDICATOR_STAGES,
  INDICATOR_STRENGTHS,
  stageOfGroup,
  ZIndicatorStageSchema,
  ZIndicatorStrengthSchema,
  type TIndicator,
} from "../schemas";
import { GroupLabel, StrengthBadge } from "./labels";
import {
  catalogueFiltersFromParams,
  catalogueQueryOf,
  paramsFromCatalogueFilters,
  type CatalogueFilters,
} from "./list-params";
import { SignsNotProof } from "./signs-not-proof";

/** The strength in force for the organisation, and the catalogue's when the organisation differs. */
const StrengthCell = ({ indicator }: { indicator: TIndicator }) => {
  const t = useTranslations("reference.catalogue");
  const tStrength = useTranslations("reference.strength");
  return (
    <>
      <StrengthBadge strength={indicator.effectiveStrength} />
      {indicator.override && (
        <p className="mt-1 text-xs text-slate-600">
          {t("ownGrading", {
            catalogue: indicator.strength ? tStrength(indicator.strength) : tStrength("none"),
          })}
        </p>
      )}
    </>
  );
};

const IndicatorLink = ({ indicator }: { indicator: { code: string; title: string } }) => (
  <Link
    href={`/reference/indicators/${indicator.code}`}
    className="font-medium text-teal-800 underline-offset-2 hover:underline"
  >
    {indicator.title}
  </Link>
);

const IloTable = ({ indicators }: { indicators: TIndicator[] }) => {
  const t = useTranslations("reference.catalogue");
  return (
    <Table data-testid="ilo-indicators">
      <caption className="sr-only">{t("ilo.caption")}</caption>
      <thead>
        <tr>
          <Th>{t("columns.code")}</Th>
          <Th>{t("columns.indicator")}</Th>
          <Th>{t("columns.strength")}</Th>
          <Th>{t("columns.mappedFrom")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {indicators.map((indicator) => (
          <tr key={indicator.code} data-code={indicator.code}>
            <Td className="font-mono text-xs whitespace-nowrap">{indicator.code}</Td>
            <Td>
              <IndicatorLink indicator={indicator} />
            </Td>
            <Td>
              <StrengthCell indicator={indicator} />
            </Td>
            <Td>{t("mappedFromCount", { count: indicator.rolledUpBy.length })}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};

const OperationalTable = ({ group, indicators }: { group: number; indicators: TIndicator[] }) => {
  const t = useTranslations("reference.catalogue");
  return (
    <Table data-testid={`group-${group}`}>
      <caption className="sr-only">
        <GroupLabel group={group} />
      </caption>
      <thead>
        <tr>
          <Th>{t("columns.code")}</Th>
          <Th>{t("columns.indicator")}</Th>
          <Th>{t("columns.strength")}</Th>
          <Th>{t("columns.mapsTo")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {indicators.map((indicator) => (
          <tr key={indicator.code} data-code={indicator.code}>
            <Td className="font-mono text-xs whitespace-nowrap">{indicator.code}</Td>
            <Td>
              <IndicatorLink indicator={indicator} />
            </Td>
            <Td>
              <StrengthCell indicator={indicator} />
            </Td>
            <Td>
              <ul className="space-y-1">
                {indicator.rollsUpTo.map((ilo) => (
                  <li key={ilo.code}>
                    <span className="font-mono text-xs text-slate-600">{ilo.code}</span> {ilo.title}
                  </li>
                ))}
              </ul>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};

/**
 * The indicator catalogue: the 11 ILO indicators of forced labour, then the ILO/EC operational
 * indicators in their six groups, filtered by stage and strength (the strength in force for the
 * organisation) and searchable. Filters live in the address; the server filters.
 */
export const IndicatorCatalogue = () => {
  const t = useTranslations("reference.catalogue");
  const tStage = useTranslations("reference.stage");
  const tStrength = useTranslations("reference.strength");
  const tErrors = useTranslations("errors.code");
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const stageId = useId();
  const strengthId = useId();
  const filters = useMemo(() => catalogueFiltersFromParams(searchParams), [searchParams]);
  const query = useQuery({
    ...trpc.reference.listIndicators.queryOptions(catalogueQueryOf(filters)),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Partial<CatalogueFilters>) => {
    const queryString = paramsFromCatalogueFilters({ ...filters, ...patch });
    router.replace(queryString ? `${pathname}?${queryString}` : pathname, { scroll: false });
  };

  const data = query.data;
  const ilo = data?.indicators.filter((indicator) => indicator.kind === "ilo_forced_labour") ?? [];
  const operational = data?.indicators.filter((indicator) => indicator.kind === "operational");
  const isFiltered = Boolean(filters.stage || filters.strength || filters.search);

  return (
    <div className="space-y-8">
      <SignsNotProof />
      <section aria-label={t("filters.label")} className="flex flex-wrap items-end gap-4">
        <SearchBox
          label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          value={filters.search ?? ""}
          onSearch={(search) => update({ search: search.trim() || undefined })}
          className="w-full max-w-sm"
        />
        <div>
          <label htmlFor={stageId} className="block text-sm font-medium text-slate-800">
            {t("filters.stage")}
          </label>
          <Select
            id={stageId}
            className="mt-1 w-56"
            value={filters.stage ?? ""}
            onChange={(event) =>
              update({ stage: ZIndicatorStageSchema.safeParse(event.target.value).data })
            }
          >
            <option value="">{t("filters.anyStage")}</option>
            {INDICATOR_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {tStage(stage)}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor={strengthId} className="block text-sm font-medium text-slate-800">
            {t("filters.strength")}
          </label>
          <Select
            id={strengthId}
            className="mt-1 w-44"
            value={filters.strength ?? ""}
            onChange={(event) =>
              update({ strength: ZIndicatorStrengthSchema.safeParse(event.target.value).data })
            }
          >
            <option value="">{t("filters.anyStrength")}</option>
            {INDICATOR_STRENGTHS.map((strength) => (
              <option key={strength} value={strength}>
                {tStrength(strength)}
              </option>
            ))}
          </Select>
        </div>
        {isFiltered && (
          <Button
            variant="secondary"
            onClick={() => update({ stage: undefined, strength: undefined, search: undefined })}
          >
            {t("filters.clear")}
          </Button>
        )}
      </section>

      {query.isError && <Alert tone="error">{tErrors("INTERNAL")}</Alert>}
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="indicators-total">
        {data ? t("shown", { shown: data.indicators.length, total: data.total }) : t("loading")}
      </p>
      {data && data.total === 0 && <Alert tone="warning">{t("noCatalogue")}</Alert>}

      <section aria-labelledby="ilo-heading" className="space-y-3">
        <h2 id="ilo-heading" className="text-lg font-semibold text-slate-900">
          {t("ilo.title")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("ilo.description")}</p>
        {filters.stage ? (
          <p className="text-sm text-slate-700">{t("ilo.everyStage")}</p>
        ) : ilo.length > 0 ? (
          <IloTable indicators={ilo} />
        ) : (
          data && <p className="text-sm text-slate-700">{t("empty")}</p>
        )}
      </section>

      <section aria-labelledby="operational-heading" className="space-y-6">
        <div className="space-y-2">
          <h2 id="operational-heading" className="text-lg font-semibold text-slate-900">
            {t("operational.title")}
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">{t("operational.description")}</p>
        </div>
        {INDICATOR_GROUPS.map((group) => {
          const inGroup = operational?.filter((indicator) => indicator.groupNumber === group);
          if (!inGroup || inGroup.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`group-${group}-heading`} className="space-y-2">
              <h3 id={`group-${group}-heading`} className="text-base font-semibold text-slate-900">
                <GroupLabel group={group} />
              </h3>
              <p className="text-xs text-slate-600">
                {t("operational.stage", { stage: tStage(stageOfGroup(group)) })}
              </p>
              <OperationalTable group={group} indicators={inGroup} />
            </section>
          );
        })}
        {operational && operational.length === 0 && (
          <p className="text-sm text-slate-700">{t("empty")}</p>
        )}
      </section>

      {data?.edition && (
        <footer className="border-t border-slate-200 pt-4 text-xs text-slate-600">
          <p>{t("edition", { edition: data.edition.edition })}</p>
          <p className="mt-1">{t("source", { source: data.edition.source })}</p>
          <p className="mt-1">{t("strengthNote")}</p>
        </footer>
      )}
    </div>
  );
};
