import { z } from "zod";

import { ZSupplierMatchSchema } from "../dto";
import { ZCountryCodeSchema } from "../schemas";

export const ZCheckSupplierDuplicatesRequestSchema = z.object({
  legalName: z.string().trim().min(1).max(300),
  country: ZCountryCodeSchema,
  registrationId: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((value) => value || null),
  website: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((value) => value || null),
  /** The supplier being edited, when checking from the edit form. */
  excludeSupplierId: z
    .uuid()
    .nullish()
    .transform((value) => value ?? null),
});
export type TCheckSupplierDuplicatesRequest = z.input<typeof ZCheckSupplierDuplicatesRequestSchema>;

export const ZCheckSupplierDuplicatesResponseSchema = z.object({
  /** Saving would merge into this supplier instead of creating a new one. */
  exact: ZSupplierMatchSchema.nullable(),
  likely: z.array(ZSupplierMatchSchema),
});
export type TCheckSupplierDuplicatesResponse = z.infer<
  typeof ZCheckSupplierDuplicatesResponseSchema
>;
