import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { unlinkSite } from "../services/site-links";

export const unlinkSiteProcedure = permittedProcedure("recruiter:write")
  .input(z.object({ id: z.uuid() }))
  .output(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) =>
    unlinkSite({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      linkId: input.id,
    }),
  );
