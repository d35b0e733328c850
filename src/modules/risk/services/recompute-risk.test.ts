/**
 * The fingerprint stored with every score is compared by later runs to skip unchanged subjects.
 * Its digest must stay the same function of a score: a change would make every subject look
 * changed and give each a history row with nothing new in it.
 */
import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import type { ScoreResult } from "../model/score-subject";
import { scoreFingerprint } from "./recompute-risk";

const result: ScoreResult = {
  inherentScore: 58,
  inherentBand: "high",
  residualScore: 58,
  residualBand: "high",
  factors: [
    {
      code: "country_tip",
      points: 20,
      values: { country: "TH", year: 2025 },
      source: "tip_tiers",
      edition: "2001–2015, 2022–2025 (2025 report)",
    },
    {
      code: "workforce_migrant",
      points: 12,
      values: { site: 'Samut Sakhon "Plant 2"', share: 72.5, threshold: 30 },
      source: "site_record",
      edition: null,
    },
  ],
  unknowns: [{ code: "unknown_products", points: 8 }],
};

describe("score fingerprints", () => {
  it("are the SHA-1 (base64) of the scores, bands, factors and unknowns as JSON", () => {
    const expected = createHash("sha1")
      .update(
        JSON.stringify([
          result.inherentScore,
          result.inherentBand,
          result.residualScore,
          result.residualBand,
          result.factors,
          result.unknowns,
        ]),
      )
      .digest("base64");
    expect(scoreFingerprint(result)).toBe(expected);
    // Pinned: what every run so far has stored for this score.
    expect(scoreFingerprint(result)).toBe("2/KyUvmogkHvQk0jrcR9OwLYAfY=");
  });

  it("change with any score, band, factor or unknown", () => {
    const base = scoreFingerprint(result);
    expect(scoreFingerprint({ ...result, residualScore: 57 })).not.toBe(base);
    expect(scoreFingerprint({ ...result, residualBand: "medium" })).not.toBe(base);
    expect(scoreFingerprint({ ...result, factors: result.factors.slice(1) })).not.toBe(base);
    expect(scoreFingerprint({ ...result, unknowns: [] })).not.toBe(base);
  });
});
