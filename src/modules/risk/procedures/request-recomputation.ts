import { permittedProcedure } from "@/server/trpc";

import { ZRecomputationSchema } from "../schemas";
import { requestRiskRecomputation } from "../services/request-recomputation";

/**
 * Recomputes the whole organisation in the background; answers at once with the run (queued or
 * running), whose progress `getRecomputation` reports.
 */
export const requestRecomputationProcedure = permittedProcedure("risk:configure")
  .output(ZRecomputationSchema)
  .mutation(({ ctx }) => {
    ctx.logger.info("requesting risk recomputation");
    return requestRiskRecomputation({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      reason: "manual",
      userId: ctx.actor.userId,
      requestId: ctx.actor.requestId,
    });
  });
