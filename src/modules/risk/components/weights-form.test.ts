import { describe, expect, it } from "vitest";

import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  ZRiskWeightsSchema,
  ZUpdateRiskSettingsRequestSchema,
} from "../schemas";
import {
  bareSupplierUnknownPoints,
  FIELDS,
  formErrorKeys,
  GROUPS,
  SHARE_FIELDS,
  toFormValues,
  toRequest,
  unknownPoints,
  type FieldId,
} from "./weights-form";

/** Every numeric leaf of the weights, as a dotted path ("country.tier3"). */
const numericLeaves = (value: unknown, prefix: string[] = []): string[] => {
  if (typeof value === "number") return [prefix.join(".")];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => numericLeaves(child, [...prefix, key]));
};

describe("risk settings form", () => {
  it("has one input for every number of the weights and the thresholds, shown exactly once", () => {
    const paths = Object.values(FIELDS).map((field) => field.path.join("."));
    expect(paths.sort()).toEqual(
      [
        ...numericLeaves(DEFAULT_RISK_WEIGHTS, ["weights"]),
        ...numericLeaves(DEFAULT_BAND_THRESHOLDS, ["bandThresholds"]),
      ].sort(),
    );
    const shown: FieldId[] = [
      ...GROUPS.flatMap((group) => group.fields),
      ...Object.values(SHARE_FIELDS).flatMap((kind) => Object.values(kind)),
    ];
    expect([...shown].sort()).toEqual(Object.keys(FIELDS).sort());
  });

  it("round-trips the saved settings through the form unchanged", () => {
    const values = toFormValues(DEFAULT_RISK_WEIGHTS, DEFAULT_BAND_THRESHOLDS);
    expect(values.fields.countryTier3).toBe("25");
    expect(values.fields.migrantHighAtLeast).toBe("30");
    const parsed = ZUpdateRiskSettingsRequestSchema.parse(
      toRequest({ values, base: DEFAULT_RISK_WEIGHTS, expectedVersion: 3 }),
    );
    expect(parsed).toEqual({
      weights: DEFAULT_RISK_WEIGHTS,
      bandThresholds: DEFAULT_BAND_THRESHOLDS,
      expectedVersion: 3,
    });
  });

  it("writes typed numbers and chosen divisions over the saved weights", () => {
    const values = toFormValues(DEFAULT_RISK_WEIGHTS, DEFAULT_BAND_THRESHOLDS);
    values.fields.sectorUnknown = " 20 ";
    values.fields.seasonalSomeAtLeast = "12,5";
    values.divisions = ["03", "10"];
    const parsed = ZUpdateRiskSettingsRequestSchema.parse(
      toRequest({ values, base: DEFAULT_RISK_WEIGHTS, expectedVersion: 0 }),
    );
    expect(parsed.weights.sector).toEqual({
      highRisk: 10,
      highRiskDivisions: ["03", "10"],
      unknown: 20,
    });
    expect(parsed.weights.workforce.seasonal.some.atLeast).toBe(12.5);
    // The base is not changed in place.
    expect(DEFAULT_RISK_WEIGHTS.sector.unknown).toBe(8);
  });

  it("puts each validation message on its input", () => {
    const values = toFormValues(DEFAULT_RISK_WEIGHTS, DEFAULT_BAND_THRESHOLDS);
    values.fields.countryTier3 = "";
    values.fields.tierTier2 = "2.5";
    values.fields.migrantSomeAtLeast = "45";
    values.fields.bandsHigh = "10";
    values.divisions = ["3"];
    const result = ZUpdateRiskSettingsRequestSchema.safeParse(
      toRequest({ values, base: DEFAULT_RISK_WEIGHTS, expectedVersion: 0 }),
    );
    expect(result.success).toBe(false);
    expect(formErrorKeys(result.error?.issues ?? [])).toEqual({
      countryTier3: "risk.validation.points",
      tierTier2: "risk.validation.points",
      migrantHighAtLeast: "risk.validation.shareStepsIncreasing",
      bandsHigh: "risk.validation.thresholdsIncreasing",
      divisions: "risk.validation.division",
    });
  });

  it("states what unknown inputs add, from the weights", () => {
    expect(unknownPoints(DEFAULT_RISK_WEIGHTS)).toEqual([
      { code: "unknown_country", points: 10 },
      { code: "unknown_products", points: 5 },
      { code: "unknown_sector", points: 8 },
      { code: "unknown_workforce", points: 12 },
      { code: "unknown_recruitment", points: 8 },
      { code: "unknown_recruitment_fees", points: 4 },
      { code: "unknown_tier", points: 6 },
    ]);
    expect(bareSupplierUnknownPoints(DEFAULT_RISK_WEIGHTS)).toBe(25);
    const changed = ZRiskWeightsSchema.parse({
      ...DEFAULT_RISK_WEIGHTS,
      sector: { ...DEFAULT_RISK_WEIGHTS.sector, unknown: 20 },
    });
    expect(bareSupplierUnknownPoints(changed)).toBe(37);
  });
});
