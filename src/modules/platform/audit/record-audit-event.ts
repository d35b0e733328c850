/**
 * The one way to write to the audit log. It takes a transaction client on purpose: the event is
 * written in the same transaction as the change it describes, so both commit or neither does.
 * The table itself is append-only (a trigger rejects UPDATE and DELETE).
 */
import { Prisma, type Tx } from "@/server/db";

import type { AuditAction, AuditEntityType } from "./audit-actions";

/** Who is acting and on whose behalf; built once per request by the procedure ladder. */
export type AuditActor = {
  userId: string | null;
  organizationId: string | null;
  requestId: string | null;
};

export type AuditChange = {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  /** The entity as it was (a DTO, never a row with secrets such as hashes). */
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** Overrides the actor's organisation, e.g. for the organisation just created. */
  organizationId?: string | null;
};

export const recordAuditEvent = async (
  tx: Tx,
  actor: AuditActor,
  change: AuditChange,
): Promise<void> => {
  await tx.auditEvent.create({
    data: {
      organizationId:
        change.organizationId === undefined ? actor.organizationId : change.organizationId,
      actorUserId: actor.userId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      // strictUndefinedChecks: an absent value must be skipped explicitly, not passed as undefined.
      before: change.before ?? Prisma.skip,
      after: change.after ?? Prisma.skip,
      requestId: actor.requestId,
    },
  });
};
