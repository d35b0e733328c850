import {
  listAuditEvents,
  ZListAuditEventsRequestSchema,
  ZListAuditEventsResponseSchema,
} from "@/modules/platform/audit/list-audit-events";
import { permittedProcedure } from "@/server/trpc";

export const listAuditEventsProcedure = permittedProcedure("audit:read")
  .input(ZListAuditEventsRequestSchema)
  .output(ZListAuditEventsResponseSchema)
  .query(({ ctx, input }) =>
    listAuditEvents({ db: ctx.db, organizationId: ctx.org.organizationId, filter: input }),
  );
