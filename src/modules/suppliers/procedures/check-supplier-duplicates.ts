import { permittedProcedure } from "@/server/trpc";

import { checkSupplierDuplicates } from "../duplicates/check-supplier-duplicates";
import {
  ZCheckSupplierDuplicatesRequestSchema,
  ZCheckSupplierDuplicatesResponseSchema,
} from "./check-supplier-duplicates.schema";

/** Called by the supplier form while the user types, to show likely matches before saving. */
export const checkSupplierDuplicatesProcedure = permittedProcedure("supplier:read")
  .input(ZCheckSupplierDuplicatesRequestSchema)
  .output(ZCheckSupplierDuplicatesResponseSchema)
  .query(({ ctx, input }) =>
    checkSupplierDuplicates({ db: ctx.db, organizationId: ctx.org.organizationId, ...input }),
  );
