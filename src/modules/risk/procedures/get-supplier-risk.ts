import { permittedProcedure } from "@/server/trpc";

import { ZGetSupplierRiskRequestSchema, ZSubjectRiskSchema } from "../schemas";
import { getSupplierRisk } from "../services/subject-risk";

export const getSupplierRiskProcedure = permittedProcedure("risk:read")
  .input(ZGetSupplierRiskRequestSchema)
  .output(ZSubjectRiskSchema)
  .query(({ ctx, input }) =>
    getSupplierRisk({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      supplierId: input.supplierId,
    }),
  );
