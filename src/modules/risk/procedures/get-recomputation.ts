import { permittedProcedure } from "@/server/trpc";

import { ZGetRecomputationRequestSchema, ZRecomputationSchema } from "../schemas";
import { getRecomputation } from "../services/recomputations";

/** A recomputation by id, or the organisation's current one (null when none has run). */
export const getRecomputationProcedure = permittedProcedure("risk:read")
  .input(ZGetRecomputationRequestSchema)
  .output(ZRecomputationSchema.nullable())
  .query(({ ctx, input }) =>
    getRecomputation({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      ...(input.id === undefined ? {} : { id: input.id }),
    }),
  );
