import { permittedProcedure } from "@/server/trpc";

import { ZSiteSchema } from "../dto";
import { createSite } from "../services/sites";
import { ZCreateSiteRequestSchema } from "./create-site.schema";

export const createSiteProcedure = permittedProcedure("supplier:write")
  .input(ZCreateSiteRequestSchema)
  .output(ZSiteSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { supplierId: input.supplierId } }, "creating site");
    return createSite({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      supplierId: input.supplierId,
      input: input.data,
    });
  });
