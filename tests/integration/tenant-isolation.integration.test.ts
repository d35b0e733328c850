/**
 * The outsider probe: every procedure of the API is called by a member of another organisation
 * (and anonymously), and must neither return nor change the victim organisation's data. A
 * procedure that takes an id must answer NOT_FOUND for the victim's ids.
 *
 * The probe list must name every procedure: adding a procedure without a probe fails this test.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { appRouter } from "@/server/root-router";

import { createSession, createUser, profileInput } from "../factories/identity";
import {
  callerFor,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
  type Actor,
  type Caller,
} from "../support/integration";

type Victim = {
  organizationId: string;
  ownerMembershipId: string;
  analystMembershipId: string;
  invitationId: string;
  invitationEmail: string;
  ownerUserId: string;
  auditEventId: string;
  /** Strings that must never appear in anything an outsider receives. */
  markers: string[];
};

type Probe = {
  /**
   * How the procedure uses ids: "target" acts on the record with that id (the victim's must be
   * NOT_FOUND), "filter" narrows a list by it (the victim's must match nothing), "none".
   */
  ids: "target" | "filter" | "none";
  call: (outsider: Caller, victim: Victim) => Promise<unknown>;
};

const EMPTY_PROFILE = profileInput({ name: "Outsider Ltd" });

const PROBES: Record<string, Probe> = {
  "identity.signUp": {
    ids: "none",
    call: (caller) =>
      caller.identity.signUp({
        name: "Probe",
        email: `probe-${Date.now()}@example.com`,
        password: "probe password long",
      }),
  },
  "identity.getMe": { ids: "none", call: (caller) => caller.identity.getMe() },
  "identity.getInvitation": {
    ids: "none",
    call: (caller) => caller.identity.getInvitation({ token: "A".repeat(43) }),
  },
  "identity.acceptInvitation": {
    ids: "none",
    call: (caller) => caller.identity.acceptInvitation({ token: "A".repeat(43) }),
  },
  "identity.listMyOrganizations": {
    ids: "none",
    call: (caller) => caller.identity.listMyOrganizations(),
  },
  "identity.createOrganization": {
    ids: "none",
    call: (caller) => caller.identity.createOrganization(EMPTY_PROFILE),
  },
  "identity.switchOrganization": {
    ids: "target",
    call: (caller, victim) =>
      caller.identity.switchOrganization({ organizationId: victim.organizationId }),
  },
  "identity.getOrganization": { ids: "none", call: (caller) => caller.identity.getOrganization() },
  "identity.updateOrganization": {
    ids: "none",
    call: (caller) => caller.identity.updateOrganization(EMPTY_PROFILE),
  },
  "identity.leaveOrganization": {
    ids: "none",
    // Leaving acts on the caller's own membership: a throw-away outsider leaves their organisation.
    call: async () => {
      const { organization } = await organizationWithOwner();
      const leaver = await memberOf(organization, "viewer");
      return leaver.caller.identity.leaveOrganization();
    },
  },
  "identity.listMembers": { ids: "none", call: (caller) => caller.identity.listMembers() },
  "identity.updateMemberRole": {
    ids: "target",
    call: (caller, victim) =>
      caller.identity.updateMemberRole({
        id: victim.analystMembershipId,
        data: { role: "viewer" },
      }),
  },
  "identity.removeMember": {
    ids: "target",
    call: (caller, victim) => caller.identity.removeMember({ id: victim.analystMembershipId }),
  },
  "identity.inviteMember": {
    ids: "none",
    call: (caller, victim) =>
      caller.identity.inviteMember({ email: victim.invitationEmail, role: "viewer" }),
  },
  "identity.listInvitations": { ids: "none", call: (caller) => caller.identity.listInvitations() },
  "identity.revokeInvitation": {
    ids: "target",
    call: (caller, victim) => caller.identity.revokeInvitation({ id: victim.invitationId }),
  },
  "platform.listAuditEvents": {
    ids: "filter",
    call: (caller, victim) =>
      caller.platform.listAuditEvents({
        actorUserId: victim.ownerUserId,
        cursor: victim.auditEventId,
      }),
  },
};

/** The keys of a procedure's input object, looking through refinements and transforms. */
const inputKeys = (schema: unknown): string[] => {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return inputKeys(schema.def.in);
  return [];
};

// tRPC keeps each procedure's input parsers on its internal definition (procedures are
// functions, so the definition is read off the function object).
const ZProcedureDefSchema = z.object({ inputs: z.array(z.unknown()) });

const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => {
  const keys = ZProcedureDefSchema.parse(Reflect.get(procedure, "_def")).inputs.flatMap(inputKeys);
  return {
    path,
    takesId: keys.some((key) => key === "id" || key.endsWith("Id") || key === "cursor"),
  };
});

describe("[TENANCY] every procedure is probed", () => {
  it("has a probe for each procedure, and knows which ones take ids", () => {
    expect(Object.keys(PROBES).sort()).toEqual(procedures.map(({ path }) => path).sort());
    for (const { path, takesId } of procedures) {
      expect(PROBES[path]?.ids !== "none", `${path} takes an id`).toBe(takesId);
    }
  });
});

describe("[TENANCY] an outsider gets nothing of another organisation", () => {
  let victim: Victim;
  let outsider: Actor;

  beforeAll(async () => {
    const { organization, owner } = await organizationWithOwner({ name: "Victim Garments Ltd" });
    const analyst = await memberOf(organization, "analyst", { name: "Victim Analyst" });
    // The outsider's probe invites the same address into their own organisation: that must not
    // replace or reveal the victim's invitation (checked by the snapshot, not the markers).
    const invitationEmail = "victim-colleague@victim.example";
    const invitation = await owner.caller.identity.inviteMember({
      email: invitationEmail,
      role: "viewer",
    });
    const [firstEvent] = await testDb().auditEvent.findMany({
      where: { organizationId: organization.id },
      take: 1,
    });
    victim = {
      organizationId: organization.id,
      ownerUserId: owner.user.id,
      auditEventId: firstEvent?.id ?? "",
      ownerMembershipId: owner.membershipId,
      analystMembershipId: analyst.membershipId,
      invitationId: invitation.invitation.id,
      invitationEmail,
      markers: [
        "Victim Garments Ltd",
        "Victim Analyst",
        owner.user.email,
        analyst.user.email,
        organization.id,
      ],
    };
    // The outsider is an owner (all permissions) of their own organisation.
    const { owner: outsiderOwner } = await organizationWithOwner({ name: "Outsider Ltd" });
    outsider = outsiderOwner;
  });

  for (const path of Object.keys(PROBES)) {
    it(`${path}`, async () => {
      const probe = PROBES[path];
      if (!probe) throw new Error(path);
      const before = await snapshotVictim(victim);
      if (probe.ids === "target") {
        await expectTrpcError(probe.call(outsider.caller, victim), "NOT_FOUND");
      } else {
        const result: unknown = await probe
          .call(outsider.caller, victim)
          .catch((error: unknown) => error);
        const serialised = JSON.stringify(result instanceof Error ? result.message : result) ?? "";
        for (const marker of victim.markers) expect(serialised).not.toContain(marker);
      }
      expect(await snapshotVictim(victim)).toEqual(before);
    });
  }

  it("a member of no organisation and an anonymous caller get nothing either", async () => {
    const loner = await createUser(testDb());
    const lonerCaller = await callerFor(
      await createSession(testDb(), {
        userId: loner.id,
        activeOrganizationId: victim.organizationId,
      }),
    );
    await expectTrpcError(lonerCaller.identity.listMembers(), "FORBIDDEN");
    await expectTrpcError(
      lonerCaller.identity.removeMember({ id: victim.analystMembershipId }),
      "FORBIDDEN",
    );
    const anonymous = await callerFor(null);
    await expectTrpcError(anonymous.identity.listMembers(), "UNAUTHORIZED");
    await expectTrpcError(anonymous.platform.listAuditEvents({}), "UNAUTHORIZED");
  });
});

/** Everything of the victim's that a probe could have changed. */
const snapshotVictim = async (victim: Victim) => {
  const [organization, memberships, invitations, auditCount] = await Promise.all([
    testDb().organization.findUniqueOrThrow({ where: { id: victim.organizationId } }),
    testDb().membership.findMany({
      where: { organizationId: victim.organizationId },
      orderBy: { id: "asc" },
    }),
    testDb().memberInvitation.findMany({
      where: { organizationId: victim.organizationId },
      orderBy: { id: "asc" },
    }),
    testDb().auditEvent.count({ where: { organizationId: victim.organizationId } }),
  ]);
  return { organization, memberships, invitations, auditCount };
};
