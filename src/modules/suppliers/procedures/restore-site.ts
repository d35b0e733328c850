import { permittedProcedure } from "@/server/trpc";

import { ZSiteSchema } from "../dto";
import { setSiteArchived } from "../services/sites";
import { ZIdRequestSchema } from "./id.schema";

export const restoreSiteProcedure = permittedProcedure("supplier:write")
  .input(ZIdRequestSchema)
  .output(ZSiteSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "restoring site");
    return setSiteArchived({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      siteId: input.id,
      isArchived: false,
    });
  });
