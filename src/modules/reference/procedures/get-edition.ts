import { permittedProcedure } from "@/server/trpc";

import { ZEditionDetailSchema, ZGetEditionRequestSchema } from "../schemas";
import { getEdition } from "../services/editions";

/** One edition (built-in or the organisation's own) with a page of its entries. */
export const getEditionProcedure = permittedProcedure("risk:read")
  .input(ZGetEditionRequestSchema)
  .output(ZEditionDetailSchema)
  .query(({ ctx, input }) =>
    getEdition({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      id: input.id,
      page: input.page,
      pageSize: input.pageSize,
      search: input.search,
    }),
  );
