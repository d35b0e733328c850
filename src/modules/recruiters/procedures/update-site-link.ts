import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterSiteLinkSchema, ZSiteLinkDetailsInputSchema } from "../schemas";
import { updateSiteLink } from "../services/site-links";

export const ZUpdateSiteLinkRequestSchema = z.object({
  id: z.uuid(),
  data: ZSiteLinkDetailsInputSchema,
});

export const updateSiteLinkProcedure = permittedProcedure("recruiter:write")
  .input(ZUpdateSiteLinkRequestSchema)
  .output(ZRecruiterSiteLinkSchema)
  .mutation(({ ctx, input }) =>
    updateSiteLink({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      linkId: input.id,
      details: input.data,
    }),
  );
