import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterLicenceInputSchema, ZRecruiterLicenceSchema } from "../schemas";
import { addLicence } from "../services/licences";

export const ZAddLicenceRequestSchema = z.object({
  recruiterId: z.uuid(),
  data: ZRecruiterLicenceInputSchema,
});

export const addLicenceProcedure = permittedProcedure("recruiter:write")
  .input(ZAddLicenceRequestSchema)
  .output(ZRecruiterLicenceSchema)
  .mutation(({ ctx, input }) =>
    addLicence({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      recruiterId: input.recruiterId,
      input: input.data,
    }),
  );
