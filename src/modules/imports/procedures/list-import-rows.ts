import { permittedProcedure } from "@/server/trpc";

import { ZListImportRowsInputSchema, ZListImportRowsOutputSchema } from "../schemas";
import { listImportRows } from "../services/row-dto";

export const listImportRowsProcedure = permittedProcedure("data:import")
  .input(ZListImportRowsInputSchema)
  .output(ZListImportRowsOutputSchema)
  .query(({ ctx, input }) =>
    listImportRows({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      id: input.id,
      filter: input.filter,
      page: input.page,
      pageSize: input.pageSize,
    }),
  );
