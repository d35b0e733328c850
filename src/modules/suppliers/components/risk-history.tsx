"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { TBandThresholds, TRiskHistoryPoint } from "@/modules/risk/schemas";

import { downloadCsv } from "../supply-chain/components/csv";
import { historyCsvFilename, historyCsvRows } from "./risk-explanation-parts";
import { RiskBadge } from "./risk-badge";
import { RiskHistoryChart } from "./risk-history-chart";

/** The history as a table (the chart's accessible twin) with its CSV download. */
export const RiskHistoryTable = ({
  history,
  name,
  id,
}: {
  history: readonly TRiskHistoryPoint[];
  name: string;
  id?: string;
}) => {
  const t = useTranslations("riskPanel");
  const format = useFormatter();
  const rows = [...history].sort((a, b) => a.computedAt.getTime() - b.computedAt.getTime());
  const download = () =>
    downloadCsv(
      historyCsvFilename(name),
      historyCsvRows(history, [t("columnDate"), t("columnScore"), t("columnBand")]),
    );
  return (
    <div id={id} tabIndex={-1} className="space-y-2 outline-none">
      <div className="flex justify-end">
        <Button variant="secondary" size="sm" onClick={download} disabled={rows.length === 0}>
          {t("downloadCsv")}
        </Button>
      </div>
      <Table data-testid="risk-history-table">
        <caption className="sr-only">{t("historyCaption", { name })}</caption>
        <thead>
          <tr>
            <Th>{t("columnDate")}</Th>
            <Th className="text-right">{t("columnScore")}</Th>
            <Th>{t("columnBand")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((point) => (
            <tr key={point.computedAt.toISOString()}>
              <Td className="whitespace-nowrap">
                {format.dateTime(point.computedAt, { dateStyle: "medium", timeStyle: "short" })}
              </Td>
              <Td className="text-right tabular-nums">{point.residualScore}</Td>
              <Td>
                <RiskBadge band={point.residualBand} score={null} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
};

/** "Score over time": the line chart, then the same figures as a table and a CSV file. */
export const RiskHistory = ({
  history,
  thresholds,
  name,
  headingLevel = 3,
}: {
  history: readonly TRiskHistoryPoint[];
  thresholds: TBandThresholds | null;
  name: string;
  headingLevel?: 3 | 4;
}) => {
  const t = useTranslations("riskPanel");
  const tableId = useId();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section className="space-y-3" data-testid="risk-history">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <Heading className="font-semibold text-slate-900">{t("historyTitle")}</Heading>
          <p className="text-sm text-slate-600">{t("historyDescription")}</p>
        </div>
        {history.length > 0 && (
          <a
            href={`#${tableId}`}
            className="text-sm text-teal-800 underline underline-offset-2 hover:text-teal-900"
          >
            {t("skipChart")}
          </a>
        )}
      </div>
      {history.length === 0 ? (
        <p className="text-sm text-slate-700">{t("historyEmpty")}</p>
      ) : (
        <>
          <div data-testid="risk-history-chart">
            <RiskHistoryChart history={history} thresholds={thresholds} name={name} />
          </div>
          <RiskHistoryTable history={history} name={name} id={tableId} />
        </>
      )}
    </section>
  );
};
