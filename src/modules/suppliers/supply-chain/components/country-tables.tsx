"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { Table, Td, Th } from "@/components/ui/table";

import { highRiskSuppliersOfCountryHref, suppliersOfCountryHref } from "../map/map-query";
import { highRiskCount, highRiskShare, unscoredCount } from "../map/risk-share";
import { MAP_RISK_BANDS, type TCountryCount, type TCountryRisk } from "../schemas";

const linkClass = "text-teal-800 underline underline-offset-2 hover:text-teal-900";

/** A share as a percentage: one decimal below 10 % (so 1 in 300 is not shown as 0 %). */
export const useShareFormat = () => {
  const format = useFormatter();
  return (share: number) =>
    format.number(share, {
      style: "percent",
      maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
    });
};

/** Suppliers and sites per country, most suppliers first: the count view's table. */
export const CountryCountTable = ({
  rows,
  nameOf,
}: {
  rows: readonly TCountryCount[];
  nameOf: (code: string) => string;
}) => {
  const t = useTranslations("supplyChain");
  const format = useFormatter();
  return (
    <Table data-testid="map-country-table">
      <caption className="sr-only">
        {t("map.tableCaption", { countries: t("countOf.countries", { count: rows.length }) })}
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
              <Link href={suppliersOfCountryHref(row.country)} className={linkClass}>
                {nameOf(row.country)}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">{format.number(row.supplierCount)}</Td>
            <Td className="text-right tabular-nums">{format.number(row.siteCount)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};

/**
 * The risk view's table: per country, the suppliers, how many are scored, each band, and the
 * share at high or critical risk; a country without scored suppliers says so.
 */
export const CountryRiskTable = ({
  rows,
  nameOf,
}: {
  rows: readonly TCountryRisk[];
  nameOf: (code: string) => string;
}) => {
  const t = useTranslations("supplyChain");
  const format = useFormatter();
  const formatShare = useShareFormat();
  const bandColumn = {
    critical: t("map.columnCritical"),
    high: t("map.columnHigh"),
    medium: t("map.columnMedium"),
    low: t("map.columnLow"),
  };
  return (
    <Table data-testid="map-risk-table">
      <caption className="sr-only">
        {t("map.riskTableCaption", { countries: t("countOf.countries", { count: rows.length }) })}
      </caption>
      <thead>
        <tr>
          <Th>{t("map.columnCountry")}</Th>
          <Th className="text-right">{t("map.columnHighShare")}</Th>
          {MAP_RISK_BANDS.map((band) => (
            <Th key={band} className="text-right">
              {bandColumn[band]}
            </Th>
          ))}
          <Th className="text-right">{t("map.columnScored")}</Th>
          <Th className="text-right">{t("map.columnNotScored")}</Th>
          <Th className="text-right">{t("map.columnSuppliers")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const share = highRiskShare(row);
          const high = highRiskCount(row);
          return (
            <tr key={row.country} data-country={row.country}>
              <Td>
                <Link href={suppliersOfCountryHref(row.country)} className={linkClass}>
                  {nameOf(row.country)}
                </Link>
              </Td>
              <Td className="text-right whitespace-nowrap tabular-nums">
                {share === null ? (
                  <span className="text-slate-600">{t("map.notScoredCell")}</span>
                ) : high > 0 ? (
                  <Link href={highRiskSuppliersOfCountryHref(row.country)} className={linkClass}>
                    {formatShare(share)}
                    <span className="sr-only">
                      {" "}
                      ({t("map.openHighRisk", { count: high, country: nameOf(row.country) })})
                    </span>
                  </Link>
                ) : (
                  formatShare(share)
                )}
              </Td>
              {MAP_RISK_BANDS.map((band) => (
                <Td key={band} className="text-right tabular-nums">
                  {format.number(row.bands[band])}
                </Td>
              ))}
              <Td className="text-right tabular-nums">{format.number(row.scoredCount)}</Td>
              <Td className="text-right tabular-nums">{format.number(unscoredCount(row))}</Td>
              <Td className="text-right tabular-nums">{format.number(row.supplierCount)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
};
