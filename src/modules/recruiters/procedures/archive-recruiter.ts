import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterSchema } from "../schemas";
import { archiveRecruiter } from "../services/recruiters";

export const archiveRecruiterProcedure = permittedProcedure("recruiter:write")
  .input(z.object({ id: z.uuid() }))
  .output(ZRecruiterSchema)
  .mutation(({ ctx, input }) =>
    archiveRecruiter({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      recruiterId: input.id,
    }),
  );
