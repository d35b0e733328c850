"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName } from "@/modules/reference/countries";
import { useTRPC } from "@/trpc/react";

import { legendClasses, NO_SUPPLIERS_COLOUR } from "../map/legend-scale";
import { worldMapGeometry } from "../map/world-countries";
import {
  countryCountsInput,
  INITIAL_MAP_FILTERS,
  suppliersOfCountryHref,
  type MapFilters,
} from "../map/map-query";
import { SUPPLIER_STATUSES, type TCountBy, type TTierFilter } from "../schemas";
import { downloadCsv } from "./csv";
import { WorldMap } from "./world-map";

export type SectorSectionOption = { section: string; title: string };

/** Tiers offered in the filter (deeper tiers are rare; "any tier" still shows them). */
const TIER_OPTIONS = [1, 2, 3, 4, 5] as const;

const parseTier = (value: string): TTierFilter | undefined => {
  if (value === "none") return "none";
  const tier = TIER_OPTIONS.find((option) => String(option) === value);
  return tier;
};

export const SupplierMapView = ({ sections }: { sections: SectorSectionOption[] }) => {
  const t = useTranslations("supplyChain");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const headingId = useId();
  const tableId = useId();
  const [filters, setFilters] = useState<MapFilters>(INITIAL_MAP_FILTERS);

  const query = useQuery(
    trpc.supplyChain.getCountryCounts.queryOptions(countryCountsInput(filters), {
      placeholderData: keepPreviousData,
    }),
  );
  const rows = useMemo(() => query.data?.countries ?? [], [query.data]);
  const counts = useMemo(() => new Map(rows.map((row) => [row.country, row])), [rows]);
  const classes = useMemo(
    () => legendClasses(Math.max(0, ...rows.map((row) => row.supplierCount))),
    [rows],
  );
  const nameOf = (code: string) => countryName(code, locale);
  const notDrawn = rows.filter((row) => !worldMapGeometry().codes.has(row.country));
  const by = query.data?.by ?? filters.by;

  const openCountry = (code: string) => router.push(suppliersOfCountryHref(code));

  const download = () =>
    downloadCsv(by === "site" ? "suppliers-by-site-country.csv" : "suppliers-by-country.csv", [
      [
        t("map.columnCountryCode"),
        t("map.columnCountry"),
        t("map.columnSuppliers"),
        t("map.columnSites"),
      ],
      ...rows.map((row) => [row.country, nameOf(row.country), row.supplierCount, row.siteCount]),
    ]);

  const update = (change: Partial<MapFilters>) =>
    setFilters((current) => ({ ...current, ...change }));

  return (
    <div className="space-y-6">
      <Card>
        <form
          aria-label={t("map.filters")}
          className="grid gap-4 md:grid-cols-4 md:items-end"
          onSubmit={(event) => event.preventDefault()}
        >
          <Field label={t("map.countBy")}>
            {(control) => (
              <Select
                {...control}
                name="by"
                value={filters.by}
                onChange={(event) =>
                  update({ by: event.target.value === "site" ? "site" : "supplier" })
                }
              >
                <option value="supplier">{t("map.countBySupplier")}</option>
                <option value="site">{t("map.countBySite")}</option>
              </Select>
            )}
          </Field>
          <Field label={t("map.tier")}>
            {(control) => (
              <Select
                {...control}
                name="tier"
                value={filters.tier === undefined ? "" : String(filters.tier)}
                onChange={(event) => update({ tier: parseTier(event.target.value) })}
              >
                <option value="">{t("map.anyTier")}</option>
                {TIER_OPTIONS.map((tier) => (
                  <option key={tier} value={String(tier)}>
                    {t("map.tierOption", { tier })}
                  </option>
                ))}
                <option value="none">{t("map.tierNone")}</option>
              </Select>
            )}
          </Field>
          <Field label={t("map.sector")}>
            {(control) => (
              <Select
                {...control}
                name="sectorSection"
                value={filters.sectorSection ?? ""}
                onChange={(event) =>
                  update({
                    sectorSection: sections.some((item) => item.section === event.target.value)
                      ? event.target.value
                      : undefined,
                  })
                }
              >
                <option value="">{t("map.anySector")}</option>
                {sections.map((item) => (
                  <option key={item.section} value={item.section}>
                    {t("map.sectorOption", { section: item.section, title: item.title })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("map.status")}>
            {(control) => (
              <Select
                {...control}
                name="status"
                value={filters.status ?? ""}
                onChange={(event) =>
                  update({
                    status: SUPPLIER_STATUSES.find((status) => status === event.target.value),
                  })
                }
              >
                <option value="">{t("map.anyStatus")}</option>
                {SUPPLIER_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`statuses.${status}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </form>
      </Card>

      <Card aria-labelledby={headingId}>
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {t("map.mapLabel")}
          </h2>
          <a
            href={`#${tableId}`}
            className="text-sm text-teal-800 underline underline-offset-2 hover:text-teal-900"
          >
            {t("map.skipToTable")}
          </a>
        </div>
        <p className="sr-only" aria-live="polite">
          {query.isFetching ? t("map.updating") : ""}
        </p>
        {query.isError ? (
          <Alert tone="error">{t("map.loadFailed")}</Alert>
        ) : (
          <>
            <WorldMap
              counts={counts}
              classes={classes}
              countryName={nameOf}
              hrefFor={suppliersOfCountryHref}
              onOpen={openCountry}
              labelledBy={headingId}
            />
            <Legend classes={classes} by={by} />
            {notDrawn.length > 0 && (
              <p className="mt-2 text-sm text-slate-700">
                {t("map.notDrawn", {
                  countries: format.list(notDrawn.map((row) => nameOf(row.country))),
                })}
              </p>
            )}
            <p className="mt-2 text-sm text-slate-600">{t("map.riskNote")}</p>
          </>
        )}
      </Card>

      <Card id={tableId} tabIndex={-1} className="outline-none">
        <CardHeader
          title={t("map.tableTitle")}
          actions={
            <Button variant="secondary" size="sm" onClick={download} disabled={rows.length === 0}>
              {t("map.downloadCsv")}
            </Button>
          }
        />
        {rows.length === 0 && !query.isPending ? (
          <p className="text-sm text-slate-700">{t("map.empty")}</p>
        ) : (
          <Table data-testid="map-country-table">
            <caption className="sr-only">
              {t("map.tableCaption", {
                countries: t("countOf.countries", { count: rows.length }),
              })}
            </caption>
            <thead>
              <tr>
                <Th>{t("map.columnCountry")}</Th>
                <Th className="text-right">{t("map.columnSuppliers")}</Th>
                <Th className="text-right">{t("map.columnSites")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.country} data-country={row.country}>
                  <Td>
                    <Link
                      href={suppliersOfCountryHref(row.country)}
                      className="text-teal-800 underline underline-offset-2 hover:text-teal-900"
                    >
                      {nameOf(row.country)}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">{format.number(row.supplierCount)}</Td>
                  <Td className="text-right tabular-nums">{format.number(row.siteCount)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
};

const Legend = ({
  classes,
  by,
}: {
  classes: readonly ReturnType<typeof legendClasses>[number][];
  by: TCountBy;
}) => {
  const t = useTranslations("supplyChain.map");
  const format = useFormatter();
  const titleId = useId();
  const swatch = (colour: string) => (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-6 rounded-sm border border-slate-400"
      style={{ backgroundColor: colour }}
    />
  );
  return (
    <div className="mt-3">
      <p className="text-sm font-medium text-slate-800" id={titleId}>
        {by === "site" ? t("legendBySite") : t("legendBySupplier")}
      </p>
      <ul aria-labelledby={titleId} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-2 text-sm text-slate-700">
          {swatch(NO_SUPPLIERS_COLOUR)}
          {t("legendNone")}
        </li>
        {classes.map((item) => (
          <li key={item.from} className="flex items-center gap-2 text-sm text-slate-700">
            {swatch(item.colour)}
            {item.from === item.to
              ? t("legendOne", { from: format.number(item.from) })
              : t("legendRange", { from: format.number(item.from), to: format.number(item.to) })}
          </li>
        ))}
        <li className="flex items-center gap-2 text-sm text-slate-700">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 rounded-full border border-slate-800 bg-white"
          />
          {t("legendDot")}
        </li>
      </ul>
    </div>
  );
};
