import { z } from "zod";

import type { RiskBand } from "@/generated/prisma/enums";

import { pageSchema, ZSupplierListItemSchema } from "../dto";
import { MAX_PAGE_SIZE, ZCountryCodeSchema, ZSupplierStatusSchema } from "../schemas";

export const SUPPLIER_SORT_FIELDS = [
  "legalName",
  "country",
  "tier",
  "status",
  "createdAt",
  "annualSpend",
  "riskScore",
] as const;
export type TSupplierSortField = (typeof SUPPLIER_SORT_FIELDS)[number];

/** "4+" is any tier from 4 down; "none" is a supplier not connected to a direct supplier. */
export const TIER_FILTERS = ["1", "2", "3", "4+", "none"] as const;
export type TTierFilter = (typeof TIER_FILTERS)[number];

/** Risk bands from the most to the least serious (the order of filters and legends). */
export const LIST_RISK_BANDS = [
  "critical",
  "high",
  "medium",
  "low",
] as const satisfies readonly RiskBand[];
export const ZListRiskBandSchema = z.enum(LIST_RISK_BANDS);
export type TListRiskBand = z.infer<typeof ZListRiskBandSchema>;

/** A band, or "none" for a supplier the risk engine has not scored yet (never "low"). */
export const RISK_BAND_FILTERS = [...LIST_RISK_BANDS, "none"] as const;
export type TRiskBandFilter = (typeof RISK_BAND_FILTERS)[number];

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
  /** Current residual risk bands; "none" adds the suppliers without a score yet. */
  riskBands: z.array(z.enum(RISK_BAND_FILTERS)).max(RISK_BAND_FILTERS.length).default([]),
  includeArchived: z.boolean().default(false),
  sort: z.enum(SUPPLIER_SORT_FIELDS).default("legalName"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type TFindSuppliersRequest = z.output<typeof ZFindSuppliersRequestSchema>;
export type TFindSuppliersRequestRaw = z.input<typeof ZFindSuppliersRequestSchema>;

/** A row of the list with the supplier's current residual risk (both null: not scored yet). */
export const ZSupplierListRowSchema = ZSupplierListItemSchema.extend({
  riskScore: z.number().int().nullable(),
  riskBand: ZListRiskBandSchema.nullable(),
});
export type TSupplierListRow = z.infer<typeof ZSupplierListRowSchema>;

export const ZFindSuppliersResponseSchema = pageSchema(ZSupplierListRowSchema);
export type TFindSuppliersResponse = z.infer<typeof ZFindSuppliersResponseSchema>;
