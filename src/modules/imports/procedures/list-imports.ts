import { permittedProcedure } from "@/server/trpc";

import { ZListImportsInputSchema, ZListImportsOutputSchema } from "../schemas";
import { listImports } from "../services/queries";

export const listImportsProcedure = permittedProcedure("data:import")
  .input(ZListImportsInputSchema)
  .output(ZListImportsOutputSchema)
  .query(({ ctx, input }) =>
    listImports({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      page: input.page,
      pageSize: input.pageSize,
    }),
  );
