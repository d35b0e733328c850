import { permittedProcedure } from "@/server/trpc";

import { ZSupplierInputSchema } from "../schemas";
import { createSupplier } from "../services/create-supplier";
import { ZCreateSupplierResponseSchema } from "./create-supplier.schema";

export const createSupplierProcedure = permittedProcedure("supplier:write")
  .input(ZSupplierInputSchema)
  .output(ZCreateSupplierResponseSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await createSupplier({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      input,
    });
    ctx.logger.info(
      { supplierId: result.supplier.id, outcome: result.outcome },
      "supplier created or merged",
    );
    return result;
  });
