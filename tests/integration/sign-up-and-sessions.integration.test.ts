import { describe, expect, it } from "vitest";

import { signInWithPassword } from "@/modules/identity/services/sign-in";

import { createOrganization, createSession, createUser } from "../factories/identity";
import {
  callerFor,
  expectTrpcError,
  organizationWithOwner,
  testDb,
  uniqueEmail,
} from "../support/integration";

describe("[IDENTITY] sign-up", () => {
  it("creates the user with a lower-cased email and an argon2id hash, and audits it", async () => {
    const anonymous = await callerFor(null);
    const email = uniqueEmail("signup");
    const result = await anonymous.identity.signUp({
      name: "  Nadia Rahman ",
      email,
      password: "a long enough passphrase",
    });
    const user = await testDb().user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.name).toBe("Nadia Rahman");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("passphrase");
    const events = await testDb().auditEvent.findMany({ where: { actorUserId: user.id } });
    expect(events.map((event) => event.action)).toEqual(["user.signed_up"]);
    expect(events[0]?.organizationId).toBeNull();
    expect(JSON.stringify(events[0]?.after)).not.toContain("passwordHash");
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const existing = await createUser(testDb());
    const anonymous = await callerFor(null);
    await expectTrpcError(
      anonymous.identity.signUp({
        name: "Someone Else",
        email: existing.email.toUpperCase(),
        password: "another long passphrase",
      }),
      "CONFLICT",
    );
  });

  it("rejects bad input with BAD_REQUEST and field errors, never a 500", async () => {
    const anonymous = await callerFor(null);
    const cases = [
      { name: "A", email: "not-an-email", password: "long enough password" },
      { name: "A", email: uniqueEmail("short"), password: "short" },
      { name: "", email: uniqueEmail("noname"), password: "long enough password" },
      { name: "A", email: uniqueEmail("huge"), password: "x".repeat(500) },
    ];
    for (const input of cases) {
      await expectTrpcError(anonymous.identity.signUp(input), "BAD_REQUEST");
    }
    const email = uniqueEmail("same");
    await expectTrpcError(
      anonymous.identity.signUp({ name: "A", email, password: email.toLowerCase() }),
      "BAD_REQUEST",
    );
  });
});

describe("[IDENTITY] sign-in and sessions", () => {
  it("opens a server-side session for the right password only", async () => {
    const user = await createUser(testDb());
    const wrong = await signInWithPassword({
      db: testDb(),
      email: user.email,
      password: "wrong password entirely",
      userAgent: null,
      requestId: null,
    });
    expect(wrong).toBeNull();
    const unknown = await signInWithPassword({
      db: testDb(),
      email: uniqueEmail("nobody"),
      password: "whatever it is",
      userAgent: null,
      requestId: null,
    });
    expect(unknown).toBeNull();
    const ok = await signInWithPassword({
      db: testDb(),
      email: user.email.toUpperCase(),
      password: user.password,
      userAgent: "vitest",
      requestId: "req-sign-in-test",
    });
    expect(ok?.userId).toBe(user.id);
    const caller = await callerFor(ok?.sessionId ?? null);
    const me = await caller.identity.getMe();
    expect(me.user.email).toBe(user.email);
    expect(me.activeOrganization).toBeNull();
  });

  it("resumes the organisation the user belongs to", async () => {
    const { organization, owner } = await organizationWithOwner();
    const result = await signInWithPassword({
      db: testDb(),
      email: owner.user.email,
      password: owner.user.password,
      userAgent: null,
      requestId: null,
    });
    const caller = await callerFor(result?.sessionId ?? null);
    expect((await caller.identity.getMe()).activeOrganization?.id).toBe(organization.id);
  });

  it("treats revoked, expired and unknown sessions as signed out", async () => {
    const user = await createUser(testDb());
    const revoked = await createSession(testDb(), { userId: user.id, activeOrganizationId: null });
    await testDb().userSession.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
    const expired = await createSession(testDb(), { userId: user.id, activeOrganizationId: null });
    await testDb().userSession.update({
      where: { id: expired },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    for (const sessionId of [revoked, expired, "00000000-0000-7000-8000-000000000000", "junk"]) {
      const caller = await callerFor(sessionId);
      await expectTrpcError(caller.identity.getMe(), "UNAUTHORIZED");
    }
  });

  it("needs an active organisation for organisation procedures", async () => {
    const user = await createUser(testDb());
    const sessionId = await createSession(testDb(), {
      userId: user.id,
      activeOrganizationId: null,
    });
    const caller = await callerFor(sessionId);
    await expectTrpcError(caller.identity.getOrganization(), "PRECONDITION_FAILED");
    const stranger = await createOrganization(testDb());
    const intruder = await createSession(testDb(), {
      userId: user.id,
      activeOrganizationId: stranger.id,
    });
    await expectTrpcError((await callerFor(intruder)).identity.listMembers(), "FORBIDDEN");
  });
});
