import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { rejectDuplicate } from "../duplicates/merge-duplicates";
import { ZRejectDuplicateRequestSchema } from "./find-duplicate-candidates.schema";

export const rejectDuplicateProcedure = permittedProcedure("supplier:write")
  .input(ZRejectDuplicateRequestSchema)
  .output(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input }, "rejecting duplicate pair");
    return rejectDuplicate({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      candidateId: input.candidateId,
    });
  });
