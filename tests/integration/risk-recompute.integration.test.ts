/**
 * Risk recomputation against a real database with the built-in reference data: every kind of
 * input change (supplier, site, recruiter, licence, sub-agent, site link, supply link, country
 * override, weights) rescores the subjects it affects, history grows only when a score or its
 * explanation changes, and the supplier's current risk (for the list) follows the residual score.
 */
import { describe, expect, it } from "vitest";

import { RISK_FACTOR_CODES } from "@/modules/risk/schemas";
import { countRiskSubjects, recomputeRisk } from "@/modules/risk/services/recompute-risk";
import {
  requestRiskRecomputation,
  waitForRiskRecomputations,
} from "@/modules/risk/services/request-recomputation";

import { recruiterInput } from "../factories/recruiters";
import { supplierInput } from "../factories/suppliers";
import { organizationWithOwner, testDb, type Actor } from "../support/integration";

type Subject = "supplier" | "site";

const current = async (subject: Subject, subjectId: string) => {
  const rows = await testDb().riskScore.findMany({
    where: { subject, subjectId, isCurrent: true },
  });
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (!row) throw new Error("no current score");
  const factors = row.factors as { code: string; points: number; edition: string | null }[];
  return {
    score: row.residualScore,
    band: row.residualBand,
    factors,
    codes: factors.map((factor) => factor.code),
    points: (code: string) => factors.find((factor) => factor.code === code)?.points ?? null,
  };
};

const historyLength = (subject: Subject, subjectId: string) =>
  testDb().riskScore.count({ where: { subject, subjectId } });

const site = (overrides: Record<string, unknown> = {}) => ({
  name: "Line 1",
  country: "MY",
  region: null,
  address: null,
  latitude: null,
  longitude: null,
  siteType: "factory" as const,
  headcount: 800,
  migrantShare: null,
  temporaryShare: null,
  seasonalShare: null,
  womenShare: null,
  youngWorkerShare: null,
  employerHousing: null,
  ...overrides,
});

const gloveMaker = async (owner: Actor, legalName = "Klang Nitrile Gloves Sdn Bhd") => {
  const result = await owner.caller.suppliers.createSupplier(
    supplierInput({
      legalName,
      country: "MY",
      sectorSection: "C",
      sectorDivision: "22",
      products: ["Nitrile rubber gloves"],
      isDirect: true,
    }),
  );
  return result.supplier;
};

describe("[RISK] rescoring when inputs change", () => {
  it("scores a new supplier at once, from the built-in TIP tiers and goods list", async () => {
    const { owner } = await organizationWithOwner();
    const supplier = await gloveMaker(owner);
    const score = await current("supplier", supplier.id);
    // Malaysia is not listed in 2025 (Tier 1 or 2: 3), Tier 3 in 2022 (3) and Watch List in
    // 2023 (2); rubber gloves from Malaysia are listed for forced labour (20); rubber products
    // are a high-risk sector (10); no site yet (workforce unknown: 12); tier 1 (0).
    expect(score.points("country_tip")).toBe(3);
    expect(score.points("country_tip_history")).toBe(5);
    expect(score.points("product_forced_labour")).toBe(20);
    expect(score.points("sector_high_risk")).toBe(10);
    expect(score.points("unknown_workforce")).toBe(12);
    expect(score.points("tier_depth")).toBe(0);
    expect(score.score).toBe(50);
    expect(score.band).toBe("high");
    expect(score.codes).toContain("residual_inherent_only");
    // Factors come in the documented order, and reference factors name their edition.
    const order = score.codes.map((code) => RISK_FACTOR_CODES.indexOf(code as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const tip = score.factors.find((factor) => factor.code === "country_tip");
    expect(tip?.edition).toBeTruthy();
    const row = await testDb().supplierCurrentRisk.findUniqueOrThrow({
      where: { supplierId: supplier.id },
    });
    expect({ score: row.riskScore, band: row.riskBand }).toEqual({ score: 50, band: "high" });
  });

  it("follows sites, recruiters, licences, sub-agents and site links", async () => {
    const { owner } = await organizationWithOwner();
    const supplier = await gloveMaker(owner);
    const { caller } = owner;

    const created = await caller.suppliers.createSite({
      supplierId: supplier.id,
      data: site({ migrantShare: 60, temporaryShare: 5, seasonalShare: 0 }),
    });
    let score = await current("supplier", supplier.id);
    expect(score.points("unknown_workforce")).toBeNull();
    expect(score.points("workforce_migrant")).toBe(12);
    // Migrant workers and no recruiter on record: how they were recruited is unknown.
    expect(score.points("unknown_recruitment")).toBe(8);
    const siteScore = await current("site", created.id);
    expect(siteScore.points("workforce_migrant")).toBe(12);

    await caller.suppliers.updateSite({
      id: created.id,
      data: site({ migrantShare: 60, temporaryShare: 5, seasonalShare: 0, employerHousing: true }),
    });
    score = await current("supplier", supplier.id);
    expect(score.points("workforce_employer_housing")).toBe(6);

    const agency = await caller.recruiters.createRecruiter(
      recruiterInput({ name: "Kathmandu Manpower", feePolicy: "fees_charged", countries: ["NP"] }),
    );
    const link = await caller.recruiters.linkSite({
      recruiterId: agency.id,
      data: { siteId: created.id, workersRecruited: 300, year: 2025 },
    });
    score = await current("supplier", supplier.id);
    expect(score.points("unknown_recruitment")).toBeNull();
    expect(score.points("recruitment_fees")).toBe(15);
    // No licence on record: unverified.
    expect(score.points("recruitment_licence_unverified")).toBe(8);

    const licence = await caller.recruiters.addLicence({
      recruiterId: agency.id,
      data: { status: "revoked", licenceNumber: "NP-1234", validUntil: null },
    });
    score = await current("supplier", supplier.id);
    expect(score.points("recruitment_licence_revoked")).toBe(15);
    expect(score.points("recruitment_licence_unverified")).toBeNull();

    await caller.recruiters.updateLicence({
      id: licence.id,
      data: { status: "valid", licenceNumber: "NP-1234", validUntil: "2099-12-31" },
    });
    score = await current("supplier", supplier.id);
    expect(score.points("recruitment_licence_revoked")).toBeNull();

    const subAgent = await caller.recruiters.createRecruiter(
      recruiterInput({ name: "Village Broker", recruiterType: "sub_agent", feePolicy: "unknown" }),
    );
    await caller.recruiters.addSubAgent({ recruiterId: agency.id, subAgentId: subAgent.id });
    score = await current("supplier", supplier.id);
    expect(score.points("recruitment_sub_agents")).toBe(6);
    // The broker's licence is not on record.
    expect(score.points("recruitment_licence_unverified")).toBe(8);

    await caller.recruiters.updateRecruiter({
      id: agency.id,
      data: recruiterInput({ name: "Kathmandu Manpower", feePolicy: "no_fees" }),
    });
    score = await current("supplier", supplier.id);
    expect(score.points("recruitment_fees")).toBeNull();
    // Nobody charges fees now, but the broker's fee policy is unknown.
    expect(score.points("unknown_recruitment_fees")).toBe(4);

    await caller.recruiters.unlinkSite({ id: link.id });
    score = await current("supplier", supplier.id);
    expect(score.points("recruitment_sub_agents")).toBeNull();
    expect(score.points("unknown_recruitment")).toBe(8);

    await caller.suppliers.archiveSite({ id: created.id });
    score = await current("supplier", supplier.id);
    expect(score.points("unknown_workforce")).toBe(12);
  });

  it("follows the supplier's own record and its place in the supply chain", async () => {
    const { owner } = await organizationWithOwner();
    const { caller } = owner;
    const brand = await gloveMaker(owner);
    const { supplier: latex } = await caller.suppliers.createSupplier(
      supplierInput({ legalName: "Latex Estate Co", country: "MY", isDirect: false }),
    );
    let score = await current("supplier", latex.id);
    expect(score.points("unknown_tier")).toBe(6);
    expect(score.points("unknown_products")).toBe(5);
    expect(score.points("unknown_sector")).toBe(8);

    await caller.suppliers.createSupplyEdge({ buyerSupplierId: brand.id, supplierId: latex.id });
    score = await current("supplier", latex.id);
    expect(score.points("unknown_tier")).toBeNull();
    expect(score.points("tier_depth")).toBe(3);

    await caller.suppliers.updateSupplier({
      id: latex.id,
      data: supplierInput({
        legalName: "Latex Estate Co",
        country: "DK",
        isDirect: false,
        sectorSection: "A",
        sectorDivision: "01",
        products: ["Natural rubber latex"],
      }),
    });
    score = await current("supplier", latex.id);
    expect(score.points("product_not_listed")).toBe(0);
    expect(score.points("sector_high_risk")).toBe(10);
    expect(score.points("country_tip_history")).toBeNull();

    // Archiving the buyer disconnects the chain.
    await caller.suppliers.archiveSupplier({ id: brand.id });
    score = await current("supplier", latex.id);
    expect(score.points("unknown_tier")).toBe(6);
  });

  it("adds a history row only when the score or its explanation changes", async () => {
    const { organization, owner } = await organizationWithOwner();
    const supplier = await gloveMaker(owner);
    expect(await historyLength("supplier", supplier.id)).toBe(1);

    // Renaming changes nothing the model reads.
    await owner.caller.suppliers.updateSupplier({
      id: supplier.id,
      data: supplierInput({
        legalName: "Klang Gloves Berhad",
        country: "MY",
        sectorSection: "C",
        sectorDivision: "22",
        products: ["Nitrile rubber gloves"],
        isDirect: true,
      }),
    });
    const again = await recomputeRisk({ db: testDb(), organizationId: organization.id });
    expect(again).toEqual({ subjectsDone: 1, changed: 0 });
    expect(await historyLength("supplier", supplier.id)).toBe(1);

    await owner.caller.suppliers.updateSupplier({
      id: supplier.id,
      data: supplierInput({ legalName: "Klang Gloves Berhad", country: "MY", isDirect: true }),
    });
    expect(await historyLength("supplier", supplier.id)).toBe(2);
    expect((await current("supplier", supplier.id)).points("unknown_products")).toBe(5);
  });
});

describe("[RISK] whole-organisation recomputation", () => {
  it("applies country overrides and weights, in the background, with progress", async () => {
    const { organization, owner } = await organizationWithOwner();
    const organizationId = organization.id;
    const supplier = await gloveMaker(owner);
    await owner.caller.suppliers.createSite({
      supplierId: supplier.id,
      data: site({ migrantShare: 40 }),
    });
    expect(await countRiskSubjects({ db: testDb(), organizationId })).toBe(2);

    await testDb().countryRiskOverride.create({
      data: { organizationId, country: "MY", points: 25, reason: "Our audits found debt bondage" },
    });
    const run = await requestRiskRecomputation({
      db: testDb(),
      organizationId,
      reason: "country_override_changed",
      userId: owner.user.id,
    });
    await waitForRiskRecomputations(organizationId);
    const finished = await testDb().riskRecomputation.findUniqueOrThrow({ where: { id: run.id } });
    expect(finished).toMatchObject({
      status: "completed",
      subjectsTotal: 2,
      subjectsDone: 2,
      changed: 2,
    });
    let score = await current("supplier", supplier.id);
    expect(score.points("country_override")).toBe(25);
    expect(score.points("country_tip")).toBeNull();
    const audit = await testDb().auditEvent.findFirst({
      where: { organizationId, action: "risk_recomputation.requested" },
    });
    expect(audit?.entityId).toBe(run.id);

    const weights = { sector: { highRisk: 30 } };
    await testDb().riskSettings.create({
      data: {
        organizationId,
        weights,
        bandThresholds: { medium: 25, high: 50, critical: 70 },
        version: 2,
      },
    });
    await requestRiskRecomputation({
      db: testDb(),
      organizationId,
      reason: "settings_changed",
      userId: owner.user.id,
    });
    await waitForRiskRecomputations(organizationId);
    score = await current("supplier", supplier.id);
    expect(score.points("sector_high_risk")).toBe(30);
    const stored = await testDb().riskScore.findFirstOrThrow({
      where: { subject: "supplier", subjectId: supplier.id, isCurrent: true },
      include: { basis: true },
    });
    expect(stored.basis.settingsVersion).toBe(2);
    // Every score points to a stored basis, one per settings version and set of editions: the
    // edits before the change shared the defaults' one, the run shares the new one.
    const bases = await testDb().riskScoreBasis.findMany({
      where: { organizationId },
      select: { settingsVersion: true },
      orderBy: { settingsVersion: "asc" },
    });
    expect(bases.map((basis) => basis.settingsVersion)).toEqual([0, 2]);
  });

  it("stores explanations exactly, whatever characters the names hold", async () => {
    const { organization, owner } = await organizationWithOwner();
    const organizationId = organization.id;
    const supplier = await gloveMaker(owner);
    const created = await owner.caller.suppliers.createSite({
      supplierId: supplier.id,
      data: site({ migrantShare: 60 }),
    });
    // Quotes, a backslash, Thai and Bengali script, an emoji and control characters (one of
    // them the separator the write uses between explanations), as an old import could hold.
    const name = 'Plant "2" \\ โรงงาน สมุทรสาคร কারখানা 🐟 \u001e\u0007 end';
    await testDb().site.update({ where: { id: created.id }, data: { name } });
    await testDb().riskScore.deleteMany({ where: { organizationId } });
    await testDb().supplierCurrentRisk.deleteMany({ where: { organizationId } });
    expect(await recomputeRisk({ db: testDb(), organizationId })).toEqual({
      subjectsDone: 2,
      changed: 2,
    });
    for (const [subject, id] of [
      ["supplier", supplier.id],
      ["site", created.id],
    ] as const) {
      const score = await current(subject, id);
      const migrant = score.factors.find((factor) => factor.code === "workforce_migrant") as
        { values: { site: string } } | undefined;
      expect(migrant?.values.site).toBe(name);
    }
    // The stored fingerprints are those of the stored explanations: nothing changes.
    expect(await recomputeRisk({ db: testDb(), organizationId })).toEqual({
      subjectsDone: 2,
      changed: 0,
    });
  });

  it("scores tens of suppliers across batches and skips archived ones", async () => {
    const { organization, owner } = await organizationWithOwner();
    const organizationId = organization.id;
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      ids.push((await gloveMaker(owner, `Glove Maker ${"ABCDEFG"[index]} Sdn Bhd`)).id);
    }
    await owner.caller.suppliers.archiveSupplier({ id: ids[0] ?? "" });
    await testDb().riskScore.deleteMany({ where: { organizationId } });
    const progress = await recomputeRisk({ db: testDb(), organizationId, batchSize: 2 });
    expect(progress).toEqual({ subjectsDone: 6, changed: 6 });
    expect(
      await testDb().riskScore.count({ where: { organizationId, subjectId: ids[0] ?? "" } }),
    ).toBe(0);
  });

  it("gives the same scores with two batches at once as with one, and reports each batch", async () => {
    const { organization, owner } = await organizationWithOwner();
    const organizationId = organization.id;
    for (let index = 0; index < 9; index += 1) {
      await gloveMaker(owner, `Parallel Gloves ${"ABCDEFGHI"[index]} Sdn Bhd`);
    }
    const currentScores = async () =>
      (
        await testDb().riskScore.findMany({
          where: { organizationId, isCurrent: true },
          select: { subjectId: true, residualScore: true, fingerprint: true },
          orderBy: { subjectId: "asc" },
        })
      ).map((row) => [row.subjectId, row.residualScore, row.fingerprint]);
    const sequential = await currentScores();
    await testDb().riskScore.deleteMany({ where: { organizationId } });
    const reported: number[] = [];
    const progress = await recomputeRisk({
      db: testDb(),
      organizationId,
      batchSize: 2,
      concurrency: 2,
      onBatch: (_tx, done) => {
        reported.push(done.subjectsDone);
        return Promise.resolve();
      },
    });
    expect(progress).toEqual({ subjectsDone: 9, changed: 9 });
    expect(await currentScores()).toEqual(sequential);
    // Five batches (2 + 2 + 2 + 2 + 1 suppliers), progress only ever growing.
    expect(reported).toHaveLength(5);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
    expect(reported.at(-1)).toBe(9);
  });
});
