/**
 * The organisation's risk weights and band thresholds: read by every role, changed by owners
 * and admins only, with an optimistic version (a concurrent change is refused, not
 * overwritten), audited with before and after, and followed by a whole-organisation
 * recomputation that changes the scores.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { getTranslator } from "@/i18n/translator";
import { validationMessageKey } from "@/modules/risk/components/weights-form";
import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  type TRiskWeights,
} from "@/modules/risk/schemas";
import { waitForRiskRecomputations } from "@/modules/risk/services/request-recomputation";

import type { FactoryOrganization } from "../factories/identity";
import { createSupplier } from "../factories/suppliers";
import {
  auditEventsOf,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";
import {
  currentSupplierScore,
  issueMessages,
  recomputeAndWait,
  userMessageOf,
} from "../support/risk";

const withWeights = (change: (weights: TRiskWeights) => void): TRiskWeights => {
  const weights = structuredClone(DEFAULT_RISK_WEIGHTS);
  change(weights);
  return weights;
};

describe("[RISK] risk settings", () => {
  let organization: FactoryOrganization;
  let owner: Actor;
  let admin: Actor;
  let analyst: Actor;
  let viewer: Actor;

  beforeAll(async () => {
    const created = await organizationWithOwner({ name: "Risk Settings Buyer Ltd" });
    organization = created.organization;
    owner = created.owner;
    admin = await memberOf(organization, "admin");
    analyst = await memberOf(organization, "analyst");
    viewer = await memberOf(organization, "viewer");
  });

  it("starts from the built-in defaults, version 0, readable by every role", async () => {
    for (const actor of [owner, analyst, viewer]) {
      const settings = await actor.caller.risk.getRiskSettings();
      expect(settings).toEqual({
        weights: DEFAULT_RISK_WEIGHTS,
        bandThresholds: DEFAULT_BAND_THRESHOLDS,
        version: 0,
        isDefault: true,
        updatedAt: null,
      });
    }
  });

  it("refuses members without risk:configure (FORBIDDEN) and writes nothing", async () => {
    const events = (await auditEventsOf(organization.id)).length;
    for (const actor of [analyst, viewer, await memberOf(organization, "procurement")]) {
      await expectTrpcError(
        actor.caller.risk.updateRiskSettings({
          weights: DEFAULT_RISK_WEIGHTS,
          bandThresholds: DEFAULT_BAND_THRESHOLDS,
          expectedVersion: 0,
        }),
        "FORBIDDEN",
      );
      await expectTrpcError(
        actor.caller.risk.resetRiskSettings({ expectedVersion: 0 }),
        "FORBIDDEN",
      );
    }
    expect((await owner.caller.risk.getRiskSettings()).version).toBe(0);
    expect(await auditEventsOf(organization.id)).toHaveLength(events);
  });

  it("refuses invalid weights and thresholds with a 400 and a message for each", async () => {
    const t = getTranslator();
    const cases: { weights?: TRiskWeights; bands?: typeof DEFAULT_BAND_THRESHOLDS; key: string }[] =
      [
        {
          weights: withWeights((w) => {
            w.country.tier3 = 101;
          }),
          key: "risk.validation.points",
        },
        {
          weights: withWeights((w) => {
            w.recruitment.feesCharged = -1;
          }),
          key: "risk.validation.points",
        },
        {
          weights: withWeights((w) => {
            w.tier.tier2 = 2.5;
          }),
          key: "risk.validation.points",
        },
        {
          weights: withWeights((w) => {
            w.workforce.migrant.some.atLeast = 40;
          }),
          key: "risk.validation.shareStepsIncreasing",
        },
        {
          weights: withWeights((w) => {
            w.workforce.seasonal.high.atLeast = 120;
          }),
          key: "risk.validation.share",
        },
        {
          weights: withWeights((w) => {
            w.sector.highRiskDivisions = ["3"];
          }),
          key: "risk.validation.division",
        },
        {
          bands: { medium: 50, high: 40, critical: 70 },
          key: "risk.validation.thresholdsIncreasing",
        },
        { bands: { medium: 0, high: 40, critical: 70 }, key: "risk.validation.points" },
      ];
    for (const { weights = DEFAULT_RISK_WEIGHTS, bands = DEFAULT_BAND_THRESHOLDS, key } of cases) {
      const error = await expectTrpcError(
        owner.caller.risk.updateRiskSettings({
          weights,
          bandThresholds: bands,
          expectedVersion: 0,
        }),
        "BAD_REQUEST",
      );
      expect(issueMessages(error)).toContain(key);
      // The key is a sentence in the catalogue, not shown raw.
      const catalogueKey = validationMessageKey(key);
      expect(catalogueKey).toBe(key);
      expect(t(catalogueKey)).not.toBe(key);
    }
  });

  it("refuses ISIC divisions that do not exist, naming them", async () => {
    const error = await expectTrpcError(
      owner.caller.risk.updateRiskSettings({
        weights: withWeights((w) => {
          w.sector.highRiskDivisions = ["01", "04", "34"];
        }),
        bandThresholds: DEFAULT_BAND_THRESHOLDS,
        expectedVersion: 0,
      }),
      "BAD_REQUEST",
    );
    expect(userMessageOf(error)).toContain("04, 34");
    expect((await owner.caller.risk.getRiskSettings()).version).toBe(0);
  });

  it("saves new weights: version 1, audited before/after, recomputed, and the score changes", async () => {
    // No sector recorded: the "unknown sector" weight applies.
    const supplier = await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Unknown Sector Traders",
      country: "DK",
    });
    await recomputeAndWait(owner, organization.id);
    const before = await currentSupplierScore(organization.id, supplier.id);
    expect(before).not.toBeNull();
    const beforeRisk = await owner.caller.risk.getSupplierRisk({ supplierId: supplier.id });
    const unknownSector = beforeRisk.current?.factors.find((f) => f.code === "unknown_sector");
    expect(unknownSector?.points).toBe(DEFAULT_RISK_WEIGHTS.sector.unknown);

    const weights = withWeights((w) => {
      w.sector.unknown = DEFAULT_RISK_WEIGHTS.sector.unknown + 12;
      // Ticked out of order and twice: stored sorted, once.
      w.sector.highRiskDivisions = ["10", "03", "10", "01"];
    });
    const saved = await admin.caller.risk.updateRiskSettings({
      weights,
      bandThresholds: { medium: 20, high: 45, critical: 65 },
      expectedVersion: 0,
    });
    expect(saved.settings.version).toBe(1);
    expect(saved.settings.isDefault).toBe(false);
    expect(saved.settings.weights.sector.highRiskDivisions).toEqual(["01", "03", "10"]);
    expect(saved.settings.bandThresholds).toEqual({ medium: 20, high: 45, critical: 65 });
    expect(saved.settings.updatedAt).toBeInstanceOf(Date);
    expect(saved.recomputation).toMatchObject({ reason: "settings_changed" });
    expect(["queued", "running"]).toContain(saved.recomputation?.status);

    await waitForRiskRecomputations(organization.id);
    const run = await owner.caller.risk.getRecomputation({ id: saved.recomputation?.id });
    expect(run).toMatchObject({ status: "completed", reason: "settings_changed" });
    expect(run?.subjectsDone).toBe(run?.subjectsTotal);

    const after = await owner.caller.risk.getSupplierRisk({ supplierId: supplier.id });
    expect(after.current?.factors.find((f) => f.code === "unknown_sector")?.points).toBe(
      DEFAULT_RISK_WEIGHTS.sector.unknown + 12,
    );
    expect(after.current?.inherentScore).toBe((before?.inherentScore ?? 0) + 12);
    expect(after.current?.basis.settingsVersion).toBe(1);
    // The history keeps the old score.
    expect(after.history.map((point) => point.residualScore)).toEqual([
      before?.residualScore,
      after.current?.residualScore,
    ]);

    const events = await auditEventsOf(organization.id);
    const updated = events.filter((event) => event.action === "risk_settings.updated");
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({
      actorUserId: admin.user.id,
      entityType: "risk_settings",
      entityId: organization.id,
      before: {
        weights: DEFAULT_RISK_WEIGHTS,
        bandThresholds: DEFAULT_BAND_THRESHOLDS,
        version: 0,
      },
      after: {
        weights: saved.settings.weights,
        bandThresholds: { medium: 20, high: 45, critical: 65 },
        version: 1,
      },
    });
    // The recomputation it queued is audited in the same transaction.
    expect(
      events.filter(
        (event) =>
          event.action === "risk_recomputation.requested" &&
          event.entityId === saved.recomputation?.id,
      ),
    ).toHaveLength(1);
  });

  it("refuses a save based on an older version (CONFLICT) with a clear message", async () => {
    const current = await owner.caller.risk.getRiskSettings();
    const error = await expectTrpcError(
      owner.caller.risk.updateRiskSettings({
        weights: DEFAULT_RISK_WEIGHTS,
        bandThresholds: DEFAULT_BAND_THRESHOLDS,
        expectedVersion: current.version - 1,
      }),
      "CONFLICT",
    );
    expect(userMessageOf(error)).toMatch(/Someone else changed the risk settings/);
    await expectTrpcError(
      owner.caller.risk.resetRiskSettings({ expectedVersion: current.version + 5 }),
      "CONFLICT",
    );
    expect(await owner.caller.risk.getRiskSettings()).toEqual(current);
  });

  it("lets only one of two concurrent saves of the same version through", async () => {
    const { version } = await owner.caller.risk.getRiskSettings();
    const save = (actor: Actor, points: number) =>
      actor.caller.risk.updateRiskSettings({
        weights: withWeights((w) => {
          w.tier.tier2 = points;
        }),
        bandThresholds: DEFAULT_BAND_THRESHOLDS,
        expectedVersion: version,
      });
    const results = await Promise.allSettled([save(owner, 4), save(admin, 5)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(1);
    expect((await owner.caller.risk.getRiskSettings()).version).toBe(version + 1);
    await waitForRiskRecomputations(organization.id);
  });

  it("writes nothing for a save that changes nothing", async () => {
    const current = await owner.caller.risk.getRiskSettings();
    const events = (await auditEventsOf(organization.id)).length;
    const result = await owner.caller.risk.updateRiskSettings({
      weights: current.weights,
      bandThresholds: current.bandThresholds,
      expectedVersion: current.version,
    });
    expect(result).toEqual({ settings: current, recomputation: null });
    expect(await auditEventsOf(organization.id)).toHaveLength(events);
  });

  it("restores the defaults as a new version, audited and recomputed", async () => {
    const current = await owner.caller.risk.getRiskSettings();
    const reset = await owner.caller.risk.resetRiskSettings({ expectedVersion: current.version });
    expect(reset.settings).toMatchObject({
      weights: DEFAULT_RISK_WEIGHTS,
      bandThresholds: DEFAULT_BAND_THRESHOLDS,
      version: current.version + 1,
      isDefault: true,
    });
    expect(reset.recomputation?.reason).toBe("settings_changed");
    await waitForRiskRecomputations(organization.id);
    const last = (await auditEventsOf(organization.id))
      .filter((event) => event.action === "risk_settings.updated")
      .at(-1);
    expect(last).toMatchObject({
      actorUserId: owner.user.id,
      before: { version: current.version, bandThresholds: current.bandThresholds },
      after: { version: current.version + 1, weights: DEFAULT_RISK_WEIGHTS },
    });
    // Already the defaults: nothing more to do.
    const again = await owner.caller.risk.resetRiskSettings({
      expectedVersion: current.version + 1,
    });
    expect(again.recomputation).toBeNull();
    expect(again.settings.version).toBe(current.version + 1);
  });

  it("keeps each organisation's settings to itself", async () => {
    const { owner: otherOwner } = await organizationWithOwner();
    expect(await otherOwner.caller.risk.getRiskSettings()).toMatchObject({
      version: 0,
      isDefault: true,
    });
  });
});
