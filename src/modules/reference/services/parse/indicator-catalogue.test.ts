import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { indicatorRowsOf, ZIndicatorCatalogueFileSchema } from "./indicator-catalogue";

const CATALOGUE = path.resolve(
  import.meta.dirname,
  "../../../../../refdata/indicators/indicator_catalogue.json",
);

const raw = (): unknown => JSON.parse(readFileSync(CATALOGUE, "utf8"));

/** The file with `change` applied to a deep copy (to check what the schema refuses). */
const changed = (change: (file: { indicators: Record<string, unknown>[] }) => void): unknown => {
  const file = structuredClone(raw());
  const parsed = ZIndicatorCatalogueFileSchema.parse(file);
  const copy = { ...parsed, indicators: parsed.indicators.map((indicator) => ({ ...indicator })) };
  change(copy);
  return copy;
};

describe("the indicator catalogue file", () => {
  const catalogue = ZIndicatorCatalogueFileSchema.parse(raw());
  const rows = indicatorRowsOf(catalogue);

  it("holds the 11 ILO indicators and the operational ones in their six groups", () => {
    const ilo = rows.filter((row) => row.kind === "ilo_forced_labour");
    expect(ilo.map((row) => row.title)).toEqual([
      "Abuse of vulnerability",
      "Deception",
      "Restriction of movement",
      "Isolation",
      "Physical and sexual violence",
      "Intimidation and threats",
      "Retention of identity documents",
      "Withholding of wages",
      "Debt bondage",
      "Abusive working and living conditions",
      "Excessive overtime",
    ]);
    const perGroup = [1, 2, 3, 4, 5, 6].map(
      (group) => rows.filter((row) => row.groupNumber === group).length,
    );
    // As the seed lists them (L1678–1818).
    expect(perGroup).toEqual([10, 10, 14, 7, 15, 7]);
  });

  it("gives each operational indicator its stage and at least one ILO indicator", () => {
    const iloCodes = new Set(
      rows.filter((row) => row.kind === "ilo_forced_labour").map((row) => row.code),
    );
    for (const row of rows.filter((candidate) => candidate.kind === "operational")) {
      expect(row.stage, row.code).toBe((row.groupNumber ?? 0) <= 3 ? "recruitment" : "destination");
      expect(row.rollsUpTo.length, row.code).toBeGreaterThanOrEqual(1);
      for (const target of row.rollsUpTo) expect(iloCodes.has(target), target).toBe(true);
    }
    // And every ILO indicator is reached by some operational indicator.
    for (const code of iloCodes) {
      expect(
        rows.some((row) => row.rollsUpTo.includes(code)),
        code,
      ).toBe(true);
    }
  });

  it("has a stable unique code, an explanation, a source and a documented strength each", () => {
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.explanation.length, row.code).toBeGreaterThan(40);
      expect(row.source, row.code).toMatch(/^ILO/);
      // No grade is passed off as the ILO's.
      expect(row.strengthSource, row.code).toMatch(/^Fairtrace grading: /);
    }
  });

  it("refuses a file that breaks the rules", () => {
    const refuse = (change: Parameters<typeof changed>[0]) =>
      expect(ZIndicatorCatalogueFileSchema.safeParse(changed(change)).success).toBe(false);
    refuse((file) => {
      const first = file.indicators.find((indicator) => indicator.kind === "operational");
      if (first) first.rollsUpTo = [];
    });
    refuse((file) => {
      const first = file.indicators.find((indicator) => indicator.kind === "operational");
      if (first) first.stage = "destination";
    });
    refuse((file) => {
      const first = file.indicators.find((indicator) => indicator.kind === "operational");
      if (first) first.rollsUpTo = ["OP-2.01"];
    });
    refuse((file) => {
      file.indicators = file.indicators.filter((indicator) => indicator.code !== "ILO-FL-11");
    });
    refuse((file) => {
      const first = file.indicators[0];
      if (first) first.strengthSource = "ILO-ish grading";
    });
    // A misspelt key is an error, not a silently dropped mapping.
    refuse((file) => {
      const first = file.indicators.find((indicator) => indicator.kind === "operational");
      if (first) first.rollUpTo = ["ILO-FL-01"];
    });
    refuse((file) => {
      file.indicators = file.indicators.filter((indicator) => indicator.group !== 6);
    });
  });
});
