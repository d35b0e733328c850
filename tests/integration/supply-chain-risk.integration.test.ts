/**
 * The world map's risk view: per country, the suppliers it counts (by their own country or by
 * their sites' countries, with the map's filters), how many are scored and how many are in each
 * band of current residual risk; unscored suppliers are in no band and a country without any
 * scored supplier has no share. Scores are written straight into supplier_current_risks, where
 * the risk engine keeps them.
 */
import { beforeAll, describe, expect, it } from "vitest";

import type { RiskBand } from "@/generated/prisma/enums";
import { highRiskShare } from "@/modules/suppliers/supply-chain/map/risk-share";
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";
import type { Prisma } from "@/server/db";

import {
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";

type SupplierData = Omit<
  Prisma.SupplierUncheckedCreateInput,
  "organizationId" | "legalName" | "normalizedName" | "currentRisk"
> & { risk?: { riskScore: number; riskBand: RiskBand } };

const supplier = async (
  organizationId: string,
  legalName: string,
  { risk, ...data }: SupplierData,
) =>
  (
    await testDb().supplier.create({
      data: {
        organizationId,
        legalName,
        normalizedName: normalizeCompanyName(legalName),
        ...data,
        ...(risk ? { currentRisk: { create: { organizationId, ...risk } } } : {}),
      },
      select: { id: true },
    })
  ).id;

const site = async (organizationId: string, supplierId: string, name: string, country: string) =>
  testDb().site.create({
    data: { organizationId, supplierId, name, country, siteType: "factory" },
  });

const scored = (riskScore: number, riskBand: RiskBand) => ({ risk: { riskScore, riskBand } });
const bands = (critical: number, high: number, medium: number, low: number) => ({
  critical,
  high,
  medium,
  low,
});

describe("[SUPPLY-CHAIN] world map by risk", () => {
  let viewer: Actor;

  beforeAll(async () => {
    const { organization } = await organizationWithOwner({ name: "Risk Map Buyer Ltd" });
    const org = organization.id;
    // The least privileged role reads the map.
    viewer = await memberOf(organization, "viewer");

    // Malaysia: 4 suppliers, 3 scored (critical, high, low) and 1 not scored yet.
    const gloves = await supplier(org, "Meranti Gloves", {
      country: "MY",
      tier: 1,
      sectorSection: "C",
      ...scored(84, "critical"),
    });
    await supplier(org, "Kinta Latex", { country: "MY", tier: 2, ...scored(58, "high") });
    await supplier(org, "Penang Office Supplies", {
      country: "MY",
      tier: 1,
      sectorSection: "G",
      ...scored(12, "low"),
    });
    await supplier(org, "Johor New Vendor", { country: "MY", tier: 1, status: "onboarding" });
    // Denmark: scored, none high.
    await supplier(org, "Copenhagen Paper", { country: "DK", tier: 1, ...scored(6, "low") });
    await supplier(org, "Aarhus Print", { country: "DK", tier: 1, ...scored(30, "medium") });
    // Thailand: one supplier, high.
    const seafood = await supplier(org, "Andaman Seafood", {
      country: "TH",
      tier: 1,
      ...scored(66, "high"),
    });
    // Vietnam: suppliers but nothing scored yet.
    await supplier(org, "Hanoi Garments", { country: "VN", tier: 1 });
    await supplier(org, "Saigon Shoes", { country: "VN", tier: 2 });
    // Archived suppliers never count, whatever their band.
    await supplier(org, "Gone Critical", {
      country: "DK",
      tier: 1,
      archivedAt: new Date(),
      ...scored(95, "critical"),
    });

    // Sites: the glove maker has two plants in Malaysia (counted once there) and one in
    // Thailand; the seafood processor has a shed in Myanmar.
    await site(org, gloves, "Klang plant", "MY");
    await site(org, gloves, "Ipoh plant", "MY");
    await site(org, gloves, "Hat Yai plant", "TH");
    await site(org, seafood, "Myawaddy shed", "MM");

    // Another organisation's suppliers in the same countries are not counted.
    const { organization: other } = await organizationWithOwner({ name: "Someone Else Ltd" });
    await supplier(other.id, "Their Malaysian Supplier", {
      country: "MY",
      tier: 1,
      ...scored(90, "critical"),
    });
  });

  it("counts each country's suppliers by band, scored and not, largest high-risk share first", async () => {
    const result = await viewer.caller.supplyChain.getCountryRisk({ by: "supplier" });
    expect(result.by).toBe("supplier");
    expect(result.countries).toEqual([
      { country: "TH", supplierCount: 1, scoredCount: 1, bands: bands(0, 1, 0, 0) },
      { country: "MY", supplierCount: 4, scoredCount: 3, bands: bands(1, 1, 0, 1) },
      { country: "DK", supplierCount: 2, scoredCount: 2, bands: bands(0, 0, 1, 1) },
      // Nothing scored: last, and no share (not "0 % high risk").
      { country: "VN", supplierCount: 2, scoredCount: 0, bands: bands(0, 0, 0, 0) },
    ]);
    const share = Object.fromEntries(
      result.countries.map((row) => [row.country, highRiskShare(row)]),
    );
    expect(share).toEqual({ TH: 1, MY: 2 / 3, DK: 0, VN: null });
  });

  it("counts suppliers by their sites' countries, once per country", async () => {
    const result = await viewer.caller.supplyChain.getCountryRisk({ by: "site" });
    expect(result.by).toBe("site");
    expect(result.countries).toEqual([
      // The seafood processor (high) in Myanmar, the glove maker (critical) in Malaysia and
      // Thailand; one supplier each, however many sites.
      { country: "MM", supplierCount: 1, scoredCount: 1, bands: bands(0, 1, 0, 0) },
      { country: "MY", supplierCount: 1, scoredCount: 1, bands: bands(1, 0, 0, 0) },
      { country: "TH", supplierCount: 1, scoredCount: 1, bands: bands(1, 0, 0, 0) },
    ]);
  });

  it("applies the map's filters (tier, sector, status) to the same suppliers as the counts", async () => {
    const call = viewer.caller.supplyChain.getCountryRisk;
    expect((await call({ by: "supplier", tier: 2 })).countries).toEqual([
      { country: "MY", supplierCount: 1, scoredCount: 1, bands: bands(0, 1, 0, 0) },
      { country: "VN", supplierCount: 1, scoredCount: 0, bands: bands(0, 0, 0, 0) },
    ]);
    expect((await call({ by: "supplier", sectorSection: "G" })).countries).toEqual([
      { country: "MY", supplierCount: 1, scoredCount: 1, bands: bands(0, 0, 0, 1) },
    ]);
    expect((await call({ by: "supplier", status: "onboarding" })).countries).toEqual([
      { country: "MY", supplierCount: 1, scoredCount: 0, bands: bands(0, 0, 0, 0) },
    ]);
    // The counts view reads the same suppliers.
    const counts = await call({ by: "supplier", tier: 1 });
    const plain = await viewer.caller.supplyChain.getCountryCounts({ by: "supplier", tier: 1 });
    const suppliersOf = (rows: { country: string; supplierCount: number }[]) =>
      Object.fromEntries(
        rows.filter((row) => row.supplierCount > 0).map((row) => [row.country, row.supplierCount]),
      );
    expect(suppliersOf(counts.countries)).toEqual(suppliersOf(plain.countries));
  });

  it("refuses bad filters with a 400 and answers a new organisation with no countries", async () => {
    await expectTrpcError(
      viewer.caller.supplyChain.getCountryRisk({ by: "supplier", tier: 0 }),
      "BAD_REQUEST",
    );
    const { owner } = await organizationWithOwner();
    expect(await owner.caller.supplyChain.getCountryRisk({ by: "supplier" })).toEqual({
      by: "supplier",
      countries: [],
    });
  });
});
