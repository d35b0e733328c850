/**
 * The supply-chain views: suppliers per country for the world map, and a supplier's chain graph
 * (suppliers both ways, sites, recruiters and their sub-agents, flags, depth, truncation).
 */
import { beforeAll, describe, expect, it } from "vitest";

import { getSupplierGraph } from "@/modules/suppliers/supply-chain/services/supplier-graph";
import { recomputeSupplierTiers } from "@/modules/suppliers/services/recompute-tiers";
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
  "organizationId" | "legalName" | "normalizedName"
>;
type SiteData = Omit<Prisma.SiteUncheckedCreateInput, "organizationId" | "supplierId" | "name">;

const supplier = async (organizationId: string, legalName: string, data: SupplierData) =>
  (
    await testDb().supplier.create({
      data: { organizationId, legalName, normalizedName: normalizeCompanyName(legalName), ...data },
      select: { id: true },
    })
  ).id;

const site = async (organizationId: string, supplierId: string, name: string, data: SiteData) =>
  (
    await testDb().site.create({
      data: { organizationId, supplierId, name, ...data },
      select: { id: true },
    })
  ).id;

const edge = (
  organizationId: string,
  buyerSupplierId: string,
  supplierId: string,
  product: string | null = null,
) => testDb().supplyEdge.create({ data: { organizationId, buyerSupplierId, supplierId, product } });

const recruiter = async (
  organizationId: string,
  name: string,
  data: Omit<
    Prisma.RecruiterUncheckedCreateInput,
    "organizationId" | "name" | "normalizedName"
  > = {},
  licences: Omit<
    Prisma.RecruiterLicenceUncheckedCreateInput,
    "organizationId" | "recruiterId"
  >[] = [],
) => {
  const created = await testDb().recruiter.create({
    data: { organizationId, name, normalizedName: normalizeCompanyName(name), ...data },
    select: { id: true },
  });
  if (licences.length > 0) {
    await testDb().recruiterLicence.createMany({
      data: licences.map((licence) => ({ ...licence, organizationId, recruiterId: created.id })),
    });
  }
  return created.id;
};

describe("[SUPPLY-CHAIN] suppliers per country", () => {
  let analyst: Actor;
  let organizationId: string;

  beforeAll(async () => {
    const { organization } = await organizationWithOwner({ name: "Map Retail Ltd" });
    organizationId = organization.id;
    analyst = await memberOf(organization, "viewer");
    const org = organizationId;
    // A Bangladeshi garment maker with two factories at home and a sewing unit in Myanmar.
    const garments = await supplier(org, "Gazipur Garments Ltd", {
      country: "BD",
      sectorSection: "C",
      sectorDivision: "14",
      isDirect: true,
    });
    await site(org, garments, "Unit 1", { country: "BD", siteType: "factory" });
    await site(org, garments, "Unit 2", { country: "BD", siteType: "factory" });
    await site(org, garments, "Yangon unit", { country: "MM", siteType: "factory" });
    // Its spinner, tier 2, without sites.
    const spinner = await supplier(org, "Dhaka Spinners Ltd", {
      country: "BD",
      sectorSection: "C",
      sectorDivision: "13",
      isDirect: false,
      status: "onboarding",
    });
    await edge(org, garments, spinner, "Yarn");
    // A Thai fishing company, tier 1, with a vessel.
    const fishing = await supplier(org, "Andaman Fishing Co", {
      country: "TH",
      sectorSection: "A",
      sectorDivision: "03",
      isDirect: true,
    });
    await site(org, fishing, "FV Andaman 3", { country: "TH", siteType: "vessel" });
    // A Hong Kong trader whose only site is in China, connected to nobody (no tier).
    const trader = await supplier(org, "Kowloon Trading Ltd", {
      country: "HK",
      sectorSection: "G",
      sectorDivision: "46",
      isDirect: false,
    });
    await site(org, trader, "Dongguan warehouse", { country: "CN", siteType: "warehouse" });
    // Archived records never count.
    const archived = await supplier(org, "Old Dhaka Supplier", {
      country: "BD",
      archivedAt: new Date(),
    });
    await site(org, archived, "Closed unit", { country: "BD", siteType: "factory" });
    await site(org, garments, "Closed sewing unit", {
      country: "BD",
      siteType: "factory",
      archivedAt: new Date(),
    });
    await recomputeSupplierTiers({ db: testDb(), organizationId: org });

    // Another organisation's suppliers in the same countries are not counted.
    const { organization: other } = await organizationWithOwner({ name: "Someone Else Ltd" });
    const theirs = await supplier(other.id, "Their Dhaka Supplier", { country: "BD" });
    await site(other.id, theirs, "Their unit", { country: "BD", siteType: "factory" });
  });

  it("counts suppliers by their own country, with the sites in each country", async () => {
    const result = await analyst.caller.supplyChain.getCountryCounts({ by: "supplier" });
    expect(result.by).toBe("supplier");
    expect(result.countries).toEqual([
      { country: "BD", supplierCount: 2, siteCount: 2 },
      { country: "TH", supplierCount: 1, siteCount: 1 },
      { country: "HK", supplierCount: 1, siteCount: 0 },
      // No supplier is registered there, but a site is: shown with its site.
      { country: "CN", supplierCount: 0, siteCount: 1 },
      { country: "MM", supplierCount: 0, siteCount: 1 },
    ]);
  });

  it("counts suppliers by the countries of their sites", async () => {
    const result = await analyst.caller.supplyChain.getCountryCounts({ by: "site" });
    expect(result.countries).toEqual([
      { country: "BD", supplierCount: 1, siteCount: 2 },
      { country: "CN", supplierCount: 1, siteCount: 1 },
      { country: "MM", supplierCount: 1, siteCount: 1 },
      { country: "TH", supplierCount: 1, siteCount: 1 },
    ]);
  });

  it("filters by tier, sector section and status", async () => {
    const call = analyst.caller.supplyChain.getCountryCounts;
    expect((await call({ by: "supplier", tier: 2 })).countries).toEqual([
      { country: "BD", supplierCount: 1, siteCount: 0 },
    ]);
    expect((await call({ by: "supplier", tier: "none" })).countries).toEqual([
      { country: "HK", supplierCount: 1, siteCount: 0 },
      { country: "CN", supplierCount: 0, siteCount: 1 },
    ]);
    expect((await call({ by: "supplier", sectorSection: "A" })).countries).toEqual([
      { country: "TH", supplierCount: 1, siteCount: 1 },
    ]);
    expect((await call({ by: "site", status: "onboarding" })).countries).toEqual([]);
    expect((await call({ by: "supplier", status: "onboarding" })).countries).toEqual([
      { country: "BD", supplierCount: 1, siteCount: 0 },
    ]);
    expect(
      (await call({ by: "supplier", tier: 1, sectorSection: "C", status: "active" })).countries,
    ).toEqual([
      { country: "BD", supplierCount: 1, siteCount: 2 },
      { country: "MM", supplierCount: 0, siteCount: 1 },
    ]);
  });

  it("refuses bad filters with a 400, not a 500", async () => {
    const call = analyst.caller.supplyChain.getCountryCounts;
    await expectTrpcError(call({ by: "supplier", tier: 0 }), "BAD_REQUEST");
    await expectTrpcError(call({ by: "supplier", sectorSection: "c" }), "BAD_REQUEST");
    await expectTrpcError(
      // @ts-expect-error: a status that does not exist
      call({ by: "supplier", status: "deleted" }),
      "BAD_REQUEST",
    );
  });

  it("answers a new organisation with no countries", async () => {
    const { owner } = await organizationWithOwner();
    expect(await owner.caller.supplyChain.getCountryCounts({ by: "site" })).toEqual({
      by: "site",
      countries: [],
    });
  });
});

describe("[SUPPLY-CHAIN] a supplier's chain graph", () => {
  let viewer: Actor;
  let org: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { organization } = await organizationWithOwner({ name: "Graph Retail Ltd" });
    org = organization.id;
    viewer = await memberOf(organization, "viewer");
    // brand supplier (tier 1) ← processor ← fishing company ← feed mill ← trawler co
    ids.brand = await supplier(org, "Songkhla Foods PCL", { country: "TH", isDirect: true });
    ids.processor = await supplier(org, "Mahachai Processing Co", {
      country: "TH",
      isDirect: false,
    });
    ids.fishing = await supplier(org, "Ranong Fishing Co", { country: "TH", isDirect: false });
    ids.feed = await supplier(org, "Andaman Fishmeal Co", { country: "TH", isDirect: false });
    ids.trawler = await supplier(org, "Deep Sea Trawler Partnership", {
      country: "MM",
      isDirect: false,
    });
    ids.archived = await supplier(org, "Closed Broker Ltd", {
      country: "TH",
      archivedAt: new Date(),
    });
    await edge(org, ids.brand, ids.processor, "Peeled shrimp");
    await edge(org, ids.processor, ids.fishing, "Shrimp");
    await edge(org, ids.fishing, ids.feed, "Fishmeal");
    await edge(org, ids.feed, ids.trawler, "Trash fish");
    await edge(org, ids.processor, ids.archived, "Shrimp");
    await recomputeSupplierTiers({ db: testDb(), organizationId: org });

    ids.vessel = await site(org, ids.fishing, "FV Ranong 5", {
      country: "TH",
      siteType: "vessel",
      headcount: 24,
      migrantShare: "95.5",
    });
    ids.shed = await site(org, ids.processor, "Peeling shed", {
      country: "TH",
      siteType: "factory",
    });
    ids.closedSite = await site(org, ids.processor, "Closed shed", {
      country: "TH",
      siteType: "factory",
      archivedAt: new Date(),
    });

    ids.agency = await recruiter(
      org,
      "Angkor Manpower Co",
      { recruiterType: "recruitment_agency", feePolicy: "no_fees" },
      [{ status: "revoked", licenceNumber: "KH-001" }],
    );
    ids.subAgent = await recruiter(org, "Village Broker Network", {
      recruiterType: "sub_agent",
      feePolicy: "fees_charged",
      feeAmount: "450",
      feeCurrency: "USD",
    });
    ids.originAgent = await recruiter(
      org,
      "Licensed Origin Agency",
      { recruiterType: "recruitment_agency", feePolicy: "no_fees" },
      [{ status: "valid", validUntil: new Date("2099-12-31T00:00:00Z") }],
    );
    ids.provider = await recruiter(
      org,
      "Expired Labour Provider",
      { recruiterType: "labour_provider", feePolicy: "no_fees" },
      [{ status: "valid", validUntil: new Date("2020-01-31T00:00:00Z") }],
    );
    ids.archivedRecruiter = await recruiter(org, "Archived Agency", {
      archivedAt: new Date(),
    });
    await testDb().recruiterSiteLink.createMany({
      data: [
        {
          organizationId: org,
          recruiterId: ids.agency,
          siteId: ids.vessel,
          workersRecruited: 18,
          year: 2024,
        },
        {
          organizationId: org,
          recruiterId: ids.provider,
          siteId: ids.shed,
          workersRecruited: null,
          year: null,
        },
        { organizationId: org, recruiterId: ids.archivedRecruiter, siteId: ids.shed },
      ],
    });
    await testDb().recruiterEdge.createMany({
      data: [
        { organizationId: org, recruiterId: ids.agency, subAgentId: ids.subAgent },
        { organizationId: org, recruiterId: ids.subAgent, subAgentId: ids.originAgent },
      ],
    });
  });

  const namesOf = (items: { name?: string; legalName?: string }[]) =>
    items.map((item) => item.legalName ?? item.name).sort();

  it("walks upstream and downstream to the chosen depth", async () => {
    const graph = await viewer.caller.supplyChain.getSupplierGraph({
      supplierId: ids.processor!,
      depth: 1,
    });
    expect(graph.rootId).toBe(ids.processor);
    expect(graph.truncated).toBe(false);
    expect(
      Object.fromEntries(graph.suppliers.map((s) => [s.legalName, [s.level, s.tier]])),
    ).toEqual({
      "Mahachai Processing Co": [0, 2],
      "Ranong Fishing Co": [1, 3],
      "Songkhla Foods PCL": [-1, 1],
    });
    expect(graph.supplyEdges.map((e) => e.product).sort()).toEqual(["Peeled shrimp", "Shrimp"]);
    expect(namesOf(graph.sites)).toEqual(["FV Ranong 5", "Peeling shed"]);

    const deep = await viewer.caller.supplyChain.getSupplierGraph({
      supplierId: ids.processor!,
      depth: 4,
    });
    expect(Object.fromEntries(deep.suppliers.map((s) => [s.legalName, s.level]))).toEqual({
      "Mahachai Processing Co": 0,
      "Ranong Fishing Co": 1,
      "Andaman Fishmeal Co": 2,
      "Deep Sea Trawler Partnership": 3,
      "Songkhla Foods PCL": -1,
    });
    expect(deep.supplyEdges).toHaveLength(4);

    const fromTop = await viewer.caller.supplyChain.getSupplierGraph({
      supplierId: ids.trawler!,
      depth: 2,
    });
    expect(Object.fromEntries(fromTop.suppliers.map((s) => [s.legalName, s.level]))).toEqual({
      "Deep Sea Trawler Partnership": 0,
      "Andaman Fishmeal Co": -1,
      "Ranong Fishing Co": -2,
    });
  });

  it("includes sites with their workforce, recruiters, sub-agent chains and flags", async () => {
    const graph = await viewer.caller.supplyChain.getSupplierGraph({
      supplierId: ids.fishing!,
      depth: 1,
    });
    const vessel = graph.sites.find((s) => s.id === ids.vessel);
    expect(vessel).toMatchObject({
      siteType: "vessel",
      headcount: 24,
      migrantShare: "95.50",
      employerHousing: null,
    });
    const recruiters = Object.fromEntries(
      graph.recruiters.map((r) => [r.name, { level: r.level, flags: r.flags }]),
    );
    expect(recruiters).toEqual({
      "Angkor Manpower Co": { level: 1, flags: ["licence_revoked"] },
      "Village Broker Network": { level: 2, flags: ["licence_unknown", "fees_charged"] },
      "Licensed Origin Agency": { level: 3, flags: [] },
      // Linked to the processor's shed (the fishing company's buyer is in the graph too).
      "Expired Labour Provider": { level: 1, flags: ["licence_expired"] },
    });
    expect(graph.recruiterSiteLinks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recruiterId: ids.agency,
          siteId: ids.vessel,
          workersRecruited: 18,
          year: 2024,
        }),
      ]),
    );
    expect(graph.recruiterEdges).toHaveLength(2);
    const fees = graph.recruiters.find((r) => r.id === ids.subAgent);
    expect(fees).toMatchObject({ feeAmount: "450.00", feeCurrency: "USD" });
    // Archived suppliers, sites and recruiters stay out.
    const everything = JSON.stringify(graph);
    for (const hidden of [ids.archived!, ids.closedSite!, ids.archivedRecruiter!]) {
      expect(everything).not.toContain(hidden);
    }
  });

  it("cuts a large chain at the node cap and says so", async () => {
    const { organization } = await organizationWithOwner();
    const hub = await supplier(organization.id, "Hub Garments Ltd", {
      country: "BD",
      isDirect: true,
    });
    const many = await testDb().supplier.createManyAndReturn({
      data: Array.from({ length: 305 }, (_, index) => ({
        organizationId: organization.id,
        legalName: `Sub-supplier ${String(index).padStart(3, "0")}`,
        normalizedName: `sub supplier ${index}`,
        country: "IN",
        isDirect: false,
      })),
      select: { id: true },
    });
    await testDb().supplyEdge.createMany({
      data: many.map((row) => ({
        organizationId: organization.id,
        buyerSupplierId: hub,
        supplierId: row.id,
      })),
    });
    const owner = await memberOf(organization, "owner");
    const graph = await owner.caller.supplyChain.getSupplierGraph({ supplierId: hub, depth: 1 });
    expect(graph.truncated).toBe(true);
    expect(graph.nodeCap).toBe(300);
    expect(graph.suppliers).toHaveLength(300);
    expect(graph.suppliers[0]?.id).toBe(hub);
    // Only edges between nodes that are in the graph.
    expect(graph.supplyEdges).toHaveLength(299);

    // Room for the suppliers and some sites, but not all of them or their recruiters.
    const small = await getSupplierGraph({
      db: testDb(),
      organizationId: org,
      supplierId: ids.fishing!,
      depth: 1,
      nodeCap: 4,
    });
    expect(small.truncated).toBe(true);
    expect(small.suppliers.length + small.sites.length + small.recruiters.length).toBe(4);
    const fits = await getSupplierGraph({
      db: testDb(),
      organizationId: org,
      supplierId: ids.fishing!,
      depth: 1,
      nodeCap: 9,
    });
    expect(fits.truncated).toBe(false);
  });

  it("answers NOT_FOUND for another organisation's supplier and refuses bad input", async () => {
    const { owner: outsider } = await organizationWithOwner({ name: "Outsider Foods Ltd" });
    const error = await expectTrpcError(
      outsider.caller.supplyChain.getSupplierGraph({ supplierId: ids.processor!, depth: 2 }),
      "NOT_FOUND",
    );
    expect(JSON.stringify(error)).not.toContain("Mahachai");
    await expectTrpcError(
      viewer.caller.supplyChain.getSupplierGraph({
        supplierId: "0190f5a4-0000-7000-8000-000000000000",
        depth: 2,
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      viewer.caller.supplyChain.getSupplierGraph({ supplierId: ids.processor!, depth: 5 }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      viewer.caller.supplyChain.getSupplierGraph({ supplierId: "not-a-uuid", depth: 2 }),
      "BAD_REQUEST",
    );
  });
});
