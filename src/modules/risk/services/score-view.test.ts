import { describe, expect, it } from "vitest";

import type { TStoredRiskFactor } from "../schemas";
import { toScoreView } from "./score-view";

const view = (factors: TStoredRiskFactor[]) =>
  toScoreView({
    inherentScore: 20,
    inherentBand: "low",
    residualScore: 20,
    residualBand: "low",
    factors,
    unknowns: factors.map((factor) => ({ code: factor.code, points: factor.points })),
    basis: { settingsVersion: 0, editions: [] },
    computedAt: new Date("2026-11-29T12:00:00Z"),
  });

describe("risk explanations in words", () => {
  it("tells a country the report does not rate from a missing TIP dataset", () => {
    const [notRated, noData] = view([
      {
        code: "unknown_country",
        points: 10,
        source: "tip_tiers",
        values: { country: "GL", year: 2025 },
        edition: "2025 report",
      },
      {
        code: "unknown_country",
        points: 10,
        source: "tip_tiers",
        values: { country: "GL" },
        edition: null,
      },
    ]).factors;
    expect(notRated?.reason).toBe(
      "The 2025 Trafficking in Persons report does not rate Greenland, so its risk is unknown.",
    );
    expect(noData?.reason).toContain("No Trafficking in Persons tiers are loaded");
    expect(notRated).toMatchObject({ isUnknown: true, group: "country", edition: "2025 report" });
  });

  it("tells products not recorded from a goods list not loaded", () => {
    const [noProducts, noList] = view([
      { code: "unknown_products", points: 5, source: "supplier_record", values: {}, edition: null },
      {
        code: "unknown_products",
        points: 5,
        source: "goods_list",
        values: { country: "TH" },
        edition: null,
      },
    ]).factors;
    expect(noProducts?.reason).toBe(
      "No products are recorded, so they cannot be checked against the list of goods.",
    );
    expect(noList?.reason).toContain("products of Thailand cannot be checked");
  });
});
