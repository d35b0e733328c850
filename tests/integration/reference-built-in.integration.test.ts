/**
 * The built-in reference data, as the test database's setup loaded it from refdata/ (the same
 * loader `npm start` runs after the migrations): counts per dataset, the indicator catalogue's
 * roll-up, idempotence, and the TIP tier rules.
 */
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  activeEditions,
  loadActiveGoodsList,
  loadTipTierLookup,
} from "@/modules/reference/services/active-editions";
import { ensureBuiltInReferenceData } from "@/modules/reference/services/ensure-built-in-reference-data";

import { organizationWithOwner, testDb } from "../support/integration";

const refdataDir = path.resolve(import.meta.dirname, "../../refdata");

const builtIn = (dataset: "goods_list" | "tip_tiers" | "isic_sectors" | "indicators") =>
  testDb().referenceEdition.findMany({ where: { dataset, organizationId: null } });

describe("[REFERENCE] built-in editions", () => {
  it("loads the DOL goods list: 467 rows over 78 countries", async () => {
    const [edition, ...others] = await builtIn("goods_list");
    expect(others).toHaveLength(0);
    expect(edition?.rowCount).toBe(467);
    const rows = await testDb().goodsListEntry.findMany({ where: { editionId: edition?.id } });
    expect(rows).toHaveLength(467);
    expect(new Set(rows.map((row) => row.country)).size).toBe(78);
    const cobalt = rows.find((row) => row.goodKey === "cobalt ore (heterogenite)");
    expect(cobalt).toMatchObject({ country: "CD", childLabor: true });
    const derived = rows.filter((row) => row.derived);
    expect(derived).toHaveLength(10);
    expect(derived.every((row) => row.derivedFromCountry !== null)).toBe(true);
    expect(rows.filter((row) => row.forcedLabor)).toHaveLength(121);
  });

  it("loads the TIP tiers per report year", async () => {
    const [edition, ...others] = await builtIn("tip_tiers");
    expect(others).toHaveLength(0);
    const perYear = await testDb().tipTierEntry.groupBy({
      by: ["reportYear"],
      where: { editionId: edition?.id },
      _count: { _all: true },
      orderBy: { reportYear: "asc" },
    });
    const counts = Object.fromEntries(perYear.map((row) => [row.reportYear, row._count._all]));
    expect(counts).toEqual({
      2001: 79,
      2002: 87,
      2003: 114,
      2004: 131,
      2005: 141,
      2006: 148,
      2007: 149,
      2008: 151,
      2009: 170,
      2010: 172,
      2011: 177,
      2012: 182,
      2013: 182,
      2014: 182,
      2015: 186,
      2022: 56,
      2023: 50,
      2024: 53,
      2025: 49,
    });
    expect(edition?.rowCount).toBe(Object.values(counts).reduce((sum, count) => sum + count, 0));
    const tiers2025 = await testDb().tipTierEntry.groupBy({
      by: ["tier"],
      where: { editionId: edition?.id, reportYear: 2025 },
      _count: { _all: true },
    });
    expect(Object.fromEntries(tiers2025.map((row) => [row.tier, row._count._all]))).toEqual({
      tier_2_watch_list: 25,
      tier_3: 20,
      special_case: 4,
    });
    const burma = await testDb().tipTierEntry.findFirst({
      where: { editionId: edition?.id, country: "MM", reportYear: 2025 },
    });
    expect(burma?.tier).toBe("tier_3");
    expect(burma?.summary).toContain("Tier 3");
  });

  it("loads the 88 ISIC Rev.4 divisions in 21 sections", async () => {
    const [edition] = await builtIn("isic_sectors");
    const sectors = await testDb().sector.findMany({ where: { editionId: edition?.id } });
    expect(sectors).toHaveLength(88);
    expect(new Set(sectors.map((sector) => sector.section)).size).toBe(21);
  });

  it("loads the 11 ILO indicators and the operational ones, each rolling up", async () => {
    const [edition] = await builtIn("indicators");
    const indicators = await testDb().indicator.findMany({
      where: { editionId: edition?.id },
      include: { rollsUpTo: { include: { ilo: true } } },
      orderBy: { sortOrder: "asc" },
    });
    const ilo = indicators.filter((indicator) => indicator.kind === "ilo_forced_labour");
    const operational = indicators.filter((indicator) => indicator.kind === "operational");
    expect(ilo.map((indicator) => indicator.code)).toEqual(
      Array.from({ length: 11 }, (_, index) => `ILO-FL-${String(index + 1).padStart(2, "0")}`),
    );
    // The six ILO/EC groups as the seed lists them (L1678–1818).
    const perGroup = [1, 2, 3, 4, 5, 6].map(
      (group) => operational.filter((indicator) => indicator.groupNumber === group).length,
    );
    expect(perGroup).toEqual([10, 10, 14, 7, 15, 7]);
    for (const indicator of operational) {
      expect(indicator.rollsUpTo.length, indicator.code).toBeGreaterThanOrEqual(1);
      expect(indicator.rollsUpTo.every((mapping) => mapping.ilo.kind === "ilo_forced_labour")).toBe(
        true,
      );
      expect(indicator.stage).toBe(
        (indicator.groupNumber ?? 0) <= 3 ? "recruitment" : "destination",
      );
    }
    for (const indicator of indicators) {
      expect(indicator.strength, indicator.code).not.toBeNull();
      // No grade is passed off as the ILO's: every one is Fairtrace's own, with its rationale.
      expect(indicator.strengthSource, indicator.code).toMatch(/^Fairtrace grading: .{10,}/);
    }
  });

  it("loading the same files again changes nothing", async () => {
    const before = await testDb().referenceEdition.findMany({
      where: { organizationId: null },
      orderBy: { id: "asc" },
    });
    const counts = async () =>
      Promise.all([
        testDb().goodsListEntry.count(),
        testDb().tipTierEntry.count(),
        testDb().sector.count(),
        testDb().indicator.count(),
        testDb().indicatorMapping.count(),
      ]);
    const countsBefore = await counts();
    const results = await ensureBuiltInReferenceData({ db: testDb(), refdataDir });
    expect(results.every((result) => !result.isNew)).toBe(true);
    expect(
      await testDb().referenceEdition.findMany({
        where: { organizationId: null },
        orderBy: { id: "asc" },
      }),
    ).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });
});

describe("[REFERENCE] active editions and TIP tiers", () => {
  it("uses the built-in editions for an organisation without its own", async () => {
    const { organization } = await organizationWithOwner();
    const active = await activeEditions({ db: testDb(), organizationId: organization.id });
    expect(active.goods_list).toMatchObject({ edition: "2022", isBuiltIn: true });
    expect(active.tip_tiers?.isBuiltIn).toBe(true);
    expect(active.isic_sectors?.edition).toBe("ISIC Rev.4");
    expect(active.indicators?.isBuiltIn).toBe(true);
    const goods = await loadActiveGoodsList({ db: testDb(), organizationId: organization.id });
    expect(goods?.entries).toHaveLength(467);
  });

  it("answers a country's tier honestly, year by year", async () => {
    const { organization } = await organizationWithOwner();
    const lookup = await loadTipTierLookup({ db: testDb(), organizationId: organization.id });
    expect(lookup.latestYear).toBe(2025);
    expect(lookup.tierOf("MM")).toMatchObject({
      tier: "tier_3",
      basis: "listed",
      reportYear: 2025,
    });
    expect(lookup.tierOf("YE")).toMatchObject({ tier: "special_case", basis: "listed" });
    // Absent from the 2025 Watch List / Tier 3 / Special Case list: Tier 1 or 2.
    expect(lookup.tierOf("DK")).toMatchObject({ tier: "tier_1_or_2", basis: "not_listed" });
    expect(lookup.tierOf("US")).toMatchObject({ tier: "tier_1_or_2", basis: "not_listed" });
    // Never rated by the report: unknown, not "Tier 1 or 2".
    expect(lookup.tierOf("AQ")).toMatchObject({ tier: null, basis: "not_rated" });
    // 2022–2024 list no Special Cases: Yemen's tier those years is unknown.
    expect(lookup.tierOf("YE", 2023)).toMatchObject({ tier: null, basis: "unknown" });
    expect(lookup.tierOf("DK", 2023)).toMatchObject({ tier: "tier_1_or_2", basis: "not_listed" });
    // Kelley & Heiss rate every tier.
    expect(lookup.tierOf("DK", 2010)).toMatchObject({ tier: "tier_1", basis: "listed" });
    expect(lookup.tierOf("MY", 2010)).toMatchObject({ tier: "tier_2_watch_list" });
    expect(lookup.tierOf("AQ", 2010)).toMatchObject({ tier: null, basis: "not_rated" });
    // No source covers 2016–2021.
    expect(lookup.tierOf("DK", 2018)).toMatchObject({ tier: null, basis: "no_report" });
  });
});
