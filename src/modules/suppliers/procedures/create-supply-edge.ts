import { permittedProcedure } from "@/server/trpc";

import { ZSupplyEdgeSchema } from "../dto";
import { ZSupplyEdgeInputSchema } from "../schemas";
import { createSupplyEdge } from "../services/supply-edges";

export const createSupplyEdgeProcedure = permittedProcedure("supplier:write")
  .input(ZSupplyEdgeInputSchema)
  .output(ZSupplyEdgeSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info(
      { input: { buyerSupplierId: input.buyerSupplierId, supplierId: input.supplierId } },
      "adding supply edge",
    );
    return createSupplyEdge({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      input,
    });
  });
