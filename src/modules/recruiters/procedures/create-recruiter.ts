import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterInputSchema, ZRecruiterSchema } from "../schemas";
import { createRecruiterInTransaction } from "../services/recruiters";

export const createRecruiterProcedure = permittedProcedure("recruiter:write")
  .input(ZRecruiterInputSchema)
  .output(ZRecruiterSchema)
  .mutation(({ ctx, input }) =>
    createRecruiterInTransaction({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      input,
    }),
  );
