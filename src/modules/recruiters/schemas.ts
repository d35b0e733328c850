/**
 * The recruiters module's data shapes on the wire, shared by procedures, services, forms and the
 * spreadsheet importer. Client components import this file for form validation, so it must stay
 * free of server code.
 *
 * Validation messages are full paths into the message catalogue: the shared ones are
 * `validation.*` (messages/en/common.json); the ones only recruiters need are
 * `recruiters.validation.*` (messages/en/recruiters.json).
 */
import { z } from "zod";

import type { LicenceStatus, RecruiterFeePolicy, RecruiterType } from "@/generated/prisma/enums";
import { isCountryCode } from "@/modules/reference/countries";

// ─── Enumerations ─────────────────────────────────────────────────────────────────────────────

export const RECRUITER_TYPES = [
  "recruitment_agency",
  "labour_provider",
  "sub_agent",
  "other",
] as const satisfies readonly RecruiterType[];

export const FEE_POLICIES = [
  "no_fees",
  "fees_charged",
  "unknown",
] as const satisfies readonly RecruiterFeePolicy[];

export const LICENCE_STATUSES = [
  "valid",
  "expired",
  "suspended",
  "revoked",
  "unlicensed",
  "unknown",
] as const satisfies readonly LicenceStatus[];

/**
 * Risk signs shown on a recruiter, most serious first. `licence_unknown` also covers a recruiter
 * with no licence on record: an unverified licence is what DOMAIN.md §4 asks to flag.
 */
export const RECRUITER_FLAGS = [
  "licence_revoked",
  "licence_suspended",
  "unlicensed",
  "licence_expired",
  "licence_unknown",
  "fees_charged",
] as const;

export const ZRecruiterTypeSchema = z.enum(RECRUITER_TYPES);
export const ZFeePolicySchema = z.enum(FEE_POLICIES);
export const ZLicenceStatusSchema = z.enum(LICENCE_STATUSES);
export const ZRecruiterFlagSchema = z.enum(RECRUITER_FLAGS);
export type TRecruiterFlag = z.infer<typeof ZRecruiterFlagSchema>;

// ─── Field schemas ────────────────────────────────────────────────────────────────────────────

/** Free text that may be left empty: trimmed, and blank becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .nullable()
    .transform((value) => (value === null || value === "" ? null : value));

export const ZCountryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: "validation.countryCode" });

const ZCurrencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf("currency").includes(code), {
    error: "validation.currencyCode",
  });

/** True for a real calendar date written `YYYY-MM-DD` (not 2025-02-30, not 30/01/2025). */
export const isDateOnly = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** A calendar date as `YYYY-MM-DD` (licence validity is a date, not an instant). */
export const ZDateOnlySchema = z
  .string()
  .trim()
  .refine(isDateOnly, { error: "recruiters.validation.date" });

/** Typical fee per worker: a decimal string, to keep its precision (column is numeric(14,2)). */
const ZFeeAmountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: "validation.amount" });

const ZWebsiteSchema = optionalText(500).refine(
  (value) => {
    if (value === null) return true;
    try {
      const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  },
  { error: "recruiters.validation.website" },
);

// ─── Inputs ───────────────────────────────────────────────────────────────────────────────────

/**
 * A recruiter's own fields, for create and update (the whole record is sent each time), and for
 * each row of a recruiter import. Fields with a default may be left out.
 */
export const ZRecruiterInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: "validation.required" })
      .max(300, { error: "validation.tooLong" }),
    recruiterType: ZRecruiterTypeSchema.default("recruitment_agency"),
    /** Countries of operation, ISO 3166-1 alpha-2; stored de-duplicated and sorted. */
    countries: z.array(ZCountryCodeSchema).max(250, { error: "validation.tooLong" }).default([]),
    feePolicy: ZFeePolicySchema.default("unknown"),
    feeAmount: ZFeeAmountSchema.nullable().default(null),
    feeCurrency: ZCurrencyCodeSchema.nullable().default(null),
    website: ZWebsiteSchema.default(null),
  })
  // A fee amount only means something when fees are charged to workers.
  .refine((value) => value.feePolicy === "fees_charged" || value.feeAmount === null, {
    error: "recruiters.validation.feeOnlyWhenCharged",
    path: ["feeAmount"],
  })
  .refine((value) => (value.feeAmount === null) === (value.feeCurrency === null), {
    error: "recruiters.validation.feeNeedsCurrency",
    path: ["feeCurrency"],
  })
  .transform((value) => ({ ...value, countries: [...new Set(value.countries)].sort() }));
export type TRecruiterInput = z.output<typeof ZRecruiterInputSchema>;
export type TRecruiterInputRaw = z.input<typeof ZRecruiterInputSchema>;

export const ZRecruiterLicenceInputSchema = z
  .object({
    licenceNumber: optionalText(100).default(null),
    issuingAuthority: optionalText(300).default(null),
    issuingCountry: ZCountryCodeSchema.nullable().default(null),
    status: ZLicenceStatusSchema.default("unknown"),
    validFrom: ZDateOnlySchema.nullable().default(null),
    validUntil: ZDateOnlySchema.nullable().default(null),
  })
  .refine(
    (value) =>
      value.validFrom === null || value.validUntil === null || value.validFrom <= value.validUntil,
    { error: "recruiters.validation.validityOrder", path: ["validUntil"] },
  );
export type TRecruiterLicenceInput = z.output<typeof ZRecruiterLicenceInputSchema>;

/** Origin → destination. A domestic corridor (same country) is valid: internal migration. */
export const ZRecruitmentCorridorInputSchema = z.object({
  originCountry: ZCountryCodeSchema,
  destinationCountry: ZCountryCodeSchema,
});
export type TRecruitmentCorridorInput = z.output<typeof ZRecruitmentCorridorInputSchema>;

/** How many workers the recruiter placed at the site, and in which year (both optional). */
export const ZSiteLinkDetailsInputSchema = z.object({
  workersRecruited: z
    .number({ error: "validation.wholeNumber" })
    .int({ error: "validation.wholeNumber" })
    .min(0, { error: "validation.wholeNumber" })
    .max(10_000_000, { error: "validation.tooLong" })
    .nullable()
    .default(null),
  year: z
    .number({ error: "recruiters.validation.year" })
    .int({ error: "recruiters.validation.year" })
    .min(1950, { error: "recruiters.validation.year" })
    .max(2100, { error: "recruiters.validation.year" })
    .nullable()
    .default(null),
});
export type TSiteLinkDetailsInput = z.output<typeof ZSiteLinkDetailsInputSchema>;

// ─── Outputs (DTOs) ───────────────────────────────────────────────────────────────────────────

export const ZRecruiterSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  recruiterType: ZRecruiterTypeSchema,
  countries: z.array(z.string()),
  feePolicy: ZFeePolicySchema,
  feeAmount: z.string().nullable(),
  feeCurrency: z.string().nullable(),
  website: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TRecruiter = z.infer<typeof ZRecruiterSchema>;

export const ZRecruiterLicenceSchema = z.object({
  id: z.uuid(),
  recruiterId: z.uuid(),
  licenceNumber: z.string().nullable(),
  issuingAuthority: z.string().nullable(),
  issuingCountry: z.string().nullable(),
  status: ZLicenceStatusSchema,
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
});
export type TRecruiterLicence = z.infer<typeof ZRecruiterLicenceSchema>;

export const ZRecruitmentCorridorSchema = z.object({
  id: z.uuid(),
  recruiterId: z.uuid(),
  originCountry: z.string(),
  destinationCountry: z.string(),
});
export type TRecruitmentCorridor = z.infer<typeof ZRecruitmentCorridorSchema>;

/** A site of the organisation, with its supplier: what the site picker and the links show. */
export const ZSiteRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string(),
  siteType: z.string(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  supplierCountry: z.string(),
});
export type TSiteRef = z.infer<typeof ZSiteRefSchema>;

export const ZRecruiterSiteLinkSchema = z.object({
  id: z.uuid(),
  recruiterId: z.uuid(),
  siteId: z.uuid(),
  workersRecruited: z.number().int().nullable(),
  year: z.number().int().nullable(),
  site: ZSiteRefSchema,
});
export type TRecruiterSiteLink = z.infer<typeof ZRecruiterSiteLinkSchema>;

export const ZRecruiterEdgeSchema = z.object({
  id: z.uuid(),
  recruiterId: z.uuid(),
  subAgentId: z.uuid(),
});
export type TRecruiterEdge = z.infer<typeof ZRecruiterEdgeSchema>;

/** Another recruiter as seen from a chain or a list: enough to name it and show its flags. */
export const ZRecruiterRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  recruiterType: ZRecruiterTypeSchema,
  isArchived: z.boolean(),
  flags: z.array(ZRecruiterFlagSchema),
});
export type TRecruiterRef = z.infer<typeof ZRecruiterRefSchema>;

/** How many links away from the viewed recruiter its chain is followed, each way. */
export const MAX_CHAIN_DEPTH = 10;

/** One edge of a recruiter's chain, `depth` links away from the recruiter being viewed. */
export const ZRecruiterChainEdgeSchema = z.object({
  edgeId: z.uuid(),
  depth: z.number().int().min(1),
  principalId: z.uuid(),
  subAgentId: z.uuid(),
});
export type TRecruiterChainEdge = z.infer<typeof ZRecruiterChainEdgeSchema>;

export const ZRecruiterChainSchema = z.object({
  /** Sub-agents, their sub-agents, and so on. */
  downstream: z.array(ZRecruiterChainEdgeSchema),
  /** Recruiters that work through this one, and theirs. */
  upstream: z.array(ZRecruiterChainEdgeSchema),
  /** Every recruiter named in either list (and the viewed one). */
  recruiters: z.array(ZRecruiterRefSchema),
  /** True when the chain was cut at the depth limit. */
  isTruncated: z.boolean(),
});
export type TRecruiterChain = z.infer<typeof ZRecruiterChainSchema>;

export const ZRecruiterDetailSchema = z.object({
  recruiter: ZRecruiterSchema,
  flags: z.array(ZRecruiterFlagSchema),
  licences: z.array(ZRecruiterLicenceSchema),
  corridors: z.array(ZRecruitmentCorridorSchema),
  siteLinks: z.array(ZRecruiterSiteLinkSchema),
  chain: ZRecruiterChainSchema,
});
export type TRecruiterDetail = z.infer<typeof ZRecruiterDetailSchema>;

export const ZRecruiterListItemSchema = ZRecruiterSchema.extend({
  flags: z.array(ZRecruiterFlagSchema),
  licenceCount: z.number().int(),
  siteCount: z.number().int(),
  corridors: z.array(z.object({ originCountry: z.string(), destinationCountry: z.string() })),
});
export type TRecruiterListItem = z.infer<typeof ZRecruiterListItemSchema>;

// ─── Finding recruiters ───────────────────────────────────────────────────────────────────────

export const RECRUITER_SORTS = ["name", "createdAt", "updatedAt"] as const;
export const RECRUITER_STATUS_FILTERS = ["active", "archived", "all"] as const;
/** `any` matches a recruiter with at least one flag. */
export const RECRUITER_FLAG_FILTERS = ["any", ...RECRUITER_FLAGS] as const;
export const RECRUITER_PAGE_SIZES = [10, 25, 50, 100] as const;

export const ZFindRecruitersInputSchema = z.object({
  /** Free text matched against the folded name (legal forms and punctuation do not matter). */
  q: z.string().trim().max(200).nullable().default(null),
  country: ZCountryCodeSchema.nullable().default(null),
  type: ZRecruiterTypeSchema.nullable().default(null),
  flag: z.enum(RECRUITER_FLAG_FILTERS).nullable().default(null),
  feePolicy: ZFeePolicySchema.nullable().default(null),
  status: z.enum(RECRUITER_STATUS_FILTERS).default("active"),
  sort: z.enum(RECRUITER_SORTS).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z
    .number()
    .int()
    .refine((size) => RECRUITER_PAGE_SIZES.some((allowed) => allowed === size))
    .default(25),
});
export type TFindRecruitersInput = z.output<typeof ZFindRecruitersInputSchema>;

export const ZFindRecruitersOutputSchema = z.object({
  items: z.array(ZRecruiterListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TFindRecruitersOutput = z.infer<typeof ZFindRecruitersOutputSchema>;
