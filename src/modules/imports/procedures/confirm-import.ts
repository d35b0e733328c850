import { permittedProcedure } from "@/server/trpc";

import { ZImportIdInputSchema } from "../schemas";
import { confirmImport } from "../services/confirm";

/** Starts the import in the background and returns at once; the page polls `getImport`. */
export const confirmImportProcedure = permittedProcedure("data:import")
  .input(ZImportIdInputSchema)
  .output(ZImportIdInputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await confirmImport({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      id: input.id,
    });
    ctx.logger.info({ importId: input.id }, "import confirmed");
    return result;
  });
