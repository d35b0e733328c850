import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterInputSchema, ZRecruiterSchema } from "../schemas";
import { updateRecruiter } from "../services/recruiters";

export const ZUpdateRecruiterRequestSchema = z.object({
  id: z.uuid(),
  data: ZRecruiterInputSchema,
});

export const updateRecruiterProcedure = permittedProcedure("recruiter:write")
  .input(ZUpdateRecruiterRequestSchema)
  .output(ZRecruiterSchema)
  .mutation(({ ctx, input }) =>
    updateRecruiter({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      recruiterId: input.id,
      input: input.data,
    }),
  );
