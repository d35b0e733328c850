import { permittedProcedure } from "@/server/trpc";

import { ZImportDetailSchema, ZImportIdInputSchema } from "../schemas";
import { getImport } from "../services/queries";

export const getImportProcedure = permittedProcedure("data:import")
  .input(ZImportIdInputSchema)
  .output(ZImportDetailSchema)
  .query(({ ctx, input }) =>
    getImport({ db: ctx.db, organizationId: ctx.org.organizationId, id: input.id }),
  );
