import { z } from "zod";

import { ZSupplierSchema } from "../dto";

export const ZCreateSupplierResponseSchema = z.object({
  /** "merged": an exact duplicate existed; `supplier` is that record, completed with the input. */
  outcome: z.enum(["created", "merged"]),
  supplier: ZSupplierSchema,
  /** Pairs queued for review because they look like the new supplier. */
  likelyDuplicates: z.number().int(),
});
export type TCreateSupplierResponse = z.infer<typeof ZCreateSupplierResponseSchema>;
