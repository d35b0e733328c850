import { permittedProcedure } from "@/server/trpc";

import { ZSupplierGraphInputSchema, ZSupplierGraphSchema } from "../schemas";
import { getSupplierGraph } from "../services/supplier-graph";

/** A supplier's chain: sub-suppliers, buyers, sites, recruiters and their sub-agents. */
export const getSupplierGraphProcedure = permittedProcedure("supplier:read")
  .input(ZSupplierGraphInputSchema)
  .output(ZSupplierGraphSchema)
  .query(({ ctx, input }) =>
    getSupplierGraph({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      supplierId: input.supplierId,
      depth: input.depth,
    }),
  );
