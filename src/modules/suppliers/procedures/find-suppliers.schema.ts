import { z } from "zod";

import { pageSchema, ZSupplierListItemSchema } from "../dto";
import { MAX_PAGE_SIZE, ZCountryCodeSchema, ZSupplierStatusSchema } from "../schemas";

export const SUPPLIER_SORT_FIELDS = [
  "legalName",
  "country",
  "tier",
  "status",
  "createdAt",
  "annualSpend",
] as const;
export type TSupplierSortField = (typeof SUPPLIER_SORT_FIELDS)[number];

/** "4+" is any tier from 4 down; "none" is a supplier not connected to a direct supplier. */
export const TIER_FILTERS = ["1", "2", "3", "4+", "none"] as const;
export type TTierFilter = (typeof TIER_FILTERS)[number];

export const DEFAULT_PAGE_SIZE = 25;

export const ZFindSuppliersRequestSchema = z.object({
  /** Free text over the legal name, other names and registration id. */
  q: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((value) => value || null),
  countries: z.array(ZCountryCodeSchema).max(300).default([]),
  sectorSection: z
    .string()
    .regex(/^[A-U]$/)
    .nullish()
    .transform((value) => value ?? null),
  sectorDivision: z
    .string()
    .regex(/^\d{2}$/)
    .nullish()
    .transform((value) => value ?? null),
  tiers: z.array(z.enum(TIER_FILTERS)).max(TIER_FILTERS.length).default([]),
  statuses: z.array(ZSupplierStatusSchema).max(4).default([]),
  includeArchived: z.boolean().default(false),
  sort: z.enum(SUPPLIER_SORT_FIELDS).default("legalName"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type TFindSuppliersRequest = z.output<typeof ZFindSuppliersRequestSchema>;
export type TFindSuppliersRequestRaw = z.input<typeof ZFindSuppliersRequestSchema>;

export const ZFindSuppliersResponseSchema = pageSchema(ZSupplierListItemSchema);
export type TFindSuppliersResponse = z.infer<typeof ZFindSuppliersResponseSchema>;
