/**
 * Inviting colleagues: create (email through the outbox), list, revoke, preview by token and
 * accept. Acceptance is single-use and only for the invited email address.
 */
import { env, appBaseUrl } from "@/env";
import { getTranslator } from "@/i18n/translator";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { enqueueEmail } from "@/modules/platform/email/outbox";
import { AppError } from "@/modules/platform/errors/app-error";
import {
  assertNotRateLimited,
  RATE_LIMITS,
  recordFailure,
} from "@/modules/platform/rate-limit/rate-limit";
import type { Db } from "@/server/db";
import type { MemberInvitationStatus, MembershipRole } from "@/generated/prisma/enums";

import { canManageRole } from "../permissions";
import type { TInvitation, TInvitationPreview, TInvitationState } from "../schemas";
import {
  createInvitationToken,
  hashInvitationToken,
  INVITATION_TOKEN_PATTERN,
} from "./invitation-token";

/** `expired` is derived: a pending invitation past its expiry. */
const stateOf = (
  status: MemberInvitationStatus,
  expiresAt: Date,
  now = new Date(),
): TInvitationState => (status === "pending" && expiresAt <= now ? "expired" : status);

export const inviteUrlFor = (token: string): string => `${appBaseUrl()}/invite/${token}`;

export const inviteMember = async ({
  db,
  actor,
  organizationId,
  actorRole,
  email,
  role,
}: {
  db: Db;
  actor: AuditActor & { userId: string };
  organizationId: string;
  actorRole: MembershipRole;
  email: string;
  role: MembershipRole;
}): Promise<{ invitation: TInvitation; inviteUrl: string }> => {
  if (!canManageRole(actorRole, role)) {
    throw new AppError("FORBIDDEN", { userMessageKey: "member.cannotManageRole" });
  }
  const normalisedEmail = email.trim().toLowerCase();
  const { token, tokenHash } = createInvitationToken();
  const inviteUrl = inviteUrlFor(token);

  return db.$transaction(async (tx) => {
    const existingMember = await tx.membership.findFirst({
      where: { organizationId, user: { email: normalisedEmail } },
      select: { id: true },
    });
    if (existingMember) throw new AppError("CONFLICT", { userMessageKey: "member.alreadyMember" });

    // Inviting the same address again replaces the earlier link.
    const replaced = await tx.memberInvitation.findMany({
      where: { organizationId, email: normalisedEmail, status: "pending" },
      select: { id: true },
    });
    const replacedInvitationIds = replaced.map((invitation) => invitation.id);
    if (replacedInvitationIds.length > 0) {
      await tx.memberInvitation.updateMany({
        where: { organizationId, id: { in: replacedInvitationIds } },
        data: { status: "revoked", revokedAt: new Date() },
      });
    }

    const [organization, inviter] = await Promise.all([
      tx.organization.findFirstOrThrow({ where: { id: organizationId }, select: { name: true } }),
      tx.user.findFirstOrThrow({ where: { id: actor.userId }, select: { name: true } }),
    ]);
    const expiresAt = new Date(Date.now() + env.INVITATION_TTL_HOURS * 3_600_000);
    const invitation = await tx.memberInvitation.create({
      data: {
        organizationId,
        email: normalisedEmail,
        role,
        tokenHash,
        expiresAt,
        invitedByUserId: actor.userId,
      },
      select: { id: true, email: true, role: true, status: true, expiresAt: true, createdAt: true },
    });

    const t = getTranslator();
    const values = {
      inviter: inviter.name,
      organization: organization.name,
      role: t(`roles.${role}`),
      url: inviteUrl,
      expiresAt: expiresAt.toUTCString(),
    };
    await enqueueEmail(tx, {
      organizationId,
      kind: "member_invitation",
      to: normalisedEmail,
      subject: t("email.memberInvitation.subject", values),
      text: t("email.memberInvitation.text", values),
      redactAfterSend: true,
    });
    await recordAuditEvent(tx, actor, {
      action: "invitation.created",
      entityType: "member_invitation",
      entityId: invitation.id,
      after: {
        email: invitation.email,
        role,
        expiresAt: expiresAt.toISOString(),
        replacedInvitationIds,
      },
    });
    return {
      invitation: {
        ...invitation,
        state: stateOf(invitation.status, invitation.expiresAt),
        invitedByName: inviter.name,
      },
      inviteUrl,
    };
  });
};

export const listInvitations = async ({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<TInvitation[]> => {
  const rows = await db.memberInvitation.findMany({
    where: { organizationId, status: "pending" },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      createdAt: true,
      invitedByUserId: true,
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const inviters = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.invitedByUserId))] } },
    select: { id: true, name: true },
  });
  const inviterNames = new Map(inviters.map((user) => [user.id, user.name]));
  return rows.map(({ invitedByUserId, ...row }) => ({
    ...row,
    state: stateOf(row.status, row.expiresAt),
    invitedByName: inviterNames.get(invitedByUserId) ?? null,
  }));
};

export const revokeInvitation = async ({
  db,
  actor,
  organizationId,
  invitationId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  invitationId: string;
}): Promise<{ id: string }> =>
  db.$transaction(async (tx) => {
    const invitation = await tx.memberInvitation.findFirst({
      where: { id: invitationId, organizationId },
      select: { id: true, status: true, email: true, role: true },
    });
    if (!invitation) throw new AppError("NOT_FOUND", { userMessageKey: "invitation.notFound" });
    if (invitation.status !== "pending") {
      throw new AppError("PRECONDITION_FAILED", { userMessageKey: "invitation.notPending" });
    }
    await tx.memberInvitation.update({
      where: { id: invitation.id },
      data: { status: "revoked", revokedAt: new Date() },
    });
    await recordAuditEvent(tx, actor, {
      action: "invitation.revoked",
      entityType: "member_invitation",
      entityId: invitation.id,
      before: { email: invitation.email, role: invitation.role, status: "pending" },
      after: { email: invitation.email, role: invitation.role, status: "revoked" },
    });
    return { id: invitation.id };
  });

/**
 * Looks an invitation up by its token. Misses are counted per client address (and overall) and
 * refused past the limit, so that nobody can try tokens at scale.
 */
const findByToken = async (db: Db, token: string, clientIp: string) => {
  const limits = [
    { rule: RATE_LIMITS.invitationMissesPerIp, subject: clientIp },
    { rule: RATE_LIMITS.invitationMissesEverywhere, subject: "all" },
  ];
  await assertNotRateLimited(db, limits);
  const invitation = INVITATION_TOKEN_PATTERN.test(token)
    ? await findByTokenHash(db, hashInvitationToken(token))
    : null;
  if (!invitation) {
    await Promise.all(limits.map(({ rule, subject }) => recordFailure(db, rule, subject)));
  }
  return invitation;
};

const findByTokenHash = (db: Db, tokenHash: string) =>
  db.memberInvitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      organizationId: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      invitedByUserId: true,
      organization: { select: { name: true } },
    },
  });

/** What the invitation page shows before the invitee signs in or accepts. */
export const previewInvitation = async ({
  db,
  token,
  clientIp,
}: {
  db: Db;
  token: string;
  clientIp: string;
}): Promise<TInvitationPreview> => {
  const invitation = await findByToken(db, token, clientIp);
  if (!invitation) throw new AppError("NOT_FOUND", { userMessageKey: "invitation.notFound" });
  const inviter = await db.user.findFirst({
    where: { id: invitation.invitedByUserId },
    select: { name: true },
  });
  return {
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    state: stateOf(invitation.status, invitation.expiresAt),
    expiresAt: invitation.expiresAt,
    invitedByName: inviter?.name ?? null,
  };
};

export const acceptInvitation = async ({
  db,
  token,
  userId,
  userEmail,
  sessionId,
  requestId,
  clientIp,
}: {
  db: Db;
  token: string;
  userId: string;
  userEmail: string;
  sessionId: string;
  requestId: string;
  clientIp: string;
}): Promise<{ organizationId: string; organizationName: string; role: MembershipRole }> => {
  const invitation = await findByToken(db, token, clientIp);
  if (!invitation) throw new AppError("NOT_FOUND", { userMessageKey: "invitation.notFound" });
  const state = stateOf(invitation.status, invitation.expiresAt);
  if (state === "accepted")
    throw new AppError("ALREADY_USED", { userMessageKey: "invitation.alreadyUsed" });
  if (state === "revoked")
    throw new AppError("PRECONDITION_FAILED", { userMessageKey: "invitation.revoked" });
  if (state === "expired") throw new AppError("EXPIRED", { userMessageKey: "invitation.expired" });
  if (invitation.email !== userEmail.toLowerCase()) {
    throw new AppError("FORBIDDEN", {
      userMessageKey: "invitation.wrongAccount",
      userMessageValues: { email: invitation.email },
    });
  }

  return db.$transaction(async (tx) => {
    // The status is part of the `where`: of two concurrent acceptances only one can match.
    const claimed = await tx.memberInvitation.updateMany({
      where: { id: invitation.id, status: "pending", expiresAt: { gt: new Date() } },
      data: { status: "accepted", acceptedAt: new Date(), acceptedByUserId: userId },
    });
    if (claimed.count !== 1) {
      throw new AppError("ALREADY_USED", { userMessageKey: "invitation.alreadyUsed" });
    }
    const organizationId = invitation.organizationId;
    const existing = await tx.membership.findFirst({
      where: { organizationId, userId },
      select: { role: true },
    });
    const membership =
      existing ??
      (await tx.membership.create({
        data: { organizationId, userId, role: invitation.role },
        select: { role: true },
      }));
    await tx.userSession.update({
      where: { id: sessionId },
      data: { activeOrganizationId: organizationId },
    });
    await recordAuditEvent(
      tx,
      { userId, organizationId, requestId },
      {
        action: "invitation.accepted",
        entityType: "member_invitation",
        entityId: invitation.id,
        after: { userId, role: membership.role },
      },
    );
    return {
      organizationId,
      organizationName: invitation.organization.name,
      role: membership.role,
    };
  });
};
