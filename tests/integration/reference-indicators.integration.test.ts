/**
 * The indicator catalogue through its procedures: its shape (11 ILO indicators, six groups of
 * operational indicators, each mapping to at least one ILO indicator), filters, one indicator
 * with its mapping both ways, and the organisation's own grading of strength: audited, scoped to
 * the organisation, owners and admins only.
 */
import { beforeAll, describe, expect, it } from "vitest";

import {
  auditEventsOf,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  type Actor,
} from "../support/integration";

describe("[REFERENCE] the indicator catalogue", () => {
  let viewer: Actor;

  beforeAll(async () => {
    const { organization } = await organizationWithOwner();
    viewer = await memberOf(organization, "viewer");
  });

  it("lists the 11 ILO indicators and the operational ones in six groups, each mapped", async () => {
    const { edition, indicators, total } = await viewer.caller.reference.listIndicators({});
    expect(edition).toMatchObject({ dataset: "indicators", isBuiltIn: true });
    expect(total).toBe(74);
    const ilo = indicators.filter((indicator) => indicator.kind === "ilo_forced_labour");
    expect(ilo.map((indicator) => indicator.code)).toEqual(
      Array.from({ length: 11 }, (_, index) => `ILO-FL-${String(index + 1).padStart(2, "0")}`),
    );
    expect(
      ilo.every((indicator) => indicator.stage === null && indicator.rollsUpTo.length === 0),
    ).toBe(true);
    expect(ilo.every((indicator) => indicator.rolledUpBy.length > 0)).toBe(true);
    const operational = indicators.filter((indicator) => indicator.kind === "operational");
    const groups = new Map<number, number>();
    for (const indicator of operational) {
      groups.set(indicator.groupNumber ?? 0, (groups.get(indicator.groupNumber ?? 0) ?? 0) + 1);
      expect(indicator.rollsUpTo.length, indicator.code).toBeGreaterThanOrEqual(1);
      expect(indicator.rollsUpTo.every((ilo) => ilo.code.startsWith("ILO-FL-"))).toBe(true);
      expect(indicator.stage).toBe(
        (indicator.groupNumber ?? 0) <= 3 ? "recruitment" : "destination",
      );
      expect(indicator.strength).not.toBeNull();
      expect(indicator.explanation.length).toBeGreaterThan(40);
      expect(indicator.source).toContain("Operational indicators of trafficking");
    }
    expect([...groups.entries()].sort(([a], [b]) => a - b)).toEqual([
      [1, 10],
      [2, 10],
      [3, 14],
      [4, 7],
      [5, 15],
      [6, 7],
    ]);
  });

  it("filters by stage, strength and search (accents and case do not matter)", async () => {
    const recruitment = await viewer.caller.reference.listIndicators({ stage: "recruitment" });
    expect(recruitment.indicators).toHaveLength(34);
    expect(recruitment.total).toBe(74);
    expect(recruitment.indicators.every((indicator) => indicator.stage === "recruitment")).toBe(
      true,
    );
    const strongAtWork = await viewer.caller.reference.listIndicators({
      stage: "destination",
      strength: "strong",
    });
    expect(strongAtWork.indicators.length).toBeGreaterThan(0);
    expect(
      strongAtWork.indicators.every(
        (indicator) =>
          indicator.stage === "destination" && indicator.effectiveStrength === "strong",
      ),
    ).toBe(true);
    const debt = await viewer.caller.reference.listIndicators({ search: "DÉBT BONDAGE" });
    expect(debt.indicators.map((indicator) => indicator.code)).toEqual(
      expect.arrayContaining(["ILO-FL-09", "OP-5.02"]),
    );
    const group2 = await viewer.caller.reference.listIndicators({ group: 2 });
    expect(group2.indicators).toHaveLength(10);
    const none = await viewer.caller.reference.listIndicators({ search: "zzzz-nothing" });
    expect(none.indicators).toEqual([]);
  });

  it("shows one indicator with its mapping both ways", async () => {
    const documents = await viewer.caller.reference.getIndicator({ code: "OP-5.01" });
    expect(documents).toMatchObject({
      code: "OP-5.01",
      kind: "operational",
      groupNumber: 5,
      stage: "destination",
      title: "Identity documents confiscated",
      override: null,
    });
    expect(documents.rollsUpTo).toEqual([
      { code: "ILO-FL-07", title: "Retention of identity documents" },
    ]);
    const retention = await viewer.caller.reference.getIndicator({ code: "ILO-FL-07" });
    expect(retention.rolledUpBy.map((indicator) => indicator.code)).toEqual(["OP-2.03", "OP-5.01"]);
    expect(retention.strengthSource).toMatch(/^Fairtrace grading: /);
    await expectTrpcError(viewer.caller.reference.getIndicator({ code: "OP-6.99" }), "NOT_FOUND");
    await expectTrpcError(
      viewer.caller.reference.getIndicator({ code: "not a code" }),
      "BAD_REQUEST",
    );
  });
});

describe("[REFERENCE] an organisation's grading of an indicator's strength", () => {
  it("is set, replaced and removed by an owner, with an audit event each time", async () => {
    const { organization, owner } = await organizationWithOwner();
    const before = await owner.caller.reference.getIndicator({ code: "OP-4.02" });
    expect(before.strength).toBe("weak");

    const graded = await owner.caller.reference.setIndicatorStrength({
      code: "OP-4.02",
      strength: "medium",
      rationale: "  Our auditors find poor dormitories go with other indicators.  ",
    });
    expect(graded).toMatchObject({
      strength: "weak",
      effectiveStrength: "medium",
      override: {
        strength: "medium",
        rationale: "Our auditors find poor dormitories go with other indicators.",
      },
    });
    // The strength filter reads the grading in force for the organisation.
    const medium = await owner.caller.reference.listIndicators({ strength: "medium" });
    expect(medium.indicators.map((indicator) => indicator.code)).toContain("OP-4.02");
    const weak = await owner.caller.reference.listIndicators({ strength: "weak" });
    expect(weak.indicators.map((indicator) => indicator.code)).not.toContain("OP-4.02");

    const replaced = await owner.caller.reference.setIndicatorStrength({
      code: "OP-4.02",
      strength: "strong",
      rationale: "Housing is locked at night at most sites we source from.",
    });
    expect(replaced.override?.id).toBe(graded.override?.id);
    expect(replaced.effectiveStrength).toBe("strong");

    const removed = await owner.caller.reference.removeIndicatorStrength({
      id: replaced.override?.id ?? "",
    });
    expect(removed).toEqual({ id: replaced.override?.id, code: "OP-4.02" });
    const after = await owner.caller.reference.getIndicator({ code: "OP-4.02" });
    expect(after).toMatchObject({ override: null, effectiveStrength: "weak" });

    const events = (await auditEventsOf(organization.id)).filter(
      (event) => event.entityType === "indicator",
    );
    expect(
      events.map((event) => ({
        action: event.action,
        entityId: event.entityId,
        before: event.before,
        after: event.after,
      })),
    ).toEqual([
      {
        action: "indicator_strength.overridden",
        entityId: "OP-4.02",
        before: { strength: "weak", source: "catalogue" },
        after: {
          strength: "medium",
          rationale: "Our auditors find poor dormitories go with other indicators.",
        },
      },
      {
        action: "indicator_strength.overridden",
        entityId: "OP-4.02",
        before: {
          strength: "medium",
          rationale: "Our auditors find poor dormitories go with other indicators.",
        },
        after: {
          strength: "strong",
          rationale: "Housing is locked at night at most sites we source from.",
        },
      },
      {
        action: "indicator_strength.override_removed",
        entityId: "OP-4.02",
        before: {
          strength: "strong",
          rationale: "Housing is locked at night at most sites we source from.",
        },
        after: null,
      },
    ]);
    expect(events.every((event) => event.actorUserId === owner.user.id)).toBe(true);
  });

  it("applies to its own organisation only", async () => {
    const first = await organizationWithOwner();
    const second = await organizationWithOwner();
    const graded = await first.owner.caller.reference.setIndicatorStrength({
      code: "OP-1.04",
      strength: "strong",
      rationale: "Family reunification promises are how our corridor recruits.",
    });
    const seen = await second.owner.caller.reference.getIndicator({ code: "OP-1.04" });
    expect(seen).toMatchObject({ override: null, effectiveStrength: "weak" });
    const listed = await second.owner.caller.reference.listIndicators({ search: "OP-1.04" });
    expect(listed.indicators[0]?.override).toBeNull();
    // Another organisation's grading is NOT_FOUND, exactly like a missing one, and stays.
    await expectTrpcError(
      second.owner.caller.reference.removeIndicatorStrength({ id: graded.override?.id ?? "" }),
      "NOT_FOUND",
    );
    const kept = await first.owner.caller.reference.getIndicator({ code: "OP-1.04" });
    expect(kept.override?.strength).toBe("strong");
    expect(
      (await auditEventsOf(second.organization.id)).filter(
        (event) => event.entityType === "indicator",
      ),
    ).toEqual([]);
  });

  it("is for owners and admins; everyone reads it; a rationale is required", async () => {
    const { organization, owner } = await organizationWithOwner();
    const admin = await memberOf(organization, "admin");
    const graded = await admin.caller.reference.setIndicatorStrength({
      code: "OP-3.06",
      strength: "medium",
      rationale: "Debt-financed migration is the norm in our corridors.",
    });
    for (const role of ["analyst", "procurement", "viewer"] as const) {
      const member = await memberOf(organization, role);
      expect((await member.caller.reference.getIndicator({ code: "OP-3.06" })).override).toEqual(
        graded.override,
      );
      await expectTrpcError(
        member.caller.reference.setIndicatorStrength({
          code: "OP-3.06",
          strength: "weak",
          rationale: "I should not be able to change this.",
        }),
        "FORBIDDEN",
      );
      await expectTrpcError(
        member.caller.reference.removeIndicatorStrength({ id: graded.override?.id ?? "" }),
        "FORBIDDEN",
      );
    }
    await expectTrpcError(
      owner.caller.reference.setIndicatorStrength({
        code: "OP-3.06",
        strength: "weak",
        rationale: "short",
      }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      owner.caller.reference.setIndicatorStrength({
        code: "OP-9.01",
        strength: "weak",
        rationale: "A code that is not in the catalogue.",
      }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      owner.caller.reference.setIndicatorStrength({
        code: "OP-6.99",
        strength: "weak",
        rationale: "A well-formed code that is not in the catalogue.",
      }),
      "NOT_FOUND",
    );
    expect((await owner.caller.reference.getIndicator({ code: "OP-3.06" })).override).toEqual(
      graded.override,
    );
  });
});
