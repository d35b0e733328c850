/**
 * Reading risk: a supplier's and a site's score with every factor (points, reason, source,
 * edition), the unknowns and the history; whole-organisation recomputations on request, their
 * progress and audit; the summary by band. Every role reads; only owners and admins recompute;
 * another organisation's ids are NOT_FOUND.
 */
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { waitForRiskRecomputations } from "@/modules/risk/services/request-recomputation";

import type { FactoryOrganization } from "../factories/identity";
import { createSupplierWithSite } from "../factories/recruiters";
import { createSupplier } from "../factories/suppliers";
import {
  auditEventsOf,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";
import { recomputeAndWait, userMessageOf } from "../support/risk";

describe("[RISK] scores, recomputations and the summary", () => {
  let organization: FactoryOrganization;
  let owner: Actor;
  let viewer: Actor;
  let gloves: { supplierId: string; siteId: string };

  beforeAll(async () => {
    const created = await organizationWithOwner({ name: "Risk Reader Buyer Ltd" });
    organization = created.organization;
    owner = created.owner;
    viewer = await memberOf(organization, "viewer");
    const db = testDb();
    const site = await createSupplierWithSite(db, {
      organizationId: organization.id,
      supplierName: "Meranti Glove Industries Sdn Bhd",
      supplierCountry: "MY",
      siteName: "Klang Glove Plant",
    });
    await db.supplier.update({
      where: { id: site.supplierId },
      data: { products: ["Nitrile rubber gloves"], sectorSection: "C", sectorDivision: "22" },
    });
    await db.site.update({
      where: { id: site.id },
      data: { headcount: 1200, migrantShare: 62, temporaryShare: 0, seasonalShare: 0 },
    });
    gloves = { supplierId: site.supplierId, siteId: site.id };
    await createSupplier(db, {
      organizationId: organization.id,
      legalName: "Aarhus Paper ApS",
      country: "DK",
    });
    await createSupplier(db, {
      organizationId: organization.id,
      legalName: "Archived Textiles",
      country: "BD",
      archivedAt: new Date(),
    });
  });

  it("says 'not computed' (null), never low, before the first computation", async () => {
    const risk = await viewer.caller.risk.getSupplierRisk({ supplierId: gloves.supplierId });
    expect(risk).toEqual({ current: null, history: [] });
    expect(await viewer.caller.risk.getRecomputation({})).toBeNull();
    const summary = await viewer.caller.risk.getRiskSummary();
    expect(summary).toEqual({
      bands: { low: 0, medium: 0, high: 0, critical: 0 },
      unscored: 2,
      total: 2,
      lastComputedAt: null,
    });
  });

  it("recomputes on request (owners and admins only), audited, with progress to the end", async () => {
    for (const role of ["analyst", "procurement", "viewer"] as const) {
      const member = await memberOf(organization, role);
      await expectTrpcError(member.caller.risk.requestRecomputation(), "FORBIDDEN");
    }
    const requested = await owner.caller.risk.requestRecomputation();
    expect(requested.reason).toBe("manual");
    expect(["queued", "running"]).toContain(requested.status);
    await waitForRiskRecomputations(organization.id);

    const run = await viewer.caller.risk.getRecomputation({ id: requested.id });
    // Two live suppliers and the glove maker's site; the archived supplier is not scored.
    expect(run).toMatchObject({
      id: requested.id,
      status: "completed",
      reason: "manual",
      subjectsTotal: 3,
      subjectsDone: 3,
      changed: 3,
      errorMessage: null,
    });
    expect(run?.finishedAt).toBeInstanceOf(Date);
    expect(await viewer.caller.risk.getRecomputation({})).toEqual(run);

    const events = await auditEventsOf(organization.id);
    expect(
      events.filter((e) => e.action === "risk_recomputation.requested" && e.entityId === run?.id),
    ).toEqual([
      expect.objectContaining({
        actorUserId: owner.user.id,
        entityType: "risk_recomputation",
        after: { reason: "manual" },
      }),
    ]);
  });

  it("explains a supplier's score: every factor with points, reason, source and edition", async () => {
    const risk = await viewer.caller.risk.getSupplierRisk({ supplierId: gloves.supplierId });
    const current = risk.current;
    if (!current) throw new Error("not scored");
    expect(current.residualScore).toBe(current.inherentScore);
    const codes = current.factors.map((factor) => factor.code);
    expect(codes).toEqual(
      expect.arrayContaining(["country_tip", "sector_high_risk", "workforce_migrant"]),
    );

    const tip = current.factors.find((factor) => factor.code === "country_tip");
    expect(tip?.source).toBe("US State Department, Trafficking in Persons report");
    expect(tip?.edition).toMatch(/\d{4}/);
    expect(tip?.reason).toContain("Malaysia");
    expect(tip?.reason).toMatch(/Trafficking in Persons report/);

    const migrant = current.factors.find((factor) => factor.code === "workforce_migrant");
    expect(migrant).toMatchObject({ points: 12, source: "Site workforce profile", edition: null });
    expect(migrant?.reason).toContain("62%");
    expect(migrant?.reason).toContain("Klang Glove Plant");

    // Migrants and no recruiter on record: unknown, and it adds points.
    const unknown = current.factors.find((factor) => factor.code === "unknown_recruitment");
    expect(unknown?.isUnknown).toBe(true);
    expect(current.unknowns).toContainEqual(
      expect.objectContaining({ code: "unknown_recruitment", points: unknown?.points }),
    );

    // Residual = inherent until questionnaires and findings exist, as the explanation says.
    const residual = current.factors.find((factor) => factor.code === "residual_inherent_only");
    expect(residual?.reason).toMatch(/residual risk equals inherent risk/);

    // Points add up to the score (below the cap).
    const sum = current.factors.reduce((total, factor) => total + factor.points, 0);
    expect(current.inherentScore).toBe(Math.min(100, sum));
    expect(current.basis.editions.map((edition) => edition.dataset).sort()).toEqual([
      "goods_list",
      "tip_tiers",
    ]);
    expect(risk.history).toEqual([
      {
        computedAt: current.computedAt,
        residualScore: current.residualScore,
        residualBand: current.residualBand,
      },
    ]);
  });

  it("explains a site's own score", async () => {
    const risk = await viewer.caller.risk.getSiteRisk({ siteId: gloves.siteId });
    expect(risk.current?.factors.some((factor) => factor.code === "workforce_migrant")).toBe(true);
    expect(risk.history).toHaveLength(1);
  });

  it("counts live suppliers per band, with when they were last computed", async () => {
    const summary = await viewer.caller.risk.getRiskSummary();
    const db = testDb();
    const live = await db.supplier.findMany({
      where: { organizationId: organization.id, archivedAt: null },
      select: { currentRisk: { select: { riskBand: true } } },
    });
    const expected = { low: 0, medium: 0, high: 0, critical: 0 };
    for (const { currentRisk } of live) if (currentRisk) expected[currentRisk.riskBand] += 1;
    expect(summary.bands).toEqual(expected);
    expect(summary.unscored).toBe(0);
    expect(summary.total).toBe(2);
    expect(summary.lastComputedAt).toBeInstanceOf(Date);
  });

  it("adds no history when a recomputation changes nothing", async () => {
    const run = await recomputeAndWait(owner, organization.id);
    expect(run).toMatchObject({ status: "completed", changed: 0, subjectsDone: 3 });
    const risk = await owner.caller.risk.getSupplierRisk({ supplierId: gloves.supplierId });
    expect(risk.history).toHaveLength(1);
  });

  it("answers NOT_FOUND for another organisation's (or a missing) supplier, site and run", async () => {
    const { organization: other, owner: outsider } = await organizationWithOwner();
    const run = await owner.caller.risk.getRecomputation({});
    if (!run) throw new Error("no run");
    // Thunks: each call starts only when awaited, so no rejection goes unhandled meanwhile.
    for (const call of [
      () => outsider.caller.risk.getSupplierRisk({ supplierId: gloves.supplierId }),
      () => outsider.caller.risk.getSiteRisk({ siteId: gloves.siteId }),
      () => outsider.caller.risk.getRecomputation({ id: run.id }),
      () => owner.caller.risk.getSupplierRisk({ supplierId: randomUUID() }),
      () => owner.caller.risk.getRecomputation({ id: randomUUID() }),
    ]) {
      const error = await expectTrpcError(call(), "NOT_FOUND");
      expect(userMessageOf(error)).toMatch(/could not find/);
    }
    // Their own summary and latest run know nothing of ours.
    expect(await outsider.caller.risk.getRecomputation({})).toBeNull();
    expect((await outsider.caller.risk.getRiskSummary()).total).toBe(0);
    await waitForRiskRecomputations(other.id);
  });

  it("refuses a malformed id with a 400", async () => {
    await expectTrpcError(owner.caller.risk.getRecomputation({ id: "latest" }), "BAD_REQUEST");
    await expectTrpcError(owner.caller.risk.getSupplierRisk({ supplierId: "1" }), "BAD_REQUEST");
  });
});
