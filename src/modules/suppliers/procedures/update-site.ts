import { permittedProcedure } from "@/server/trpc";

import { ZSiteSchema } from "../dto";
import { updateSite } from "../services/sites";
import { ZUpdateSiteRequestSchema } from "./create-site.schema";

export const updateSiteProcedure = permittedProcedure("supplier:write")
  .input(ZUpdateSiteRequestSchema)
  .output(ZSiteSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "updating site");
    return updateSite({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      siteId: input.id,
      input: input.data,
    });
  });
