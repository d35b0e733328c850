/**
 * Credential check used by next-auth's credentials provider. On success it opens a server-side
 * session (see sessions.ts) and records the sign-in in the audit log. Failed attempts are
 * counted per email address and per client address; past the limit it throws RATE_LIMITED,
 * even for the right password, so guessing stays slow.
 */
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import {
  assertNotRateLimited,
  RATE_LIMITS,
  recordFailure,
} from "@/modules/platform/rate-limit/rate-limit";
import type { Db } from "@/server/db";

import { burnPasswordCheck, verifyPassword } from "./password";
import { createUserSession } from "./sessions";

export type SignInResult = { userId: string; email: string; name: string; sessionId: string };

export const signInWithPassword = async ({
  db,
  email,
  password,
  userAgent,
  requestId,
  clientIp = "unknown",
}: {
  db: Db;
  email: string;
  password: string;
  userAgent: string | null;
  requestId: string | null;
  clientIp?: string;
}): Promise<SignInResult | null> => {
  const normalisedEmail = email.trim().toLowerCase();
  const limits = [
    { rule: RATE_LIMITS.signInFailuresPerEmail, subject: normalisedEmail },
    { rule: RATE_LIMITS.signInFailuresPerIp, subject: clientIp },
  ];
  await assertNotRateLimited(db, limits);
  const user = await db.user.findUnique({
    where: { email: normalisedEmail },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const isValid = user
    ? await verifyPassword(user.passwordHash, password)
    : await burnPasswordCheck(password).then(() => false);
  if (!user || !isValid) {
    await Promise.all(limits.map(({ rule, subject }) => recordFailure(db, rule, subject)));
    return null;
  }

  // Resume in the organisation the user last worked in, if they still belong to it.
  const lastSession = await db.userSession.findFirst({
    where: {
      userId: user.id,
      activeOrganization: { memberships: { some: { userId: user.id } } },
    },
    orderBy: { createdAt: "desc" },
    select: { activeOrganizationId: true },
  });
  const firstMembership = lastSession
    ? null
    : await db.membership.findFirst({
        where: { userId: user.id },
        orderBy: { createdAt: "asc" },
        select: { organizationId: true },
      });
  const activeOrganizationId =
    lastSession?.activeOrganizationId ?? firstMembership?.organizationId ?? null;

  const session = await db.$transaction(async (tx) => {
    const created = await createUserSession({
      db: tx,
      userId: user.id,
      userAgent,
      activeOrganizationId,
    });
    await recordAuditEvent(
      tx,
      { userId: user.id, organizationId: null, requestId },
      { action: "user.signed_in", entityType: "session", entityId: created.id },
    );
    return created;
  });
  return { userId: user.id, email: user.email, name: user.name, sessionId: session.id };
};
