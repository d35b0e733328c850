import { describe, expect, it } from "vitest";

import type { TRiskFactorView, TRiskScoreView } from "@/modules/risk/schemas";

import {
  explanationParts,
  historyChartPoints,
  historyCsvFilename,
  historyCsvRows,
  thresholdLines,
} from "./risk-explanation-parts";

const factor = (
  code: TRiskFactorView["code"],
  group: TRiskFactorView["group"],
  points: number,
): TRiskFactorView => ({
  code,
  group,
  label: code,
  points,
  reason: `${code} reason`,
  source: "source",
  edition: null,
  isUnknown: code.startsWith("unknown_"),
  values: {},
});

const score = (factors: TRiskFactorView[], inherentScore: number): TRiskScoreView => ({
  inherentScore,
  inherentBand: "critical",
  residualScore: inherentScore,
  residualBand: "critical",
  factors,
  unknowns: [],
  basis: { settingsVersion: 0, editions: [] },
  computedAt: new Date("2026-11-29T10:00:00Z"),
});

const history = [
  { computedAt: new Date("2026-11-29T10:00:00Z"), residualScore: 74, residualBand: "critical" },
  { computedAt: new Date("2026-10-01T08:30:00Z"), residualScore: 48, residualBand: "medium" },
] as const;

describe("risk panel helpers", () => {
  it("keeps the engine's note on the residual score apart from the inherent factors", () => {
    const parts = explanationParts(
      score(
        [
          factor("country_tip", "country", 15),
          factor("recruitment_fees", "recruitment", 15),
          factor("unknown_products", "products", 5),
          factor("residual_inherent_only", "residual", 0),
        ],
        35,
      ),
    );
    expect(parts.factors.map((item) => item.code)).toEqual([
      "country_tip",
      "recruitment_fees",
      "unknown_products",
    ]);
    expect(parts.residualNotes.map((item) => item.code)).toEqual(["residual_inherent_only"]);
    expect(parts.pointsSum).toBe(35);
  });

  it("adds up the points above the capped score, so the cap can be explained", () => {
    const factors = [
      factor("country_tip", "country", 60),
      factor("recruitment_fees", "recruitment", 55),
    ];
    expect(explanationParts(score(factors, 100)).pointsSum).toBe(115);
  });

  it("turns band thresholds into labelled reference lines, none when unknown", () => {
    expect(thresholdLines(null)).toEqual([]);
    expect(thresholdLines({ medium: 25, high: 50, critical: 70 })).toEqual([
      { band: "critical", score: 70 },
      { band: "high", score: 50 },
      { band: "medium", score: 25 },
    ]);
  });

  it("orders the history oldest first for the chart and the CSV", () => {
    expect(historyChartPoints(history)).toEqual([
      { time: Date.parse("2026-10-01T08:30:00Z"), score: 48, band: "medium" },
      { time: Date.parse("2026-11-29T10:00:00Z"), score: 74, band: "critical" },
    ]);
    expect(historyCsvRows(history, ["Computed", "Residual score", "Band"])).toEqual([
      ["Computed", "Residual score", "Band"],
      ["2026-10-01T08:30:00.000Z", 48, "medium"],
      ["2026-11-29T10:00:00.000Z", 74, "critical"],
    ]);
  });

  it("names the CSV after the subject, in plain ASCII", () => {
    expect(historyCsvFilename("Meranti Glove Industries Sdn Bhd")).toBe(
      "meranti-glove-industries-sdn-bhd-risk-history.csv",
    );
    expect(historyCsvFilename("Çukurova İplik A.Ş.")).toBe("cukurova-iplik-a-s-risk-history.csv");
    expect(historyCsvFilename("深圳流明田电子有限公司")).toBe("supplier-risk-history.csv");
  });
});
