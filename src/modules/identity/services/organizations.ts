/**
 * Organisations (tenants): creation, profile settings, listing the caller's, switching the
 * active one.
 */
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, Prisma } from "@/server/db";

import type { TMyOrganization, TOrganizationProfile, TOrganizationProfileInput } from "../schemas";

export const organizationProfileSelect = {
  id: true,
  name: true,
  country: true,
  turnoverAmount: true,
  turnoverCurrency: true,
  employeeCount: true,
  financialYearEndMonth: true,
  financialYearEndDay: true,
  jurisdictions: true,
  isDemo: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.OrganizationSelect;

type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationProfileSelect }>;

// Decimal travels as a string so that no precision is lost on the way to the browser.
const toProfile = (row: OrganizationRow): TOrganizationProfile => ({
  ...row,
  turnoverAmount: row.turnoverAmount?.toFixed(2) ?? null,
});

/** The audit log's view of a profile: the same fields without timestamps. */
const auditView = (profile: TOrganizationProfile) => ({
  name: profile.name,
  country: profile.country,
  turnoverAmount: profile.turnoverAmount,
  turnoverCurrency: profile.turnoverCurrency,
  employeeCount: profile.employeeCount,
  financialYearEndMonth: profile.financialYearEndMonth,
  financialYearEndDay: profile.financialYearEndDay,
  jurisdictions: profile.jurisdictions,
});

/** Creates an organisation with the caller as its owner and makes it the session's active one. */
export const createOrganization = async ({
  db,
  userId,
  sessionId,
  requestId,
  profile,
}: {
  db: Db;
  userId: string;
  sessionId: string;
  requestId: string;
  profile: TOrganizationProfileInput;
}): Promise<TOrganizationProfile> =>
  db.$transaction(async (tx) => {
    const row = await tx.organization.create({
      data: { ...profile, memberships: { create: { userId, role: "owner" } } },
      select: organizationProfileSelect,
    });
    await tx.userSession.update({
      where: { id: sessionId },
      data: { activeOrganizationId: row.id },
    });
    const created = toProfile(row);
    await recordAuditEvent(
      tx,
      { userId, organizationId: created.id, requestId },
      {
        action: "organization.created",
        entityType: "organization",
        entityId: created.id,
        after: auditView(created),
      },
    );
    return created;
  });

export const getOrganizationProfile = async ({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<TOrganizationProfile> => {
  const row = await db.organization.findFirst({
    where: { id: organizationId },
    select: organizationProfileSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", { userMessageKey: "organization.notFound" });
  return toProfile(row);
};

export const updateOrganizationProfile = async ({
  db,
  actor,
  organizationId,
  profile,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  profile: TOrganizationProfileInput;
}): Promise<TOrganizationProfile> =>
  db.$transaction(async (tx) => {
    const beforeRow = await tx.organization.findFirst({
      where: { id: organizationId },
      select: organizationProfileSelect,
    });
    if (!beforeRow) throw new AppError("NOT_FOUND", { userMessageKey: "organization.notFound" });
    const row = await tx.organization.update({
      where: { id: organizationId },
      data: profile,
      select: organizationProfileSelect,
    });
    const updated = toProfile(row);
    await recordAuditEvent(tx, actor, {
      action: "organization.updated",
      entityType: "organization",
      entityId: organizationId,
      before: auditView(toProfile(beforeRow)),
      after: auditView(updated),
    });
    return updated;
  });

export const listMyOrganizations = async ({
  db,
  userId,
  activeOrganizationId,
}: {
  db: Db;
  userId: string;
  activeOrganizationId: string | null;
}): Promise<TMyOrganization[]> => {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return memberships.map(({ role, organization }) => ({
    id: organization.id,
    name: organization.name,
    role,
    isActive: organization.id === activeOrganizationId,
  }));
};

/**
 * Makes another organisation the session's active one. The membership is part of the `where`:
 * an organisation the user does not belong to is NOT_FOUND, exactly like one that does not exist.
 */
export const switchActiveOrganization = async ({
  db,
  userId,
  sessionId,
  requestId,
  organizationId,
}: {
  db: Db;
  userId: string;
  sessionId: string;
  requestId: string;
  organizationId: string;
}): Promise<{ organizationId: string }> =>
  db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { organizationId, userId },
      select: { id: true },
    });
    if (!membership) throw new AppError("NOT_FOUND", { userMessageKey: "organization.notFound" });
    await tx.userSession.update({
      where: { id: sessionId },
      data: { activeOrganizationId: organizationId },
    });
    await recordAuditEvent(
      tx,
      { userId, organizationId, requestId },
      { action: "organization.switched_to", entityType: "session", entityId: sessionId },
    );
    return { organizationId };
  });
