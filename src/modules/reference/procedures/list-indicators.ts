import { permittedProcedure } from "@/server/trpc";

import { ZListIndicatorsRequestSchema, ZListIndicatorsResponseSchema } from "../schemas";
import { listIndicators } from "../services/indicators";

/** The indicator catalogue with the organisation's gradings, filtered. */
export const listIndicatorsProcedure = permittedProcedure("risk:read")
  .input(ZListIndicatorsRequestSchema)
  .output(ZListIndicatorsResponseSchema)
  .query(({ ctx, input }) =>
    listIndicators({ db: ctx.db, organizationId: ctx.org.organizationId, filters: input }),
  );
