import { permittedProcedure } from "@/server/trpc";

import { ZSetMappingInputSchema, ZSetMappingOutputSchema } from "../schemas";
import { setImportMapping } from "../services/validation";

export const setImportMappingProcedure = permittedProcedure("data:import")
  .input(ZSetMappingInputSchema)
  .output(ZSetMappingOutputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await setImportMapping({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      id: input.id,
      mapping: input.mapping,
    });
    ctx.logger.info({ importId: input.id, ...result }, "import mapped");
    return result;
  });
