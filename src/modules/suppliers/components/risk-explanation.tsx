"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { MAX_SCORE, type TRiskScoreView } from "@/modules/risk/schemas";

import { explanationParts } from "./risk-explanation-parts";
import { RiskBadge } from "./risk-badge";

const Score = ({
  label,
  help,
  band,
  score,
  children,
  testId,
}: {
  label: string;
  help: string;
  band: TRiskScoreView["residualBand"];
  score: number;
  children?: ReactNode;
  testId: string;
}) => {
  const t = useTranslations("riskPanel");
  return (
    <div className="rounded-md border border-slate-200 p-4" data-testid={testId}>
      <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-2 space-y-2">
        <p className="flex flex-wrap items-center gap-3">
          <span className="text-3xl font-semibold text-slate-900 tabular-nums">{score}</span>
          <span className="text-sm text-slate-700">
            {t("scoreOutOf", { score, max: MAX_SCORE })}
          </span>
          <RiskBadge band={band} score={null} className="text-sm" />
        </p>
        <p className="text-sm text-slate-600">{help}</p>
        {children}
      </dd>
    </div>
  );
};

/**
 * One computed risk score explained (plain DTO, no query): the residual and inherent scores
 * with their bands in words, what the engine says about the residual score, every factor with
 * its points, reason, data source and edition, the unknown inputs that added points, and when
 * and with what it was computed. `current` null is a subject not scored yet: "not yet
 * computed", never "low".
 */
export const RiskExplanation = ({
  current,
  subject,
  headingLevel = 3,
}: {
  current: TRiskScoreView | null;
  subject: "supplier" | "site";
  headingLevel?: 3 | 4;
}) => {
  const t = useTranslations("riskPanel");
  const format = useFormatter();
  const Heading = headingLevel === 3 ? "h3" : "h4";

  if (current === null) {
    return (
      <div
        className="rounded-md border border-dashed border-slate-400 p-4"
        data-testid="risk-not-computed"
      >
        <p className="font-medium text-slate-900">
          <RiskBadge band={null} score={null} /> <span className="sr-only">·</span>
          {t("notComputedTitle")}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {subject === "site" ? t("notComputedSite") : t("notComputed")}
        </p>
      </div>
    );
  }

  const parts = explanationParts(current);
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 md:grid-cols-2">
        <Score
          label={t("residual")}
          help={t("residualHelp")}
          band={current.residualBand}
          score={current.residualScore}
          testId="risk-residual"
        >
          {parts.residualNotes.map((note) => (
            <p key={note.code} className="text-sm text-slate-800" data-testid="risk-residual-note">
              {note.reason}
            </p>
          ))}
        </Score>
        <Score
          label={t("inherent")}
          help={t("inherentHelp")}
          band={current.inherentBand}
          score={current.inherentScore}
          testId="risk-inherent"
        />
      </dl>

      <section className="space-y-2">
        <Heading className="font-semibold text-slate-900">{t("factorsTitle")}</Heading>
        <Table data-testid="risk-factors">
          <caption className="sr-only">{t("factorsCaption")}</caption>
          <thead>
            <tr>
              <Th>{t("columnFactor")}</Th>
              <Th className="text-right">{t("columnPoints")}</Th>
              <Th>{t("columnReason")}</Th>
              <Th>{t("columnSource")}</Th>
              <Th>{t("columnEdition")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {parts.factors.map((factor, index) => (
              <tr key={`${factor.code}-${index}`} data-factor={factor.code}>
                <Td className="font-medium">
                  {factor.label}
                  {factor.isUnknown && (
                    <span className="ml-2">
                      <Badge tone="amber">{t("unknownInput")}</Badge>
                    </span>
                  )}
                </Td>
                <Td className="text-right whitespace-nowrap tabular-nums">
                  {t("points", { points: factor.points })}
                </Td>
                <Td>{factor.reason}</Td>
                <Td>{factor.source}</Td>
                <Td>
                  {factor.edition ?? <span className="text-slate-600">{t("noEdition")}</span>}
                </Td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-300">
            <tr>
              <Th scope="row">{t("pointsTotal")}</Th>
              <Td className="text-right font-semibold tabular-nums">{current.inherentScore}</Td>
              <Td colSpan={3} className="text-sm text-slate-700">
                {parts.pointsSum !== current.inherentScore &&
                  t("pointsCapped", { sum: parts.pointsSum, max: MAX_SCORE })}
              </Td>
            </tr>
          </tfoot>
        </Table>
      </section>

      <section className="space-y-2" data-testid="risk-unknowns">
        <Heading className="font-semibold text-slate-900">{t("unknownsTitle")}</Heading>
        <p className="text-sm text-slate-700">{t("unknownsHelp")}</p>
        {current.unknowns.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noUnknowns")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
            {current.unknowns.map((unknown) => (
              <li key={unknown.code}>
                {t("unknownPoints", { label: unknown.label, points: unknown.points })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="space-y-1 text-sm text-slate-700" data-testid="risk-basis">
        <p>
          {t("computedAt", {
            date: format.dateTime(current.computedAt, { dateStyle: "long", timeStyle: "short" }),
          })}
        </p>
        <p>{t("basis", { version: current.basis.settingsVersion })}</p>
        {current.basis.editions.length > 0 && (
          <p>
            {t("editions", {
              editions: format.list(
                current.basis.editions.map((edition) =>
                  t("edition", { source: edition.source, edition: edition.edition }),
                ),
              ),
            })}
          </p>
        )}
      </div>
    </div>
  );
};
