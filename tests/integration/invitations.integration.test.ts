import { describe, expect, it } from "vitest";

import { hashInvitationToken } from "@/modules/identity/services/invitation-token";

import { createSession, createUser } from "../factories/identity";
import {
  auditEventsOf,
  callerFor,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
  uniqueEmail,
} from "../support/integration";

const tokenFrom = (inviteUrl: string): string => {
  const token = /\/invite\/([A-Za-z0-9_-]{43})$/.exec(inviteUrl)?.[1];
  if (!token) throw new Error(`no token in ${inviteUrl}`);
  return token;
};

/** Invites `email` into a new organisation and returns what the invitee needs. */
const inviteSomeone = async (role: "analyst" | "viewer" | "admin" = "analyst") => {
  const { organization, owner } = await organizationWithOwner({ name: "Invite Test Co" });
  const email = uniqueEmail("invitee");
  const result = await owner.caller.identity.inviteMember({ email, role });
  const invitee = await createUser(testDb(), { email });
  const sessionId = await createSession(testDb(), {
    userId: invitee.id,
    activeOrganizationId: null,
  });
  return {
    organization,
    owner,
    result,
    token: tokenFrom(result.inviteUrl),
    invitee,
    inviteeCaller: await callerFor(sessionId),
    inviteeSessionId: sessionId,
  };
};

describe("[INVITATION] inviting a colleague", () => {
  it("stores only the token's hash, queues the email and audits the invitation", async () => {
    const { organization, owner, result, token } = await inviteSomeone();
    const row = await testDb().memberInvitation.findUniqueOrThrow({
      where: { id: result.invitation.id },
    });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6 * 24 * 3_600_000);

    const emails = await testDb().outboxEmail.findMany({
      where: { organizationId: organization.id },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      kind: "member_invitation",
      toAddress: row.email,
      status: "pending",
    });
    expect(emails[0]?.textBody).toContain(result.inviteUrl);
    expect(emails[0]?.subject).toContain("Invite Test Co");
    expect(emails[0]?.redactAfterSend).toBe(true);

    const events = await auditEventsOf(organization.id);
    const created = events.filter((event) => event.action === "invitation.created");
    expect(created).toHaveLength(1);
    expect(created[0]?.actorUserId).toBe(owner.user.id);
    expect(JSON.stringify(created[0])).not.toContain(token);
  });

  it("refuses to invite someone who is already a member", async () => {
    const { organization, owner } = await organizationWithOwner();
    const analyst = await memberOf(organization, "analyst");
    await expectTrpcError(
      owner.caller.identity.inviteMember({
        email: analyst.user.email.toUpperCase(),
        role: "viewer",
      }),
      "CONFLICT",
    );
  });

  it("replaces an earlier open invitation to the same address", async () => {
    const { organization, owner } = await organizationWithOwner();
    const email = uniqueEmail("again");
    const first = await owner.caller.identity.inviteMember({ email, role: "viewer" });
    const second = await owner.caller.identity.inviteMember({ email, role: "analyst" });
    const open = await owner.caller.identity.listInvitations();
    expect(open.map((invitation) => invitation.id)).toEqual([second.invitation.id]);
    const firstRow = await testDb().memberInvitation.findUniqueOrThrow({
      where: { id: first.invitation.id },
    });
    expect(firstRow.status).toBe("revoked");
    const created = (await auditEventsOf(organization.id)).filter(
      (event) => event.action === "invitation.created",
    );
    expect(created).toHaveLength(2);
    expect(created[1]?.after).toMatchObject({ replacedInvitationIds: [first.invitation.id] });
  });
});

describe("[INVITATION] accepting", () => {
  it("makes the invitee a member with the invited role and activates the organisation", async () => {
    const { organization, token, invitee, inviteeCaller, inviteeSessionId } =
      await inviteSomeone("analyst");
    const preview = await (await callerFor(null)).identity.getInvitation({ token });
    expect(preview).toMatchObject({
      organizationName: "Invite Test Co",
      state: "pending",
      role: "analyst",
    });

    const accepted = await inviteeCaller.identity.acceptInvitation({ token });
    expect(accepted).toMatchObject({ organizationId: organization.id, role: "analyst" });
    const me = await (await callerFor(inviteeSessionId)).identity.getMe();
    expect(me.activeOrganization).toMatchObject({ id: organization.id, role: "analyst" });

    const events = await auditEventsOf(organization.id);
    const acceptance = events.find((event) => event.action === "invitation.accepted");
    expect(acceptance).toMatchObject({
      actorUserId: invitee.id,
      after: { userId: invitee.id, role: "analyst" },
    });
    expect((await (await callerFor(null)).identity.getInvitation({ token })).state).toBe(
      "accepted",
    );
  });

  it("cannot be used twice", async () => {
    const { token, inviteeCaller } = await inviteSomeone();
    await inviteeCaller.identity.acceptInvitation({ token });
    await expectTrpcError(inviteeCaller.identity.acceptInvitation({ token }), "CONFLICT");
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { organization, token, invitee, inviteeCaller } = await inviteSomeone();
    const results = await Promise.allSettled([
      inviteeCaller.identity.acceptInvitation({ token }),
      inviteeCaller.identity.acceptInvitation({ token }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      await testDb().membership.count({
        where: { organizationId: organization.id, userId: invitee.id },
      }),
    ).toBe(1);
  });

  it("refuses an expired invitation with its own message", async () => {
    const { result, token, inviteeCaller } = await inviteSomeone();
    await testDb().memberInvitation.update({
      where: { id: result.invitation.id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    const error = await expectTrpcError(
      inviteeCaller.identity.acceptInvitation({ token }),
      "BAD_REQUEST",
    );
    expect(error.cause?.message).toContain("EXPIRED");
    expect((await (await callerFor(null)).identity.getInvitation({ token })).state).toBe("expired");
  });

  it("refuses a revoked invitation, and revoking is audited", async () => {
    const { organization, owner, result, token, inviteeCaller } = await inviteSomeone();
    await owner.caller.identity.revokeInvitation({ id: result.invitation.id });
    await expectTrpcError(
      inviteeCaller.identity.acceptInvitation({ token }),
      "PRECONDITION_FAILED",
    );
    await expectTrpcError(
      owner.caller.identity.revokeInvitation({ id: result.invitation.id }),
      "PRECONDITION_FAILED",
    );
    expect((await auditEventsOf(organization.id)).map((event) => event.action)).toContain(
      "invitation.revoked",
    );
  });

  it("works only for the invited email address", async () => {
    const { token } = await inviteSomeone();
    const other = await createUser(testDb());
    const otherCaller = await callerFor(
      await createSession(testDb(), { userId: other.id, activeOrganizationId: null }),
    );
    const error = await expectTrpcError(
      otherCaller.identity.acceptInvitation({ token }),
      "FORBIDDEN",
    );
    expect(error.cause?.message).toContain("wrongAccount");
  });

  it("answers NOT_FOUND for unknown and malformed tokens, and needs a signed-in user", async () => {
    const { token } = await inviteSomeone();
    const anonymous = await callerFor(null);
    for (const bad of ["x".repeat(43), "short", `${token.slice(0, 42)}!`]) {
      await expectTrpcError(anonymous.identity.getInvitation({ token: bad }), "NOT_FOUND");
    }
    await expectTrpcError(anonymous.identity.acceptInvitation({ token }), "UNAUTHORIZED");
  });
});
