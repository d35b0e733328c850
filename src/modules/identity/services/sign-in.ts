/**
 * Credential check used by next-auth's credentials provider. On success it opens a server-side
 * session (see sessions.ts) and records the sign-in in the audit log.
 */
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
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
}: {
  db: Db;
  email: string;
  password: string;
  userAgent: string | null;
  requestId: string | null;
}): Promise<SignInResult | null> => {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;

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
