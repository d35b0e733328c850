import { permittedProcedure } from "@/server/trpc";

import { ZSupplierDetailSchema } from "../dto";
import { getSupplier } from "../services/get-supplier";
import { ZIdRequestSchema } from "./id.schema";

export const getSupplierProcedure = permittedProcedure("supplier:read")
  .input(ZIdRequestSchema)
  .output(ZSupplierDetailSchema)
  .query(({ ctx, input }) =>
    getSupplier({ db: ctx.db, organizationId: ctx.org.organizationId, supplierId: input.id }),
  );
