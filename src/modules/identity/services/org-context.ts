/**
 * The caller's standing in the session's active organisation, read from the database on every
 * request (so a removed member loses access at once). Used by the tRPC ladder and by route
 * handlers (downloads).
 */
import type { MembershipRole } from "@/generated/prisma/enums";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db } from "@/server/db";

import type { ResolvedSession } from "./sessions";

export type OrgContext = { organizationId: string; role: MembershipRole; membershipId: string };

export const resolveOrgContext = async ({
  db,
  session,
}: {
  db: Db;
  session: ResolvedSession;
}): Promise<OrgContext> => {
  const organizationId = session.activeOrganizationId;
  if (!organizationId) {
    throw new AppError("PRECONDITION_FAILED", { userMessageKey: "organization.noneSelected" });
  }
  const membership = await db.membership.findFirst({
    where: { organizationId, userId: session.userId },
    select: { id: true, role: true },
  });
  if (!membership) {
    throw new AppError("FORBIDDEN", { userMessageKey: "organization.noLongerMember" });
  }
  return { organizationId, role: membership.role, membershipId: membership.id };
};
