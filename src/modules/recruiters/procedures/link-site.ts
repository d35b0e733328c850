import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterSiteLinkSchema, ZSiteLinkDetailsInputSchema } from "../schemas";
import { linkSite } from "../services/site-links";

export const ZLinkSiteRequestSchema = z.object({
  recruiterId: z.uuid(),
  data: ZSiteLinkDetailsInputSchema.extend({ siteId: z.uuid({ error: "validation.required" }) }),
});

export const linkSiteProcedure = permittedProcedure("recruiter:write")
  .input(ZLinkSiteRequestSchema)
  .output(ZRecruiterSiteLinkSchema)
  .mutation(({ ctx, input }) => {
    const { siteId, ...details } = input.data;
    return linkSite({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      recruiterId: input.recruiterId,
      siteId,
      details,
    });
  });
