import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterLicenceInputSchema, ZRecruiterLicenceSchema } from "../schemas";
import { updateLicence } from "../services/licences";

export const ZUpdateLicenceRequestSchema = z.object({
  id: z.uuid(),
  data: ZRecruiterLicenceInputSchema,
});

export const updateLicenceProcedure = permittedProcedure("recruiter:write")
  .input(ZUpdateLicenceRequestSchema)
  .output(ZRecruiterLicenceSchema)
  .mutation(({ ctx, input }) =>
    updateLicence({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      licenceId: input.id,
      input: input.data,
    }),
  );
