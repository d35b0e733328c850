/**
 * Members of an organisation: list, change role, remove. Every query names the organisation in
 * its `where`; a membership id from another organisation is NOT_FOUND.
 */
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, Tx } from "@/server/db";
import type { MembershipRole } from "@/generated/prisma/enums";

import { canManageRole } from "../permissions";
import type { TMember } from "../schemas";

export const listMembers = async ({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<TMember[]> => {
  const rows = await db.membership.findMany({
    where: { organizationId },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
    orderBy: [{ createdAt: "asc" }],
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    joinedAt: row.createdAt,
  }));
};

const findMembershipInOrg = async (tx: Tx, organizationId: string, membershipId: string) => {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organizationId },
    select: { id: true, userId: true, role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND", { userMessageKey: "member.notFound" });
  return membership;
};

/** An organisation always keeps at least one owner. */
const assertAnotherOwnerRemains = async (tx: Tx, organizationId: string, membershipId: string) => {
  const otherOwners = await tx.membership.count({
    where: { organizationId, role: "owner", id: { not: membershipId } },
  });
  if (otherOwners === 0) {
    throw new AppError("PRECONDITION_FAILED", { userMessageKey: "member.lastOwner" });
  }
};

export const updateMemberRole = async ({
  db,
  actor,
  organizationId,
  actorRole,
  membershipId,
  role,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  actorRole: MembershipRole;
  membershipId: string;
  role: MembershipRole;
}): Promise<TMember> =>
  db.$transaction(async (tx) => {
    const membership = await findMembershipInOrg(tx, organizationId, membershipId);
    if (!canManageRole(actorRole, membership.role) || !canManageRole(actorRole, role)) {
      throw new AppError("FORBIDDEN", { userMessageKey: "member.cannotManageRole" });
    }
    if (membership.role === "owner" && role !== "owner") {
      await assertAnotherOwnerRemains(tx, organizationId, membershipId);
    }
    const updated = await tx.membership.update({
      where: { id: membership.id },
      data: { role },
      select: {
        id: true,
        role: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "membership.role_changed",
      entityType: "membership",
      entityId: membership.id,
      before: { userId: membership.userId, role: membership.role },
      after: { userId: membership.userId, role },
    });
    return {
      membershipId: updated.id,
      userId: updated.user.id,
      name: updated.user.name,
      email: updated.user.email,
      role: updated.role,
      joinedAt: updated.createdAt,
    };
  });

/**
 * Removes a member. Their sessions keep existing but lose this organisation at once, because the
 * procedure ladder reads the membership on every request. Members may also remove themselves
 * (leave), unless they are the last owner.
 */
export const removeMember = async ({
  db,
  actor,
  organizationId,
  actorRole,
  actorUserId,
  membershipId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  actorRole: MembershipRole;
  actorUserId: string;
  membershipId: string;
}): Promise<{ membershipId: string }> =>
  db.$transaction(async (tx) => {
    const membership = await findMembershipInOrg(tx, organizationId, membershipId);
    const isSelf = membership.userId === actorUserId;
    if (!isSelf && !canManageRole(actorRole, membership.role)) {
      throw new AppError("FORBIDDEN", { userMessageKey: "member.cannotManageRole" });
    }
    if (membership.role === "owner")
      await assertAnotherOwnerRemains(tx, organizationId, membershipId);
    await tx.membership.delete({ where: { id: membership.id } });
    // Sessions that had this organisation active fall back to "no organisation selected".
    await tx.userSession.updateMany({
      where: { userId: membership.userId, activeOrganizationId: organizationId },
      data: { activeOrganizationId: null },
    });
    await recordAuditEvent(tx, actor, {
      action: "membership.removed",
      entityType: "membership",
      entityId: membership.id,
      before: { userId: membership.userId, role: membership.role },
    });
    return { membershipId: membership.id };
  });
