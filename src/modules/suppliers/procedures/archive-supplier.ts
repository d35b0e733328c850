import { permittedProcedure } from "@/server/trpc";

import { ZSupplierSchema } from "../dto";
import { setSupplierArchived } from "../services/archive-supplier";
import { ZIdRequestSchema } from "./id.schema";

export const archiveSupplierProcedure = permittedProcedure("supplier:write")
  .input(ZIdRequestSchema)
  .output(ZSupplierSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "archiving supplier");
    return setSupplierArchived({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      supplierId: input.id,
      isArchived: true,
    });
  });
