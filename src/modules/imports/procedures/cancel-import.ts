import { permittedProcedure } from "@/server/trpc";

import { ZImportIdInputSchema } from "../schemas";
import { cancelImport } from "../services/confirm";

export const cancelImportProcedure = permittedProcedure("data:import")
  .input(ZImportIdInputSchema)
  .output(ZImportIdInputSchema)
  .mutation(({ ctx, input }) =>
    cancelImport({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      id: input.id,
    }),
  );
