import { describe, expect, it } from "vitest";

import type { TCountryRisk } from "../schemas";
import {
  compareCountryRisk,
  highRiskCount,
  highRiskShare,
  RISK_CLASSES,
  riskClassOf,
  unscoredCount,
} from "./risk-share";

const row = (
  country: string,
  supplierCount: number,
  [critical, high, medium, low]: [number, number, number, number],
): TCountryRisk => ({
  country,
  supplierCount,
  scoredCount: critical + high + medium + low,
  bands: { critical, high, medium, low },
});

describe("map risk share", () => {
  it("is the share of scored suppliers at high or critical risk, unscored left out", () => {
    const malaysia = row("MY", 5, [1, 1, 0, 2]);
    expect(highRiskCount(malaysia)).toBe(2);
    expect(unscoredCount(malaysia)).toBe(1);
    expect(highRiskShare(malaysia)).toBe(0.5);
  });

  it("has no share when nothing is scored (not 0 %: unknown is not low)", () => {
    expect(highRiskShare(row("VN", 3, [0, 0, 0, 0]))).toBeNull();
    expect(riskClassOf(null)).toBeNull();
  });

  it("puts 0 % in its own class and each share in one class, 75 % and 100 % in the last", () => {
    const idOf = (share: number) => riskClassOf(share)?.id;
    expect(idOf(0)).toBe("none");
    expect(idOf(0.01)).toBe("under25");
    expect(idOf(0.25)).toBe("under50");
    expect(idOf(0.4999)).toBe("under50");
    expect(idOf(0.5)).toBe("under75");
    expect(idOf(0.75)).toBe("from75");
    expect(idOf(1)).toBe("from75");
    expect(new Set(RISK_CLASSES.map((item) => item.colour)).size).toBe(RISK_CLASSES.length);
  });

  it("sorts by share, then by suppliers at high risk, with unscored countries last", () => {
    const rows = [
      row("VN", 9, [0, 0, 0, 0]),
      row("DK", 2, [0, 0, 0, 2]),
      row("TH", 1, [0, 1, 0, 0]),
      row("MY", 4, [2, 2, 0, 0]),
      row("BD", 4, [0, 1, 1, 0]),
      row("IN", 2, [0, 1, 0, 1]),
      row("LA", 1, [0, 0, 0, 0]),
    ];
    expect([...rows].sort(compareCountryRisk).map((item) => item.country)).toEqual([
      "MY",
      "TH",
      "BD",
      "IN",
      "DK",
      "VN",
      "LA",
    ]);
  });
});
