/**
 * The supply-chain views' data shapes on the wire (world map counts, a supplier's chain graph),
 * shared by procedures, services and components. Client components import this file, so it
 * must stay free of server code.
 */
import { z } from "zod";

import type { RecruiterType, RiskBand, SiteType, SupplierStatus } from "@/generated/prisma/enums";
import {
  ZFeePolicySchema,
  ZLicenceStatusSchema,
  ZRecruiterFlagSchema,
} from "@/modules/recruiters/schemas";

// ─── Enumerations ─────────────────────────────────────────────────────────────────────────────

export const SUPPLIER_STATUSES = [
  "onboarding",
  "active",
  "suspended",
  "exited",
] as const satisfies readonly SupplierStatus[];

export const SITE_TYPES = [
  "factory",
  "farm",
  "mine",
  "vessel",
  "warehouse",
  "office",
  "worksite",
] as const satisfies readonly SiteType[];

export const GRAPH_RECRUITER_TYPES = [
  "recruitment_agency",
  "labour_provider",
  "sub_agent",
  "other",
] as const satisfies readonly RecruiterType[];

/** Risk bands, most serious first (the order of the map's table and legend). */
export const MAP_RISK_BANDS = [
  "critical",
  "high",
  "medium",
  "low",
] as const satisfies readonly RiskBand[];
export type TMapRiskBand = (typeof MAP_RISK_BANDS)[number];

export const ZSupplierStatusSchema = z.enum(SUPPLIER_STATUSES);
export type TSupplierStatusFilter = z.infer<typeof ZSupplierStatusSchema>;
export const ZSiteTypeSchema = z.enum(SITE_TYPES);

/** Tiers offered by the filters; the derived tier itself goes deeper (MAX_TIER). */
export const MAX_FILTER_TIER = 20;

const ZCountryCode = z.string().regex(/^[A-Z]{2}$/);
const ZDateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZDecimalString = z.string().regex(/^-?\d+(\.\d+)?$/);

// ─── World map: suppliers per country ─────────────────────────────────────────────────────────

/** Count suppliers by the country they are registered in, or by the countries of their sites. */
export const COUNT_BY = ["supplier", "site"] as const;
export type TCountBy = (typeof COUNT_BY)[number];

/** A derived tier, or "none" for suppliers that no chain connects to a direct supplier. */
export const ZTierFilterSchema = z.union([
  z.number().int().min(1).max(MAX_FILTER_TIER),
  z.literal("none"),
]);
export type TTierFilter = z.infer<typeof ZTierFilterSchema>;

export const ZCountryCountsInputSchema = z.object({
  by: z.enum(COUNT_BY).default("supplier"),
  tier: ZTierFilterSchema.optional(),
  /** ISIC Rev.4 section letter. */
  sectorSection: z
    .string()
    .regex(/^[A-U]$/)
    .optional(),
  status: ZSupplierStatusSchema.optional(),
});
export type TCountryCountsInput = z.input<typeof ZCountryCountsInputSchema>;

export const ZCountryCountSchema = z.object({
  country: ZCountryCode,
  /** Suppliers registered in the country (by "supplier") or with a site there (by "site"). */
  supplierCount: z.number().int().min(0),
  /** Sites located in the country, of the suppliers the filters select. */
  siteCount: z.number().int().min(0),
});
export type TCountryCount = z.infer<typeof ZCountryCountSchema>;

export const ZCountryCountsSchema = z.object({
  by: z.enum(COUNT_BY),
  /** Sorted by supplier count, then site count (largest first), then country code. */
  countries: z.array(ZCountryCountSchema),
});
export type TCountryCounts = z.infer<typeof ZCountryCountsSchema>;

// ─── World map: risk per country ──────────────────────────────────────────────────────────────

/** What the map shades countries by: how many suppliers, or how many of them are at high risk. */
export const MAP_METRICS = ["count", "risk"] as const;
export type TMapMetric = (typeof MAP_METRICS)[number];

const ZCountInt = z.number().int().min(0);

/**
 * The current residual risk of the suppliers a country counts (the same filters and "by" as the
 * counts): how many there are, how many the risk engine has scored, and how many are in each
 * band. Unscored suppliers are in no band: they are never counted as low.
 */
export const ZCountryRiskSchema = z.object({
  country: ZCountryCode,
  supplierCount: ZCountInt,
  scoredCount: ZCountInt,
  bands: z.object({ critical: ZCountInt, high: ZCountInt, medium: ZCountInt, low: ZCountInt }),
});
export type TCountryRisk = z.infer<typeof ZCountryRiskSchema>;

export const ZCountryRisksSchema = z.object({
  by: z.enum(COUNT_BY),
  /**
   * Sorted by the share of scored suppliers at high or critical risk (largest first), then by
   * their number, the number of suppliers and the country code; countries without any scored
   * supplier come last.
   */
  countries: z.array(ZCountryRiskSchema),
});
export type TCountryRisks = z.infer<typeof ZCountryRisksSchema>;

// ─── A supplier's chain graph ─────────────────────────────────────────────────────────────────

export const MIN_GRAPH_DEPTH = 1;
export const MAX_GRAPH_DEPTH = 4;
export const DEFAULT_GRAPH_DEPTH = 2;
/** Suppliers, sites and recruiters together; beyond this the graph is cut and says so. */
export const GRAPH_NODE_CAP = 300;
/** How far a recruiter's chain of sub-agents is followed. */
export const MAX_RECRUITER_CHAIN = 4;

export const ZSupplierGraphInputSchema = z.object({
  supplierId: z.uuid(),
  depth: z.number().int().min(MIN_GRAPH_DEPTH).max(MAX_GRAPH_DEPTH).default(DEFAULT_GRAPH_DEPTH),
});
export type TSupplierGraphInput = z.input<typeof ZSupplierGraphInputSchema>;

export const ZGraphSupplierSchema = z.object({
  id: z.uuid(),
  legalName: z.string(),
  country: ZCountryCode,
  tier: z.number().int().nullable(),
  status: ZSupplierStatusSchema,
  sectorSection: z.string().nullable(),
  sectorDivision: z.string().nullable(),
  /**
   * Steps from the chosen supplier: 0 is the supplier itself, +n its sub-suppliers n steps
   * upstream, −n its buyers n steps downstream.
   */
  level: z.number().int(),
  archived: z.boolean(),
});
export type TGraphSupplier = z.infer<typeof ZGraphSupplierSchema>;

export const ZGraphSiteSchema = z.object({
  id: z.uuid(),
  supplierId: z.uuid(),
  name: z.string(),
  country: ZCountryCode,
  region: z.string().nullable(),
  siteType: ZSiteTypeSchema,
  /** Null means unknown, never zero. */
  headcount: z.number().int().nullable(),
  migrantShare: ZDecimalString.nullable(),
  employerHousing: z.boolean().nullable(),
});
export type TGraphSite = z.infer<typeof ZGraphSiteSchema>;

export const ZGraphLicenceSchema = z.object({
  status: ZLicenceStatusSchema,
  licenceNumber: z.string().nullable(),
  issuingAuthority: z.string().nullable(),
  issuingCountry: z.string().nullable(),
  validUntil: ZDateOnly.nullable(),
});
export type TGraphLicence = z.infer<typeof ZGraphLicenceSchema>;

export const ZGraphRecruiterSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  recruiterType: z.enum(GRAPH_RECRUITER_TYPES),
  countries: z.array(z.string()),
  feePolicy: ZFeePolicySchema,
  feeAmount: ZDecimalString.nullable(),
  feeCurrency: z.string().nullable(),
  licences: z.array(ZGraphLicenceSchema),
  /** Risk signs (licence and fees), most serious first. */
  flags: z.array(ZRecruiterFlagSchema),
  /** 1 for recruiters linked to a site of the graph, 2 for their sub-agents, and so on. */
  level: z.number().int().min(1),
});
export type TGraphRecruiter = z.infer<typeof ZGraphRecruiterSchema>;

export const ZGraphSupplyEdgeSchema = z.object({
  id: z.uuid(),
  /** The buyer (downstream). */
  buyerSupplierId: z.uuid(),
  /** The sub-supplier (upstream). */
  supplierId: z.uuid(),
  product: z.string().nullable(),
  since: ZDateOnly.nullable(),
});
export type TGraphSupplyEdge = z.infer<typeof ZGraphSupplyEdgeSchema>;

export const ZGraphRecruiterSiteLinkSchema = z.object({
  id: z.uuid(),
  recruiterId: z.uuid(),
  siteId: z.uuid(),
  workersRecruited: z.number().int().nullable(),
  year: z.number().int().nullable(),
});
export type TGraphRecruiterSiteLink = z.infer<typeof ZGraphRecruiterSiteLinkSchema>;

export const ZGraphRecruiterEdgeSchema = z.object({
  id: z.uuid(),
  /** The recruiter that works through the sub-agent. */
  recruiterId: z.uuid(),
  subAgentId: z.uuid(),
});
export type TGraphRecruiterEdge = z.infer<typeof ZGraphRecruiterEdgeSchema>;

export const ZSupplierGraphSchema = z.object({
  rootId: z.uuid(),
  depth: z.number().int(),
  /** True when the chain had more than `nodeCap` suppliers, sites and recruiters. */
  truncated: z.boolean(),
  nodeCap: z.number().int(),
  suppliers: z.array(ZGraphSupplierSchema),
  sites: z.array(ZGraphSiteSchema),
  recruiters: z.array(ZGraphRecruiterSchema),
  supplyEdges: z.array(ZGraphSupplyEdgeSchema),
  recruiterSiteLinks: z.array(ZGraphRecruiterSiteLinkSchema),
  recruiterEdges: z.array(ZGraphRecruiterEdgeSchema),
});
export type TSupplierGraph = z.infer<typeof ZSupplierGraphSchema>;
