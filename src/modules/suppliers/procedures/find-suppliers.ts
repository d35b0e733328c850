import { permittedProcedure } from "@/server/trpc";

import { findSuppliers } from "../services/find-suppliers";
import { ZFindSuppliersRequestSchema, ZFindSuppliersResponseSchema } from "./find-suppliers.schema";

export const findSuppliersProcedure = permittedProcedure("supplier:read")
  .input(ZFindSuppliersRequestSchema)
  .output(ZFindSuppliersResponseSchema)
  .query(({ ctx, input }) =>
    findSuppliers({ db: ctx.db, organizationId: ctx.org.organizationId, filters: input }),
  );
