"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { countryName } from "@/modules/reference/countries";
import { useTRPC } from "@/trpc/react";

import { classOf, legendClasses, NO_SUPPLIERS_COLOUR } from "../map/legend-scale";
import {
  countryCountsInput,
  INITIAL_MAP_FILTERS,
  suppliersOfCountryHref,
  type MapFilters,
} from "../map/map-query";
import { highRiskCount, highRiskShare, riskClassOf, unscoredCount } from "../map/risk-share";
import { worldMapGeometry } from "../map/world-countries";
import {
  MAP_RISK_BANDS,
  SUPPLIER_STATUSES,
  type TCountryCount,
  type TCountryRisk,
  type TMapMetric,
  type TTierFilter,
} from "../schemas";
import { CountryCountTable, CountryRiskTable, useShareFormat } from "./country-tables";
import { downloadCsv, type CsvCell } from "./csv";
import { CountLegend, RiskLegend } from "./map-legend";
import { WorldMap, type CountryView } from "./world-map";

export type SectorSectionOption = { section: string; title: string };

/** Tiers offered in the filter (deeper tiers are rare; "any tier" still shows them). */
const TIER_OPTIONS = [1, 2, 3, 4, 5] as const;

const parseTier = (value: string): TTierFilter | undefined => {
  if (value === "none") return "none";
  const tier = TIER_OPTIONS.find((option) => String(option) === value);
  return tier;
};

/** A share as a number of percent for the CSV (one decimal), empty when nothing is scored. */
const percentCell = (share: number | null): CsvCell =>
  share === null ? null : Math.round(share * 1000) / 10;

/**
 * The world map of suppliers with its filters, legend, table and CSV. It shades countries by
 * the number of suppliers, or by risk (the share of scored suppliers at high or critical risk);
 * the table and the CSV follow the choice.
 */
export const SupplierMapView = ({ sections }: { sections: SectorSectionOption[] }) => {
  const t = useTranslations("supplyChain");
  const format = useFormatter();
  const formatShare = useShareFormat();
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const headingId = useId();
  const tableId = useId();
  const [filters, setFilters] = useState<MapFilters>(INITIAL_MAP_FILTERS);
  const [metric, setMetric] = useState<TMapMetric>("count");
  const input = countryCountsInput(filters);

  const countsQuery = useQuery(
    trpc.supplyChain.getCountryCounts.queryOptions(input, {
      placeholderData: keepPreviousData,
      enabled: metric === "count",
    }),
  );
  const riskQuery = useQuery(
    trpc.supplyChain.getCountryRisk.queryOptions(input, {
      placeholderData: keepPreviousData,
      enabled: metric === "risk",
    }),
  );
  const query = metric === "risk" ? riskQuery : countsQuery;

  const countRows = useMemo(() => countsQuery.data?.countries ?? [], [countsQuery.data]);
  const riskRows = useMemo(() => riskQuery.data?.countries ?? [], [riskQuery.data]);
  const counts = useMemo(() => new Map(countRows.map((row) => [row.country, row])), [countRows]);
  const risks = useMemo(() => new Map(riskRows.map((row) => [row.country, row])), [riskRows]);
  const classes = useMemo(
    () => legendClasses(Math.max(0, ...countRows.map((row) => row.supplierCount))),
    [countRows],
  );
  const nameOf = (code: string) => countryName(code, locale);
  const rowCodes =
    metric === "risk" ? riskRows.map((row) => row.country) : countRows.map((row) => row.country);
  const notDrawn = rowCodes.filter((code) => !worldMapGeometry().codes.has(code));
  const by = (metric === "risk" ? riskQuery.data?.by : countsQuery.data?.by) ?? filters.by;

  const countView = (code: string): CountryView => {
    const row: TCountryCount | undefined = counts.get(code);
    const suppliers = t("countOf.suppliers", { count: row?.supplierCount ?? 0 });
    const sites = t("countOf.sites", { count: row?.siteCount ?? 0 });
    return {
      fill: classOf(row?.supplierCount ?? 0, classes)?.colour ?? NO_SUPPLIERS_COLOUR,
      isLink: row !== undefined && (row.supplierCount > 0 || row.siteCount > 0),
      linkLabel: t("map.countryLink", { country: nameOf(code), suppliers, sites }),
      summary: t("map.tooltip", { suppliers, sites }),
    };
  };

  const riskSummary = (row: TCountryRisk | undefined): string => {
    if (row === undefined || row.supplierCount === 0) return t("map.riskSummaryNoSuppliers");
    const share = highRiskShare(row);
    if (share === null) return t("map.riskSummaryNoneScored", { suppliers: row.supplierCount });
    const summary = t("map.riskSummary", {
      share: formatShare(share),
      high: highRiskCount(row),
      scored: row.scoredCount,
    });
    const unscored = unscoredCount(row);
    return unscored > 0 ? t("map.riskSummaryUnscored", { summary, unscored }) : summary;
  };

  const riskView = (code: string): CountryView => {
    const row = risks.get(code);
    const summary = riskSummary(row);
    const isLink = row !== undefined && row.supplierCount > 0;
    return {
      fill: !isLink ? NO_SUPPLIERS_COLOUR : (riskClassOf(highRiskShare(row))?.colour ?? null),
      isLink,
      linkLabel: t("map.riskCountryLink", { country: nameOf(code), summary }),
      summary,
    };
  };

  const openCountry = (code: string) => router.push(suppliersOfCountryHref(code));

  const download = () => {
    if (metric === "risk") {
      downloadCsv(
        by === "site" ? "supplier-risk-by-site-country.csv" : "supplier-risk-by-country.csv",
        [
          [
            t("map.columnCountryCode"),
            t("map.columnCountry"),
            t("map.columnHighShare"),
            t("map.columnCritical"),
            t("map.columnHigh"),
            t("map.columnMedium"),
            t("map.columnLow"),
            t("map.columnScored"),
            t("map.columnNotScored"),
            t("map.columnSuppliers"),
          ],
          ...riskRows.map((row) => [
            row.country,
            nameOf(row.country),
            percentCell(highRiskShare(row)),
            ...MAP_RISK_BANDS.map((band) => row.bands[band]),
            row.scoredCount,
            unscoredCount(row),
            row.supplierCount,
          ]),
        ],
      );
      return;
    }
    downloadCsv(by === "site" ? "suppliers-by-site-country.csv" : "suppliers-by-country.csv", [
      [
        t("map.columnCountryCode"),
        t("map.columnCountry"),
        t("map.columnSuppliers"),
        t("map.columnSites"),
      ],
      ...countRows.map((row) => [
        row.country,
        nameOf(row.country),
        row.supplierCount,
        row.siteCount,
      ]),
    ]);
  };

  const update = (change: Partial<MapFilters>) =>
    setFilters((current) => ({ ...current, ...change }));

  const rowCount = rowCodes.length;

  return (
    <div className="space-y-6">
      <Card>
        <form
          aria-label={t("map.filters")}
          className="grid gap-4 md:grid-cols-3 md:items-end xl:grid-cols-5"
          onSubmit={(event) => event.preventDefault()}
        >
          <Field label={t("map.metric")}>
            {(control) => (
              <Select
                {...control}
                name="metric"
                value={metric}
                onChange={(event) => setMetric(event.target.value === "risk" ? "risk" : "count")}
              >
                <option value="count">{t("map.metricCount")}</option>
                <option value="risk">{t("map.metricRisk")}</option>
              </Select>
            )}
          </Field>
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
              viewOf={metric === "risk" ? riskView : countView}
              countryName={nameOf}
              hrefFor={suppliersOfCountryHref}
              onOpen={openCountry}
              labelledBy={headingId}
            />
            {metric === "risk" ? <RiskLegend by={by} /> : <CountLegend classes={classes} by={by} />}
            {notDrawn.length > 0 && (
              <p className="mt-2 text-sm text-slate-700">
                {t("map.notDrawn", {
                  countries: format.list(notDrawn.map((code) => nameOf(code))),
                })}
              </p>
            )}
            {metric === "risk" && (
              <p className="mt-2 text-sm text-slate-700" data-testid="map-risk-note">
                {t("map.riskNote")}
              </p>
            )}
          </>
        )}
      </Card>

      <Card id={tableId} tabIndex={-1} className="outline-none">
        <CardHeader
          title={metric === "risk" ? t("map.riskTableTitle") : t("map.tableTitle")}
          actions={
            <Button variant="secondary" size="sm" onClick={download} disabled={rowCount === 0}>
              {t("map.downloadCsv")}
            </Button>
          }
        />
        {rowCount === 0 && !query.isPending ? (
          <p className="text-sm text-slate-700">{t("map.empty")}</p>
        ) : metric === "risk" ? (
          <CountryRiskTable rows={riskRows} nameOf={nameOf} />
        ) : (
          <CountryCountTable rows={countRows} nameOf={nameOf} />
        )}
      </Card>
    </div>
  );
};
