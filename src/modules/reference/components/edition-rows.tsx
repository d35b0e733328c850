"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName } from "@/modules/reference/countries";
import { useTRPC } from "@/trpc/react";

import { PAGE_SIZES, type TEditionDetail, type TEditionEntries } from "../schemas";
import { DateOnly, DateTime, StrengthBadge, TipTierBadge } from "./labels";
import {
  editionQueryOf,
  editionRowsParamsOf,
  paramsFromEditionRows,
  type EditionRowsParams,
} from "./list-params";
import { TipTierHistory } from "./tip-tier-history";

const Flag = ({ value }: { value: boolean }) => {
  const t = useTranslations("reference.edition.goods");
  return value ? (
    <Badge tone="red">{t("yes")}</Badge>
  ) : (
    <span className="text-slate-600">{t("no")}</span>
  );
};

const Country = ({ code }: { code: string }) => {
  const locale = useLocale();
  return (
    <>
      {countryName(code, locale)} <span className="text-xs text-slate-600">{code}</span>
    </>
  );
};

const EntriesTable = ({ entries }: { entries: TEditionEntries }) => {
  const t = useTranslations("reference.edition");
  switch (entries.dataset) {
    case "goods_list":
      return (
        <Table data-testid="edition-rows">
          <caption className="sr-only">{t("goods.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("goods.good")}</Th>
              <Th>{t("goods.country")}</Th>
              <Th>{t("goods.sector")}</Th>
              <Th>{t("goods.childLabor")}</Th>
              <Th>{t("goods.forcedLabor")}</Th>
              <Th>{t("goods.forcedChildLabor")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  {row.good}
                  {row.derived && (
                    <p className="text-xs text-slate-600">
                      {row.derivedFromCountry
                        ? t("goods.derivedFrom", { country: countryName(row.derivedFromCountry) })
                        : t("goods.derived")}
                    </p>
                  )}
                </Td>
                <Td>
                  <Country code={row.country} />
                </Td>
                <Td>{row.sector}</Td>
                <Td>
                  <Flag value={row.childLabor} />
                </Td>
                <Td>
                  <Flag value={row.forcedLabor} />
                </Td>
                <Td>
                  <Flag value={row.forcedChildLabor} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    case "tip_tiers":
      return (
        <Table data-testid="edition-rows">
          <caption className="sr-only">{t("tiers.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("tiers.year")}</Th>
              <Th>{t("tiers.country")}</Th>
              <Th>{t("tiers.tier")}</Th>
              <Th>{t("tiers.summary")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.rows.map((row) => (
              <tr key={row.id}>
                <Td>{row.reportYear}</Td>
                <Td>
                  <Country code={row.country} />
                </Td>
                <Td>
                  <TipTierBadge tier={row.tier} />
                </Td>
                <Td className="max-w-xl text-xs">{row.summary ?? ""}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    case "isic_sectors":
      return (
        <Table data-testid="edition-rows">
          <caption className="sr-only">{t("sectors.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("sectors.section")}</Th>
              <Th>{t("sectors.division")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <span className="font-mono text-xs">{row.section}</span> {row.sectionTitle}
                </Td>
                <Td>
                  <span className="font-mono text-xs">{row.division}</span> {row.divisionTitle}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    case "indicators":
      return (
        <Table data-testid="edition-rows">
          <caption className="sr-only">{t("indicators.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("indicators.code")}</Th>
              <Th>{t("indicators.title")}</Th>
              <Th>{t("indicators.strength")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.rows.map((row) => (
              <tr key={row.id}>
                <Td className="font-mono text-xs">{row.code}</Td>
                <Td>
                  <Link
                    href={`/reference/indicators/${row.code}`}
                    className="text-teal-800 underline-offset-2 hover:underline"
                  >
                    {row.title}
                  </Link>
                </Td>
                <Td>
                  <StrengthBadge strength={row.strength} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
  }
};

const EditionHeader = ({ detail }: { detail: TEditionDetail }) => {
  const t = useTranslations("reference.edition");
  const tData = useTranslations("reference.data");
  const tDatasets = useTranslations("reference.datasets");
  const { edition } = detail;
  return (
    <header className="space-y-3">
      <p className="text-sm text-slate-700">
        <Link href="/reference/data" className="text-teal-800 underline">
          {t("back")}
        </Link>
      </p>
      <p className="text-sm text-slate-700">{tDatasets(`${edition.dataset}.title`)}</p>
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold text-slate-900">
        {edition.edition}
        {edition.isActive ? (
          <Badge tone="teal">{tData("active")}</Badge>
        ) : (
          <Badge>{tData("kept")}</Badge>
        )}
      </h1>
      <dl className="grid gap-3 text-sm md:grid-cols-3" data-testid="edition-meta">
        <div>
          <dt className="font-semibold text-slate-900">{tData("columns.effectiveDate")}</dt>
          <dd className="text-slate-700">
            <DateOnly value={edition.effectiveDate} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">{tData("columns.rows")}</dt>
          <dd className="text-slate-700">{tData("rowCount", { count: edition.rowCount })}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">{tData("columns.loaded")}</dt>
          <dd className="text-slate-700">
            {edition.isBuiltIn
              ? tData("shipped")
              : tData("loadedBy", { name: edition.loadedByName ?? tData("formerMember") })}{" "}
            <DateTime value={edition.createdAt} />
          </dd>
        </div>
        <div className="md:col-span-2">
          <dt className="font-semibold text-slate-900">{tData("columns.source")}</dt>
          <dd className="text-slate-700">{edition.source}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">{t("licence")}</dt>
          <dd className="text-slate-700">{edition.licence}</dd>
        </div>
      </dl>
      {!edition.isActive && <p className="text-sm text-slate-700">{t("notActive")}</p>}
    </header>
  );
};

const TipYears = ({ years }: { years: TEditionDetail["years"] }) => {
  const t = useTranslations("reference.edition.years");
  if (years.length === 0) return null;
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <Table data-testid="tip-years">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr>
            <Th>{t("year")}</Th>
            <Th>{t("countries")}</Th>
            <Th>{t("coverage")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {years.map((year) => (
            <tr key={year.reportYear}>
              <Td>{year.reportYear}</Td>
              <Td>{year.rows}</Td>
              <Td className="text-xs">{year.isPartialList ? t("partial") : t("complete")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
};

/**
 * One edition: what it is (source, licence, date, who loaded it), its rows page by page with a
 * search (goods by good, sector or country; TIP tiers by country or year, with the country's
 * tier year by year; sectors by code or title), and for TIP tiers the years it covers.
 */
export const EditionRows = ({ id }: { id: string }) => {
  const t = useTranslations("reference.edition");
  const tErrors = useTranslations("errors.code");
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const params = useMemo(() => editionRowsParamsOf(searchParams), [searchParams]);
  const query = useQuery({
    ...trpc.reference.getEdition.queryOptions(editionQueryOf(id, params)),
    placeholderData: keepPreviousData,
  });
  const update = (patch: Partial<EditionRowsParams>) => {
    const queryString = paramsFromEditionRows({ ...params, page: 1, ...patch });
    router.replace(queryString ? `${pathname}?${queryString}` : pathname, { scroll: false });
  };

  const detail = query.data;
  if (!detail) {
    return query.isError ? (
      <Alert tone="error">{tErrors("INTERNAL")}</Alert>
    ) : (
      <p className="text-sm text-slate-700">{t("loading")}</p>
    );
  }
  const dataset = detail.edition.dataset;
  const pages = Math.max(1, Math.ceil(detail.total / detail.pageSize));
  return (
    <div className="space-y-6">
      <EditionHeader detail={detail} />
      {dataset === "tip_tiers" && params.search && (
        <TipTierHistory country={params.search.slice(0, 100)} />
      )}
      <Card>
        <CardHeader title={t("rowsTitle")} />
        <div className="space-y-4">
          <SearchBox
            label={t("search")}
            placeholder={t(`searchPlaceholder.${dataset}`)}
            value={params.search ?? ""}
            onSearch={(search) => update({ search: search.trim() || undefined })}
            className="w-full max-w-md"
          />
          <p className="text-sm text-slate-700" aria-live="polite" data-testid="edition-total">
            {t("total", { count: detail.total })}
          </p>
          <EntriesTable entries={detail.entries} />
          {detail.total === 0 && <p className="text-sm text-slate-700">{t("empty")}</p>}
          <Pagination
            page={detail.page}
            pageSize={detail.pageSize}
            total={detail.total}
            pageSizes={PAGE_SIZES}
            labels={{
              navigation: t("pagination.label"),
              previous: t("pagination.previous"),
              next: t("pagination.next"),
              status: t("pagination.status", { page: detail.page, pages, total: detail.total }),
              pageSize: t("pagination.pageSize"),
            }}
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(pageSize) =>
              update({ pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? params.pageSize })
            }
          />
        </div>
      </Card>
      {dataset === "tip_tiers" && <TipYears years={detail.years} />}
    </div>
  );
};
