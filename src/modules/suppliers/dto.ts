/**
 * What the suppliers module sends over the wire: DTOs for suppliers, sites, supply edges and
 * duplicate pairs (declared as procedure `.output()` schemas). Client-safe. Decimal amounts are
 * strings (no precision lost); shares and coordinates are numbers; null always means unknown.
 */
import { z } from "zod";

import { ZDuplicateReasonsSchema } from "./duplicates/reasons";
import { ZSiteTypeSchema, ZSupplierStatusSchema } from "./schemas";

export const ZSupplierSchema = z.object({
  id: z.uuid(),
  legalName: z.string(),
  otherNames: z.array(z.string()),
  registrationId: z.string().nullable(),
  country: z.string(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  websiteDomain: z.string().nullable(),
  sectorSection: z.string().nullable(),
  sectorDivision: z.string().nullable(),
  products: z.array(z.string()),
  annualSpendAmount: z.string().nullable(),
  annualSpendCurrency: z.string().nullable(),
  relationshipOwner: z.string().nullable(),
  status: ZSupplierStatusSchema,
  isDirect: z.boolean(),
  /** Derived from the supply edges; null when not connected to a direct supplier. */
  tier: z.number().int().nullable(),
  mergedIntoId: z.uuid().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TSupplier = z.infer<typeof ZSupplierSchema>;

/** A row of the suppliers list. */
export const ZSupplierListItemSchema = ZSupplierSchema.pick({
  id: true,
  legalName: true,
  otherNames: true,
  registrationId: true,
  country: true,
  sectorSection: true,
  sectorDivision: true,
  annualSpendAmount: true,
  annualSpendCurrency: true,
  status: true,
  isDirect: true,
  tier: true,
  archivedAt: true,
  createdAt: true,
});
export type TSupplierListItem = z.infer<typeof ZSupplierListItemSchema>;

/** Another supplier as seen from a supplier page (a buyer, a sub-supplier, a match). */
export const ZSupplierRefSchema = z.object({
  id: z.uuid(),
  legalName: z.string(),
  country: z.string(),
  tier: z.number().int().nullable(),
  isArchived: z.boolean(),
});
export type TSupplierRef = z.infer<typeof ZSupplierRefSchema>;

export const ZSiteSchema = z.object({
  id: z.uuid(),
  supplierId: z.uuid(),
  name: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  siteType: ZSiteTypeSchema,
  headcount: z.number().int().nullable(),
  migrantShare: z.number().nullable(),
  temporaryShare: z.number().nullable(),
  seasonalShare: z.number().nullable(),
  womenShare: z.number().nullable(),
  youngWorkerShare: z.number().nullable(),
  employerHousing: z.boolean().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TSite = z.infer<typeof ZSiteSchema>;

const ZSiteRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const ZSupplyEdgeSchema = z.object({
  id: z.uuid(),
  buyerSupplierId: z.uuid(),
  supplierId: z.uuid(),
  buyerSiteId: z.uuid().nullable(),
  supplierSiteId: z.uuid().nullable(),
  product: z.string().nullable(),
  since: z.date().nullable(),
  createdAt: z.date(),
});
export type TSupplyEdge = z.infer<typeof ZSupplyEdgeSchema>;

/** A supply edge seen from one end: the supplier at the other end, and the sites involved. */
export const ZSupplyLinkSchema = z.object({
  edgeId: z.uuid(),
  other: ZSupplierRefSchema,
  buyerSite: ZSiteRefSchema.nullable(),
  supplierSite: ZSiteRefSchema.nullable(),
  product: z.string().nullable(),
  since: z.date().nullable(),
});
export type TSupplyLink = z.infer<typeof ZSupplyLinkSchema>;

/** A supplier further along the chain: `depth` edges away, reached through `viaId`. */
export const ZChainNodeSchema = ZSupplierRefSchema.extend({
  depth: z.number().int().min(1),
  viaId: z.uuid(),
});
export type TChainNode = z.infer<typeof ZChainNodeSchema>;

export const LICENCE_STATUSES = [
  "valid",
  "expired",
  "suspended",
  "revoked",
  "unlicensed",
  "unknown",
] as const;

/** A recruiter that one of the supplier's sites uses (read-only here; edited under /recruiters). */
export const ZSiteRecruiterSchema = z.object({
  linkId: z.uuid(),
  recruiterId: z.uuid(),
  recruiterName: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  workersRecruited: z.number().int().nullable(),
  year: z.number().int().nullable(),
  licenceStatuses: z.array(z.enum(LICENCE_STATUSES)),
});
export type TSiteRecruiter = z.infer<typeof ZSiteRecruiterSchema>;

export const ZSupplierDetailSchema = z.object({
  supplier: ZSupplierSchema,
  mergedInto: ZSupplierRefSchema.nullable(),
  sites: z.array(ZSiteSchema),
  /** Downstream: who buys from this supplier. */
  buyers: z.array(ZSupplyLinkSchema),
  /** Upstream: whom this supplier buys from. */
  subSuppliers: z.array(ZSupplyLinkSchema),
  /** The rest of the chain beyond the direct links, nearest first. */
  upstream: z.array(ZChainNodeSchema),
  downstream: z.array(ZChainNodeSchema),
  recruiters: z.array(ZSiteRecruiterSchema),
});
export type TSupplierDetail = z.infer<typeof ZSupplierDetailSchema>;

/** A possible duplicate of what is being typed into the create form. */
export const ZSupplierMatchSchema = z.object({
  supplier: ZSupplierRefSchema.extend({
    otherNames: z.array(z.string()),
    registrationId: z.string().nullable(),
    websiteDomain: z.string().nullable(),
  }),
  score: z.number().min(0).max(1),
  reasons: ZDuplicateReasonsSchema,
});
export type TSupplierMatch = z.infer<typeof ZSupplierMatchSchema>;

/** One side of a duplicate pair, with what a reviewer compares. */
export const ZDuplicateSideSchema = ZSupplierSchema.pick({
  id: true,
  legalName: true,
  otherNames: true,
  registrationId: true,
  country: true,
  address: true,
  website: true,
  sectorSection: true,
  sectorDivision: true,
  products: true,
  status: true,
  tier: true,
  createdAt: true,
}).extend({ siteCount: z.number().int() });
export type TDuplicateSide = z.infer<typeof ZDuplicateSideSchema>;

export const ZDuplicateCandidateSchema = z.object({
  id: z.uuid(),
  score: z.number(),
  reasons: ZDuplicateReasonsSchema,
  supplierA: ZDuplicateSideSchema,
  supplierB: ZDuplicateSideSchema,
  createdAt: z.date(),
});
export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidateSchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
