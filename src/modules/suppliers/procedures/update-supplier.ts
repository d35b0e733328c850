import { permittedProcedure } from "@/server/trpc";

import { ZSupplierSchema } from "../dto";
import { updateSupplier } from "../services/update-supplier";
import { ZUpdateSupplierRequestSchema } from "./update-supplier.schema";

export const updateSupplierProcedure = permittedProcedure("supplier:write")
  .input(ZUpdateSupplierRequestSchema)
  .output(ZSupplierSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "updating supplier");
    return updateSupplier({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      supplierId: input.id,
      input: input.data,
    });
  });
