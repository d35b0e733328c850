import { describe, expect, it } from "vitest";

import type { MembershipRole } from "@/generated/prisma/enums";

import { profileInput } from "../factories/identity";
import {
  auditEventsOf,
  callerFor,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
  uniqueEmail,
  type Caller,
} from "../support/integration";

/**
 * The permission matrix as the product specifies it. Written out by hand on purpose: it is the
 * expectation that the code's role table is checked against, not a copy of it.
 */
const MATRIX: Record<
  string,
  { allowed: MembershipRole[]; call: (caller: Caller) => Promise<unknown> }
> = {
  getOrganization: {
    allowed: ["owner", "admin", "analyst", "procurement", "viewer"],
    call: (caller) => caller.identity.getOrganization(),
  },
  listMembers: {
    allowed: ["owner", "admin", "analyst", "procurement", "viewer"],
    call: (caller) => caller.identity.listMembers(),
  },
  listInvitations: {
    allowed: ["owner", "admin"],
    call: (caller) => caller.identity.listInvitations(),
  },
  inviteMember: {
    allowed: ["owner", "admin"],
    call: (caller) =>
      caller.identity.inviteMember({ email: uniqueEmail("matrix"), role: "viewer" }),
  },
  updateOrganization: {
    allowed: ["owner", "admin"],
    call: async (caller) => {
      const profile = await caller.identity.getOrganization();
      return caller.identity.updateOrganization(profileInput({ name: profile.name }));
    },
  },
  listAuditEvents: {
    allowed: ["owner", "admin", "analyst"],
    call: (caller) => caller.platform.listAuditEvents({}),
  },
};

const ROLES: MembershipRole[] = ["owner", "admin", "analyst", "procurement", "viewer"];

describe("[IDENTITY] permission matrix", () => {
  for (const [procedure, { allowed, call }] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      const isAllowed = allowed.includes(role);
      it(`${role} ${isAllowed ? "may" : "may not"} call ${procedure}`, async () => {
        const { organization } = await organizationWithOwner();
        const actor = await memberOf(organization, role);
        const before = (await auditEventsOf(organization.id)).length;
        if (isAllowed) {
          await expect(call(actor.caller)).resolves.toBeDefined();
        } else {
          const error = await expectTrpcError(call(actor.caller), "FORBIDDEN");
          expect(error.message).toContain(role);
          // A refused call changes nothing, so it writes nothing to the audit log either.
          expect((await auditEventsOf(organization.id)).length).toBe(before);
        }
      });
    }
  }
});

describe("[IDENTITY] member roles", () => {
  it("lets an owner change roles and records who changed what", async () => {
    const { organization, owner } = await organizationWithOwner();
    const analyst = await memberOf(organization, "analyst");
    const updated = await owner.caller.identity.updateMemberRole({
      id: analyst.membershipId,
      data: { role: "procurement" },
    });
    expect(updated.role).toBe("procurement");
    expect((await analyst.caller.identity.getMe()).activeOrganization?.role).toBe("procurement");
    const event = (await auditEventsOf(organization.id)).find(
      (candidate) => candidate.action === "membership.role_changed",
    );
    expect(event).toMatchObject({
      actorUserId: owner.user.id,
      entityId: analyst.membershipId,
      before: { userId: analyst.user.id, role: "analyst" },
      after: { userId: analyst.user.id, role: "procurement" },
    });
  });

  it("keeps the owner role in owners' hands", async () => {
    const { organization, owner } = await organizationWithOwner();
    const admin = await memberOf(organization, "admin");
    const viewer = await memberOf(organization, "viewer");
    await expectTrpcError(
      admin.caller.identity.updateMemberRole({ id: viewer.membershipId, data: { role: "owner" } }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      admin.caller.identity.updateMemberRole({ id: owner.membershipId, data: { role: "viewer" } }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      admin.caller.identity.removeMember({ id: owner.membershipId }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      admin.caller.identity.inviteMember({ email: uniqueEmail("owner"), role: "owner" }),
      "FORBIDDEN",
    );
    // Admins do manage non-owners.
    await admin.caller.identity.updateMemberRole({
      id: viewer.membershipId,
      data: { role: "analyst" },
    });
  });

  it("never leaves an organisation without an owner", async () => {
    const { organization, owner } = await organizationWithOwner();
    await expectTrpcError(
      owner.caller.identity.updateMemberRole({ id: owner.membershipId, data: { role: "admin" } }),
      "PRECONDITION_FAILED",
    );
    await expectTrpcError(owner.caller.identity.leaveOrganization(), "PRECONDITION_FAILED");
    const second = await memberOf(organization, "owner");
    await owner.caller.identity.updateMemberRole({
      id: owner.membershipId,
      data: { role: "admin" },
    });
    await expectTrpcError(
      second.caller.identity.updateMemberRole({
        id: second.membershipId,
        data: { role: "viewer" },
      }),
      "PRECONDITION_FAILED",
    );
  });
});

describe("[IDENTITY] member removal", () => {
  it("takes access away from the removed member's live session at once", async () => {
    const { organization, owner } = await organizationWithOwner();
    const analyst = await memberOf(organization, "analyst");
    expect(await analyst.caller.identity.listMembers()).toHaveLength(2);

    await owner.caller.identity.removeMember({ id: analyst.membershipId });

    // The same session, the same caller object: the very next request is refused.
    const refused = await expectTrpcError(analyst.caller.identity.listMembers(), "FORBIDDEN");
    expect(refused.message).not.toContain("lacks");
    const fresh = await callerFor(analyst.sessionId);
    await expectTrpcError(fresh.identity.getOrganization(), "PRECONDITION_FAILED");
    expect((await fresh.identity.getMe()).activeOrganization).toBeNull();

    const members = await owner.caller.identity.listMembers();
    expect(members.map((member) => member.userId)).toEqual([owner.user.id]);
    const event = (await auditEventsOf(organization.id)).find(
      (candidate) => candidate.action === "membership.removed",
    );
    expect(event).toMatchObject({
      actorUserId: owner.user.id,
      entityId: analyst.membershipId,
      before: { userId: analyst.user.id, role: "analyst" },
    });
  });

  it("lets a member leave, but not remove others without permission", async () => {
    const { organization } = await organizationWithOwner();
    const viewer = await memberOf(organization, "viewer");
    const analyst = await memberOf(organization, "analyst");
    await expectTrpcError(
      viewer.caller.identity.removeMember({ id: analyst.membershipId }),
      "FORBIDDEN",
    );
    await viewer.caller.identity.leaveOrganization();
    expect(await testDb().membership.count({ where: { id: viewer.membershipId } })).toBe(0);
  });
});
