/**
 * Reading the audit log of one organisation, newest first, with filters and keyset pagination
 * (stable under concurrent inserts, fast at any depth thanks to the
 * (organization_id, created_at DESC) index).
 */
import { z } from "zod";

import type { Db } from "@/server/db";
import { Prisma } from "@/server/db";

import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "./audit-actions";

export const ZAuditEventFilterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
  actorUserId: z.uuid().optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});

export const ZListAuditEventsRequestSchema = ZAuditEventFilterSchema.extend({
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type TListAuditEventsRequest = z.input<typeof ZListAuditEventsRequestSchema>;

// before/after are free-form JSON written by services; validated as JSON on the way out.
const ZAuditJsonSchema = z.json().nullable();

export const ZAuditEventSchema = z.object({
  id: z.uuid(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  before: ZAuditJsonSchema,
  after: ZAuditJsonSchema,
  requestId: z.string().nullable(),
  createdAt: z.date(),
});
export type TAuditEvent = z.infer<typeof ZAuditEventSchema>;

export const ZListAuditEventsResponseSchema = z.object({
  items: z.array(ZAuditEventSchema),
  nextCursor: z.uuid().nullable(),
});

export const listAuditEvents = async ({
  db,
  organizationId,
  filter,
}: {
  db: Db;
  organizationId: string;
  filter: z.output<typeof ZListAuditEventsRequestSchema>;
}): Promise<z.infer<typeof ZListAuditEventsResponseSchema>> => {
  const rows = await db.auditEvent.findMany({
    where: {
      organizationId,
      action: filter.action ?? Prisma.skip,
      entityType: filter.entityType ?? Prisma.skip,
      actorUserId: filter.actorUserId ?? Prisma.skip,
      createdAt:
        filter.from || filter.to
          ? { gte: filter.from ?? Prisma.skip, lt: filter.to ?? Prisma.skip }
          : Prisma.skip,
    },
    // uuid v7 ids are time-ordered, so (createdAt, id) gives a total order for the cursor.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    cursor: filter.cursor ? { id: filter.cursor } : Prisma.skip,
    skip: filter.cursor ? 1 : 0,
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  const actorIds = [...new Set(page.flatMap((row) => (row.actorUserId ? [row.actorUserId] : [])))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true },
  });
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  return {
    items: page.map((row) => ({
      id: row.id,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: row.actorUserId
        ? (actorById.get(row.actorUserId) ?? { id: row.actorUserId, name: "—" })
        : null,
      before: ZAuditJsonSchema.parse(row.before),
      after: ZAuditJsonSchema.parse(row.after),
      requestId: row.requestId,
      createdAt: row.createdAt,
    })),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
  };
};
