import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { removeLicence } from "../services/licences";

export const removeLicenceProcedure = permittedProcedure("recruiter:write")
  .input(z.object({ id: z.uuid() }))
  .output(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) =>
    removeLicence({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      licenceId: input.id,
    }),
  );
