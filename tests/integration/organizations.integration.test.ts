import { describe, expect, it } from "vitest";

import { createSession, createUser } from "../factories/identity";
import {
  auditEventsOf,
  callerFor,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
} from "../support/integration";

const PROFILE = {
  name: "Kestrel Foods plc",
  country: "GB",
  turnoverAmount: "48000000.00",
  turnoverCurrency: "GBP",
  employeeCount: 900,
  financialYearEndMonth: 12,
  financialYearEndDay: 31,
  jurisdictions: ["GB", "AU", "GB"],
};

describe("[IDENTITY] organisations", () => {
  it("makes the creator its owner, activates it for the session and audits it", async () => {
    const user = await createUser(testDb());
    const sessionId = await createSession(testDb(), {
      userId: user.id,
      activeOrganizationId: null,
    });
    const caller = await callerFor(sessionId);
    const created = await caller.identity.createOrganization(PROFILE);
    expect(created.jurisdictions).toEqual(["AU", "GB"]);
    expect(created.turnoverAmount).toBe("48000000.00");

    const me = await (await callerFor(sessionId)).identity.getMe();
    expect(me.activeOrganization).toMatchObject({ id: created.id, role: "owner" });
    const events = await auditEventsOf(created.id);
    expect(events.map((event) => event.action)).toEqual(["organization.created"]);
    expect(events[0]?.actorUserId).toBe(user.id);
  });

  it("refuses anonymous callers", async () => {
    await expectTrpcError(
      (await callerFor(null)).identity.createOrganization(PROFILE),
      "UNAUTHORIZED",
    );
  });

  it("validates the profile with clear field errors", async () => {
    const { owner } = await organizationWithOwner();
    const invalid = [
      { ...PROFILE, turnoverCurrency: null },
      { ...PROFILE, financialYearEndMonth: 2, financialYearEndDay: 30 },
      { ...PROFILE, financialYearEndDay: null },
      { ...PROFILE, country: "XX1" },
      { ...PROFILE, turnoverAmount: "12,5 million" },
      { ...PROFILE, employeeCount: -3 },
      { ...PROFILE, name: "   " },
    ];
    for (const profile of invalid) {
      const error = await expectTrpcError(
        owner.caller.identity.updateOrganization(profile),
        "BAD_REQUEST",
      );
      expect(error.cause?.name).toBe("ZodError");
    }
  });

  it("lets admins update settings, records before and after, and refuses analysts", async () => {
    const { organization } = await organizationWithOwner({ name: "Before Ltd" });
    const admin = await memberOf(organization, "admin");
    const analyst = await memberOf(organization, "analyst");
    const updated = await admin.caller.identity.updateOrganization(PROFILE);
    expect(updated.name).toBe("Kestrel Foods plc");

    await expectTrpcError(
      analyst.caller.identity.updateOrganization({ ...PROFILE, name: "Hijack" }),
      "FORBIDDEN",
    );
    const profile = await analyst.caller.identity.getOrganization();
    expect(profile.name).toBe("Kestrel Foods plc");

    const events = await auditEventsOf(organization.id);
    const update = events.filter((event) => event.action === "organization.updated");
    expect(update).toHaveLength(1);
    expect(update[0]?.actorUserId).toBe(admin.user.id);
    expect(update[0]?.before).toMatchObject({ name: "Before Ltd" });
    expect(update[0]?.after).toMatchObject({
      name: "Kestrel Foods plc",
      jurisdictions: ["AU", "GB"],
    });
  });

  it("switches only to organisations the user belongs to", async () => {
    const { organization: first, owner } = await organizationWithOwner();
    const { organization: second } = await organizationWithOwner();
    const { organization: stranger } = await organizationWithOwner();
    await testDb().membership.create({
      data: { organizationId: second.id, userId: owner.user.id, role: "viewer" },
    });

    const mine = await owner.caller.identity.listMyOrganizations();
    expect(mine.map((organization) => organization.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(mine.find((organization) => organization.isActive)?.id).toBe(first.id);

    await owner.caller.identity.switchOrganization({ organizationId: second.id });
    const me = await (await callerFor(owner.sessionId)).identity.getMe();
    expect(me.activeOrganization).toMatchObject({ id: second.id, role: "viewer" });
    expect((await auditEventsOf(second.id)).map((event) => event.action)).toContain(
      "organization.switched_to",
    );

    await expectTrpcError(
      owner.caller.identity.switchOrganization({ organizationId: stranger.id }),
      "NOT_FOUND",
    );
    const after = await (await callerFor(owner.sessionId)).identity.getMe();
    expect(after.activeOrganization?.id).toBe(second.id);
  });
});
