import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { signInWithPassword } from "@/modules/identity/services/sign-in";
import { RATE_LIMITS } from "@/modules/platform/rate-limit/rate-limit";

import { createUser } from "../factories/identity";
import {
  callerFor,
  expectTrpcError,
  organizationWithOwner,
  testDb,
  uniqueEmail,
} from "../support/integration";

const attempt = (email: string, password: string, clientIp: string) =>
  signInWithPassword({ db: testDb(), email, password, userAgent: null, requestId: null, clientIp });

describe("[SECURITY] rate limits", () => {
  it("stops password guessing for an account, even with the right password", async () => {
    const user = await createUser(testDb());
    const { limit } = RATE_LIMITS.signInFailuresPerEmail;
    for (let index = 0; index < limit; index += 1) {
      // Each guess from a different address: the per-account limit must hold on its own.
      expect(await attempt(user.email, `wrong guess ${index}`, `198.51.100.${index}`)).toBeNull();
    }
    await expect(attempt(user.email, user.password, "203.0.113.9")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    // Another account is not affected.
    const other = await createUser(testDb());
    expect(await attempt(other.email, other.password, "203.0.113.9")).not.toBeNull();
  });

  it("stops one address from guessing many accounts", async () => {
    const clientIp = `192.0.2.${Math.floor(Math.random() * 200)}-${randomUUID().slice(0, 4)}`;
    const { limit } = RATE_LIMITS.signInFailuresPerIp;
    for (let index = 0; index < limit; index += 1) {
      await attempt(uniqueEmail("spray"), "password spraying", clientIp);
    }
    const user = await createUser(testDb());
    await expect(attempt(user.email, user.password, clientIp)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("stops invitation-token guessing from one address, and answers 429", async () => {
    const { owner } = await organizationWithOwner();
    const { inviteUrl } = await owner.caller.identity.inviteMember({
      email: uniqueEmail("limited"),
      role: "viewer",
    });
    const token = inviteUrl.split("/").at(-1) ?? "";
    const guesser = await callerFor(null, `guesser-${randomUUID()}`);
    for (let index = 0; index < RATE_LIMITS.invitationMissesPerIp.limit; index += 1) {
      await expectTrpcError(
        guesser.identity.getInvitation({ token: randomUUID().replaceAll("-", "").padEnd(43, "x") }),
        "NOT_FOUND",
      );
    }
    // Now even a real token is refused from that address…
    await expectTrpcError(guesser.identity.getInvitation({ token }), "TOO_MANY_REQUESTS");
    // …while everyone else is served.
    const invitee = await callerFor(null, `invitee-${randomUUID()}`);
    expect((await invitee.identity.getInvitation({ token })).state).toBe("pending");
  });
});
