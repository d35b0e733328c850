import { permittedProcedure } from "@/server/trpc";

import { ZFixImportRowInputSchema, ZFixImportRowOutputSchema } from "../schemas";
import { fixImportRow } from "../services/validation";

export const fixImportRowProcedure = permittedProcedure("data:import")
  .input(ZFixImportRowInputSchema)
  .output(ZFixImportRowOutputSchema)
  .mutation(({ ctx, input }) =>
    fixImportRow({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      id: input.id,
      rowNumber: input.rowNumber,
      cells: input.cells,
    }),
  );
