import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_ORGANIZATION_NAME, seedDemoData } from "../../prisma/demo/demo-data";
import { memberOf, testDb } from "../support/integration";

/** Everything the demo supply chain writes, counted for one organisation. */
const countsOf = async (organizationId: string) => {
  const db = testDb();
  const [suppliers, sites, edges, recruiters, licences, corridors, links, recruiterEdges] =
    await Promise.all([
      db.supplier.count({ where: { organizationId } }),
      db.site.count({ where: { organizationId } }),
      db.supplyEdge.count({ where: { organizationId } }),
      db.recruiter.count({ where: { organizationId } }),
      db.recruiterLicence.count({ where: { organizationId } }),
      db.recruitmentCorridor.count({ where: { organizationId } }),
      db.recruiterSiteLink.count({ where: { organizationId } }),
      db.recruiterEdge.count({ where: { organizationId } }),
    ]);
  return { suppliers, sites, edges, recruiters, licences, corridors, links, recruiterEdges };
};

describe("[DEMO] the demo supply chain", () => {
  // Other test files expect a database without a demo organisation, and audit events forbid
  // deleting one: the demo organisation used here is retired (made an ordinary one) afterwards.
  afterAll(async () => {
    await testDb().organization.updateMany({
      where: { isDemo: true, name: DEMO_ORGANIZATION_NAME },
      data: { isDemo: false, name: `${DEMO_ORGANIZATION_NAME}, retired by a test` },
    });
  });

  let organizationId: string;
  let first: Awaited<ReturnType<typeof countsOf>>;

  beforeAll(async () => {
    // Other test files leave real organisations behind: force, as `db:seed --force` would.
    await seedDemoData({ db: testDb(), force: true });
    const organization = await testDb().organization.findFirstOrThrow({
      where: { isDemo: true, name: DEMO_ORGANIZATION_NAME },
      select: { id: true },
    });
    organizationId = organization.id;
    first = await countsOf(organizationId);
  });

  it("gives the demo organisation a realistic chain, once", async () => {
    await seedDemoData({ db: testDb(), force: true });
    expect(await countsOf(organizationId)).toEqual(first);

    const suppliers = await testDb().supplier.findMany({
      where: { organizationId },
      select: { country: true, sectorDivision: true, tier: true, legalName: true },
    });
    expect(suppliers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(suppliers.map((supplier) => supplier.tier))).toEqual(new Set([1, 2, 3]));
    expect(new Set(suppliers.map((supplier) => supplier.country)).size).toBeGreaterThanOrEqual(12);
    expect(
      new Set(suppliers.map((supplier) => supplier.sectorDivision)).size,
    ).toBeGreaterThanOrEqual(6);
    // Likely duplicate pairs wait in the review queue.
    const pending = await testDb().duplicateCandidate.findMany({
      where: { organizationId, status: "pending" },
      select: { supplierAId: true, supplierBId: true },
    });
    const nameById = new Map(
      (
        await testDb().supplier.findMany({
          where: { organizationId },
          select: { id: true, legalName: true },
        })
      ).map((row) => [row.id, row.legalName]),
    );
    const pairs = pending.map((pair) =>
      [nameById.get(pair.supplierAId), nameById.get(pair.supplierBId)].sort().join(" / "),
    );
    expect(pairs).toContain("Dhaka Knit Composite Limited / Dhaka Knit Composite Ltd");
    expect(pairs).toContain(
      "Shenzhen Lumen Field Electronics Company Limited / Shenzhen Lumenfield Electronics Co., Ltd",
    );

    expect(first.recruiters).toBeGreaterThanOrEqual(10);
    expect(first.sites).toBeGreaterThanOrEqual(60);
    expect(first.links).toBeGreaterThan(10);
    expect(first.recruiterEdges).toBeGreaterThanOrEqual(3);
    const corridors = await testDb().recruitmentCorridor.findMany({
      where: { organizationId },
      select: { originCountry: true, destinationCountry: true },
    });
    const routes = new Set(corridors.map((c) => `${c.originCountry}->${c.destinationCountry}`));
    for (const route of ["NP->MY", "BD->MY", "MM->TH", "RO->GB", "PH->TW"]) {
      expect(routes).toContain(route);
    }
    expect(
      await testDb().recruiterLicence.count({ where: { organizationId, status: "revoked" } }),
    ).toBeGreaterThanOrEqual(2);
    // Every recruiter works at least one corridor.
    const withoutCorridor = await testDb().recruiter.count({
      where: { organizationId, corridors: { none: {} } },
    });
    expect(withoutCorridor).toBe(0);
    // Unknown workforce figures are null, not zero.
    expect(
      await testDb().site.count({ where: { organizationId, headcount: null } }),
    ).toBeGreaterThan(0);
    expect(
      await testDb().site.count({ where: { organizationId, siteType: "vessel" } }),
    ).toBeGreaterThan(0);
    // Every live supplier is scored, across the bands, and seeding again adds no history.
    const scored = await testDb().supplier.findMany({
      where: { organizationId, archivedAt: null },
      select: { currentRisk: { select: { riskBand: true } } },
    });
    expect(scored.filter((row) => row.currentRisk === null)).toEqual([]);
    expect(new Set(scored.map((row) => row.currentRisk?.riskBand))).toEqual(
      new Set(["low", "medium", "high", "critical"]),
    );
    expect(await testDb().riskScore.count({ where: { organizationId, isCurrent: false } })).toBe(0);
  });

  it("shows on the map and in a chain graph with flagged recruiters", async () => {
    const viewer = await memberOf({ id: organizationId, name: DEMO_ORGANIZATION_NAME }, "viewer");

    const counts = await viewer.caller.supplyChain.getCountryCounts({ by: "supplier" });
    expect(counts.countries.length).toBeGreaterThanOrEqual(12);
    expect(counts.countries.find((row) => row.country === "BD")?.supplierCount).toBe(7);

    const glove = await testDb().supplier.findFirstOrThrow({
      where: { organizationId, legalName: "Meranti Glove Industries Sdn Bhd" },
      select: { id: true },
    });
    const graph = await viewer.caller.supplyChain.getSupplierGraph({
      supplierId: glove.id,
      depth: 2,
    });
    const flags = Object.fromEntries(graph.recruiters.map((r) => [r.name, r.flags]));
    expect(flags["Semenanjung Workforce Outsourcing Sdn Bhd"]).toContain("licence_revoked");
    expect(flags["Himalayan Crest Manpower Services Pvt Ltd"]).toEqual(["fees_charged"]);
    expect(flags["Dhading Village Sub-Agent Network"]).toEqual(["unlicensed", "fees_charged"]);
    expect(graph.suppliers.map((s) => s.level).sort()).toEqual([0, 1, 2]);
  });
});
