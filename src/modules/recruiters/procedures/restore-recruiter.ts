import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterSchema } from "../schemas";
import { restoreRecruiter } from "../services/recruiters";

export const restoreRecruiterProcedure = permittedProcedure("recruiter:write")
  .input(z.object({ id: z.uuid() }))
  .output(ZRecruiterSchema)
  .mutation(({ ctx, input }) =>
    restoreRecruiter({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      recruiterId: input.id,
    }),
  );
