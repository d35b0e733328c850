/**
 * Country overrides: an organisation's own rating of a country replaces the TIP-tier points of
 * its suppliers in that country. Read by every role, changed by owners and admins, validated
 * against the ISO 3166 country list, audited, and followed by a recomputation.
 */
import { beforeAll, describe, expect, it } from "vitest";

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
import { issueMessages, recomputeAndWait, userMessageOf } from "../support/risk";

const REASON = "Our 2026 audits found passport retention in the fish-processing zone";

describe("[RISK] country overrides", () => {
  let organization: FactoryOrganization;
  let owner: Actor;
  let analyst: Actor;
  let viewer: Actor;
  let supplierId: string;

  beforeAll(async () => {
    const created = await organizationWithOwner({ name: "Override Buyer Ltd" });
    organization = created.organization;
    owner = created.owner;
    analyst = await memberOf(organization, "analyst");
    viewer = await memberOf(organization, "viewer");
    supplierId = (
      await createSupplier(testDb(), {
        organizationId: organization.id,
        legalName: "Jutland Office Supply",
        country: "DK",
      })
    ).id;
    await recomputeAndWait(owner, organization.id);
  });

  it("lists none at first, for every role", async () => {
    for (const actor of [owner, analyst, viewer]) {
      expect(await actor.caller.risk.listCountryOverrides()).toEqual([]);
    }
  });

  it("refuses bad input with a 400 and a clear message, writing nothing", async () => {
    const cases = [
      { input: { country: "Denmark", points: 10, reason: REASON }, key: "validation.countryCode" },
      { input: { country: "DK", points: 101, reason: REASON }, key: "risk.validation.points" },
      { input: { country: "DK", points: -5, reason: REASON }, key: "risk.validation.points" },
      {
        input: { country: "DK", points: 10, reason: "  x " },
        key: "risk.validation.overrideReason",
      },
      { input: { country: "DK", points: 10, reason: "y".repeat(501) }, key: "validation.tooLong" },
    ];
    for (const { input, key } of cases) {
      const error = await expectTrpcError(
        owner.caller.risk.saveCountryOverride(input),
        "BAD_REQUEST",
      );
      expect(issueMessages(error)).toContain(key);
    }
    // Two letters, but not a country of ISO 3166 (the reference module's list).
    for (const country of ["XX", "UK"]) {
      const error = await expectTrpcError(
        owner.caller.risk.saveCountryOverride({ country, points: 10, reason: REASON }),
        "BAD_REQUEST",
      );
      expect(userMessageOf(error)).toBe("Choose a country from the list.");
    }
    expect(await owner.caller.risk.listCountryOverrides()).toEqual([]);
  });

  it("refuses members without risk:configure (FORBIDDEN)", async () => {
    for (const actor of [analyst, viewer]) {
      await expectTrpcError(
        actor.caller.risk.saveCountryOverride({ country: "DK", points: 10, reason: REASON }),
        "FORBIDDEN",
      );
    }
    expect(await owner.caller.risk.listCountryOverrides()).toEqual([]);
  });

  it("saves an override (code in any case), audits it, recomputes, and the explanation uses it", async () => {
    const saved = await owner.caller.risk.saveCountryOverride({
      country: " dk ",
      points: 40,
      reason: `  ${REASON} `,
    });
    expect(saved.override).toMatchObject({ country: "DK", points: 40, reason: REASON });
    expect(saved.recomputation?.reason).toBe("country_override_changed");
    await waitForRiskRecomputations(organization.id);

    expect(await viewer.caller.risk.listCountryOverrides()).toEqual([saved.override]);
    const risk = await owner.caller.risk.getSupplierRisk({ supplierId });
    const factor = risk.current?.factors.find((f) => f.code === "country_override");
    expect(factor).toMatchObject({
      points: 40,
      source: "Your organisation's country risk settings",
      edition: null,
    });
    expect(factor?.reason).toContain(REASON);
    expect(factor?.reason).toContain("Denmark");
    expect(risk.current?.factors.some((f) => f.code === "country_tip")).toBe(false);

    const events = await auditEventsOf(organization.id);
    const savedEvents = events.filter((e) => e.action === "country_risk_override.saved");
    expect(savedEvents).toHaveLength(1);
    expect(savedEvents[0]).toMatchObject({
      actorUserId: owner.user.id,
      entityType: "country_risk_override",
      entityId: saved.override.id,
      before: null,
      after: { country: "DK", points: 40, reason: REASON },
    });
    expect(
      events.some(
        (e) =>
          e.action === "risk_recomputation.requested" && e.entityId === saved.recomputation?.id,
      ),
    ).toBe(true);
  });

  it("replaces the override of the same country, and writes nothing when unchanged", async () => {
    const [existing] = await owner.caller.risk.listCountryOverrides();
    const replaced = await owner.caller.risk.saveCountryOverride({
      country: "DK",
      points: 30,
      reason: REASON,
    });
    expect(replaced.override.id).toBe(existing?.id);
    expect(replaced.override.points).toBe(30);
    await waitForRiskRecomputations(organization.id);
    const last = (await auditEventsOf(organization.id))
      .filter((e) => e.action === "country_risk_override.saved")
      .at(-1);
    expect(last).toMatchObject({
      before: { country: "DK", points: 40 },
      after: { country: "DK", points: 30 },
    });

    const events = (await auditEventsOf(organization.id)).length;
    const same = await owner.caller.risk.saveCountryOverride({
      country: "DK",
      points: 30,
      reason: REASON,
    });
    expect(same.recomputation).toBeNull();
    expect(await auditEventsOf(organization.id)).toHaveLength(events);
    expect(await owner.caller.risk.listCountryOverrides()).toHaveLength(1);
  });

  it("removes an override: audited, recomputed, the TIP tier counts again", async () => {
    const [existing] = await owner.caller.risk.listCountryOverrides();
    if (!existing) throw new Error("no override");
    await expectTrpcError(
      analyst.caller.risk.removeCountryOverride({ id: existing.id }),
      "FORBIDDEN",
    );
    const removed = await owner.caller.risk.removeCountryOverride({ id: existing.id });
    expect(removed.recomputation?.reason).toBe("country_override_changed");
    await waitForRiskRecomputations(organization.id);
    expect(await owner.caller.risk.listCountryOverrides()).toEqual([]);

    const risk = await owner.caller.risk.getSupplierRisk({ supplierId });
    expect(risk.current?.factors.some((f) => f.code === "country_override")).toBe(false);
    expect(risk.current?.factors.some((f) => f.code === "country_tip")).toBe(true);

    const last = (await auditEventsOf(organization.id))
      .filter((e) => e.action === "country_risk_override.removed")
      .at(-1);
    expect(last).toMatchObject({
      actorUserId: owner.user.id,
      entityId: existing.id,
      before: { country: "DK", points: 30, reason: REASON },
      after: null,
    });

    // Gone now: NOT_FOUND, with a message that says so.
    const error = await expectTrpcError(
      owner.caller.risk.removeCountryOverride({ id: existing.id }),
      "NOT_FOUND",
    );
    expect(userMessageOf(error)).toMatch(/could not find that country override/);
  });

  it("never shows or removes another organisation's override", async () => {
    const { organization: other, owner: otherOwner } = await organizationWithOwner();
    const theirs = await otherOwner.caller.risk.saveCountryOverride({
      country: "MY",
      points: 55,
      reason: "Their own reasons",
    });
    expect(await owner.caller.risk.listCountryOverrides()).toEqual([]);
    await expectTrpcError(
      owner.caller.risk.removeCountryOverride({ id: theirs.override.id }),
      "NOT_FOUND",
    );
    expect(await otherOwner.caller.risk.listCountryOverrides()).toHaveLength(1);
    await waitForRiskRecomputations(other.id);
  });
});
