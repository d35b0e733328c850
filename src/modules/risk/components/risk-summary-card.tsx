"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";

import { Card } from "@/components/ui/card";
import { RiskBandBadge } from "@/components/ui/risk-band-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

import { RISK_BANDS } from "../schemas";

/**
 * Live suppliers per band of their current residual score (risk.getRiskSummary), highest band
 * first; suppliers not scored yet are counted apart, never as low.
 */
export const RiskSummaryCard = () => {
  const t = useTranslations("risk.settings.summary");
  const tBands = useTranslations("risk.bands");
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: summary } = useSuspenseQuery(trpc.risk.getRiskSummary.queryOptions());
  return (
    <Card aria-labelledby="risk-summary-heading" data-testid="risk-summary">
      <div className="mb-4">
        <h2 id="risk-summary-heading" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("total", { count: summary.total })}</p>
      </div>
      <Table>
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <Th>{t("band")}</Th>
            <Th className="text-right">{t("count")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[...RISK_BANDS].reverse().map((band) => (
            <tr key={band} data-band-row={band}>
              <Td>
                <RiskBandBadge band={band}>{tBands(band)}</RiskBandBadge>
              </Td>
              <Td className="text-right tabular-nums">{summary.bands[band]}</Td>
            </tr>
          ))}
          <tr data-band-row="none">
            <Td>
              <RiskBandBadge band={null}>{t("unscored")}</RiskBandBadge>
            </Td>
            <Td className="text-right tabular-nums">{summary.unscored}</Td>
          </tr>
        </tbody>
      </Table>
      <p className="mt-3 text-xs text-slate-600">
        {summary.lastComputedAt
          ? t("lastComputedAt", {
              at: format.dateTime(summary.lastComputedAt, {
                dateStyle: "medium",
                timeStyle: "short",
              }),
            })
          : t("neverComputed")}
      </p>
    </Card>
  );
};
