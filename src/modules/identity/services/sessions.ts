/**
 * Server-side sessions. next-auth 4 issues a JWT for credential sign-in; the JWT only carries the
 * id of a `UserSession` row, and every request resolves that row. Revoking the row (sign-out) or
 * removing a membership therefore takes effect on the very next request.
 */
import { env } from "@/env";
import type { Db, DbOrTx } from "@/server/db";

export type SessionUser = { id: string; email: string; name: string };

export type ResolvedSession = {
  id: string;
  userId: string;
  activeOrganizationId: string | null;
  user: SessionUser;
};

export const createUserSession = async ({
  db,
  userId,
  userAgent,
  activeOrganizationId,
}: {
  db: DbOrTx;
  userId: string;
  userAgent: string | null;
  activeOrganizationId: string | null;
}): Promise<{ id: string; expiresAt: Date }> =>
  db.userSession.create({
    data: {
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      activeOrganizationId,
      expiresAt: new Date(Date.now() + env.SESSION_TTL_HOURS * 3_600_000),
    },
    select: { id: true, expiresAt: true },
  });

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns the live session with this id, or null if unknown, revoked or expired. */
export const resolveSession = async ({
  db,
  sessionId,
}: {
  db: Db;
  sessionId: string;
}): Promise<ResolvedSession | null> => {
  if (!UUID_PATTERN.test(sessionId)) return null;
  const row = await db.userSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: {
      id: true,
      userId: true,
      activeOrganizationId: true,
      user: { select: { id: true, email: true, name: true } },
    },
  });
  return row;
};

export const revokeUserSession = async ({
  db,
  sessionId,
}: {
  db: DbOrTx;
  sessionId: string;
}): Promise<void> => {
  if (!UUID_PATTERN.test(sessionId)) return;
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
};
