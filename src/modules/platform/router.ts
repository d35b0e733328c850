import { createTrpcRouter } from "@/server/trpc";

import { listAuditEventsProcedure } from "./procedures/list-audit-events";

export const platformRouter = createTrpcRouter({
  listAuditEvents: listAuditEventsProcedure,
});
