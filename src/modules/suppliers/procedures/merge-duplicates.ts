import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZSupplierSchema } from "../dto";
import { mergeDuplicates } from "../duplicates/merge-duplicates";
import { ZMergeDuplicatesRequestSchema } from "./find-duplicate-candidates.schema";

export const mergeDuplicatesProcedure = permittedProcedure("supplier:write")
  .input(ZMergeDuplicatesRequestSchema)
  .output(z.object({ survivor: ZSupplierSchema, mergedId: z.uuid() }))
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input }, "merging duplicate suppliers");
    return mergeDuplicates({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      candidateId: input.candidateId,
      survivorId: input.survivorId,
    });
  });
