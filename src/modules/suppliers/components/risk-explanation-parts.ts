/**
 * Pure helpers of the risk panel: how an explanation is split for display, the history as CSV
 * rows, and the band thresholds as chart reference lines. No React, no queries.
 */
import type {
  TBandThresholds,
  TRiskFactorView,
  TRiskHistoryPoint,
  TRiskScoreView,
} from "@/modules/risk/schemas";

export type ExplanationParts = {
  /** Factors of the inherent score, in the engine's order. */
  factors: TRiskFactorView[];
  /** What the engine says about the residual score (e.g. "equals the inherent score until …"). */
  residualNotes: TRiskFactorView[];
  /** The inherent factors' points added up (above the score when the score is capped). */
  pointsSum: number;
};

/** Splits an explanation for display: inherent factors, notes on the residual score, the sum. */
export const explanationParts = (current: TRiskScoreView): ExplanationParts => {
  const factors = current.factors.filter((factor) => factor.group !== "residual");
  return {
    factors,
    residualNotes: current.factors.filter((factor) => factor.group === "residual"),
    pointsSum: factors.reduce((sum, factor) => sum + factor.points, 0),
  };
};

/** The lowest score of each band above low, as reference lines (highest first). */
export const thresholdLines = (
  thresholds: TBandThresholds | null,
): { band: "critical" | "high" | "medium"; score: number }[] =>
  thresholds === null
    ? []
    : [
        { band: "critical", score: thresholds.critical },
        { band: "high", score: thresholds.high },
        { band: "medium", score: thresholds.medium },
      ];

/** The history as chart points: time as a number (milliseconds), oldest first. */
export const historyChartPoints = (
  history: readonly TRiskHistoryPoint[],
): { time: number; score: number; band: TRiskHistoryPoint["residualBand"] }[] =>
  [...history]
    .sort((a, b) => a.computedAt.getTime() - b.computedAt.getTime())
    .map((point) => ({
      time: point.computedAt.getTime(),
      score: point.residualScore,
      band: point.residualBand,
    }));

/**
 * The history as CSV rows: a header, then one row per score, oldest first, with the time in
 * ISO 8601 (UTC) so spreadsheets sort it, the score and the band's code.
 */
export const historyCsvRows = (
  history: readonly TRiskHistoryPoint[],
  header: readonly [string, string, string],
): (string | number)[][] => [
  [...header],
  ...[...history]
    .sort((a, b) => a.computedAt.getTime() - b.computedAt.getTime())
    .map((point) => [point.computedAt.toISOString(), point.residualScore, point.residualBand]),
];

/** A file name for a subject's history, from its name: "meranti-glove-industries-risk.csv". */
export const historyCsvFilename = (name: string): string => {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${slug || "supplier"}-risk-history.csv`;
};
