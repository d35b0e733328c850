/**
 * The risk module's data shapes: the weights and band thresholds (zod-typed JSON of
 * risk_settings), the stored explanation of a score (the factors, unknowns and basis JSON of
 * risk_scores) and what the procedures send over the wire. Client-safe: the settings page and
 * the supplier risk panel import it.
 *
 * Stored explanations hold codes and values, never English sentences: the words come from
 * messages/en/risk.json (`risk.factors.<code>`), so they can be translated.
 */
import { z } from "zod";

import type { RiskBand, RiskSubject } from "@/generated/prisma/enums";

// ─── Bands ────────────────────────────────────────────────────────────────────────────────────

export const RISK_BANDS = [
  "low",
  "medium",
  "high",
  "critical",
] as const satisfies readonly RiskBand[];
export const ZRiskBandSchema = z.enum(RISK_BANDS);
export type TRiskBand = z.infer<typeof ZRiskBandSchema>;

export const RISK_SUBJECTS = ["supplier", "site"] as const satisfies readonly RiskSubject[];
export const ZRiskSubjectSchema = z.enum(RISK_SUBJECTS);
export type TRiskSubject = z.infer<typeof ZRiskSubjectSchema>;

/** Scores are sums of points, capped here. */
export const MAX_SCORE = 100;

const points = z
  .number({ error: "risk.validation.points" })
  .int({ error: "risk.validation.points" })
  .min(0, { error: "risk.validation.points" })
  .max(MAX_SCORE, { error: "risk.validation.points" });

const share = z
  .number({ error: "risk.validation.share" })
  .min(0, { error: "risk.validation.share" })
  .max(100, { error: "risk.validation.share" });

/**
 * The lowest score of each band above "low" (a score below `medium` is low). Defaults: low < 25,
 * medium < 50, high < 70, critical ≥ 70.
 */
export const ZBandThresholdsSchema = z
  .object({
    medium: points.refine((value) => value >= 1, { error: "risk.validation.points" }),
    high: points,
    critical: points,
  })
  .refine((bands) => bands.medium < bands.high && bands.high < bands.critical, {
    error: "risk.validation.thresholdsIncreasing",
    path: ["high"],
  });
export type TBandThresholds = z.infer<typeof ZBandThresholdsSchema>;

export const DEFAULT_BAND_THRESHOLDS: TBandThresholds = { medium: 25, high: 50, critical: 70 };

export const bandOf = (score: number, thresholds: TBandThresholds): TRiskBand => {
  if (score >= thresholds.critical) return "critical";
  if (score >= thresholds.high) return "high";
  if (score >= thresholds.medium) return "medium";
  return "low";
};

// ─── Weights ──────────────────────────────────────────────────────────────────────────────────

/** A share threshold (percent of the headcount, inclusive) and the points it adds. */
const ZShareStepSchema = z.object({ atLeast: share, points });

/**
 * A workforce share in two steps: `high` (e.g. ≥ 30 %) and `some` (e.g. ≥ 10 %); the higher
 * step that applies counts, never both.
 */
const ZShareStepsSchema = z
  .object({ high: ZShareStepSchema, some: ZShareStepSchema })
  .refine((steps) => steps.some.atLeast < steps.high.atLeast, {
    error: "risk.validation.shareStepsIncreasing",
    path: ["high", "atLeast"],
  });

const DIVISION = /^\d{2}$/;

/**
 * Every number of the model (documented, with the reasoning, in src/modules/risk/model.md and
 * on the settings page). Each key has its default here, so settings saved before a weight was
 * added still parse: the new weight takes its default.
 */
export const ZRiskWeightsSchema = z.object({
  country: z.object({
    /** Points by the country's TIP tier in the latest report year of the active edition. */
    tier3: points,
    specialCase: points,
    tier2WatchList: points,
    tier2: points,
    tier1: points,
    /** Not listed in a recent year that lists only Watch List, Tier 3 and special cases. */
    tier1Or2: points,
    /** How many report years before the latest count as history. */
    historyYears: z.number().int().min(0).max(10),
    /** Per earlier year (within `historyYears`) on Tier 3 / on the Watch List. */
    historyTier3PerYear: points,
    historyWatchListPerYear: points,
    /** No TIP tiers loaded at all: the country's risk is unknown. */
    unknown: points,
  }),
  products: z.object({
    /** A product matches a good listed for forced labour (or forced child labour). */
    forcedLabour: points,
    /** …listed for child labour only. */
    childLabour: points,
    /** …listed as made from a listed input (e.g. batteries from DRC cobalt). */
    derived: points,
    /** No products recorded. */
    unknown: points,
  }),
  sector: z.object({
    highRisk: points,
    /** ISIC divisions counted as high-risk sectors (DOMAIN.md §3). */
    highRiskDivisions: z.array(z.string().regex(DIVISION, { error: "risk.validation.division" })),
    unknown: points,
  }),
  workforce: z.object({
    migrant: ZShareStepsSchema,
    temporary: ZShareStepsSchema,
    seasonal: ZShareStepsSchema,
    employerHousing: points,
    /** No live site, or every workforce share unknown. */
    unknown: points,
  }),
  recruitment: z.object({
    feesCharged: points,
    /** Revoked or suspended licence. */
    licenceRevoked: points,
    /** Unknown, unlicensed or expired licence (no valid, current licence on record). */
    licenceUnverified: points,
    /** The recruiters work through sub-agents. */
    subAgents: points,
    /** A recruiter's fee policy is unknown (and none is known to charge fees). */
    feesUnknown: points,
    /** Migrant workers (at least the `workforce.migrant.some` share) but no recruiter on record. */
    migrantsWithoutRecruiter: points,
  }),
  tier: z.object({
    tier2: points,
    /** Tier 3 and deeper. */
    tier3Plus: points,
    /** Not connected to any direct supplier: the least visibility. */
    notConnected: points,
  }),
});
export type TRiskWeights = z.infer<typeof ZRiskWeightsSchema>;

/**
 * Divisions of the sectors DOMAIN.md §3 names (plus the ones the DOL list points at: rubber
 * products, bricks, wood; and labour supply itself):
 * 01–03 agriculture, forestry, fishing · 05–09 mining · 10–11 food and drink · 13–15 textiles,
 * apparel, leather · 16 wood · 22 rubber and plastics (gloves) · 23 bricks and other mineral
 * products · 26 electronics · 41–43 construction · 49–52 transport and warehousing ·
 * 55–56 hospitality · 78 employment activities (labour providers) · 80 security ·
 * 81 cleaning and facility services · 97 domestic work.
 */
export const DEFAULT_HIGH_RISK_DIVISIONS = [
  "01",
  "02",
  "03",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "13",
  "14",
  "15",
  "16",
  "22",
  "23",
  "26",
  "41",
  "42",
  "43",
  "49",
  "50",
  "51",
  "52",
  "55",
  "56",
  "78",
  "80",
  "81",
  "97",
];

export const DEFAULT_RISK_WEIGHTS: TRiskWeights = {
  country: {
    tier3: 25,
    specialCase: 20,
    tier2WatchList: 15,
    tier2: 5,
    tier1: 0,
    tier1Or2: 3,
    historyYears: 3,
    historyTier3PerYear: 3,
    historyWatchListPerYear: 2,
    unknown: 10,
  },
  products: { forcedLabour: 20, childLabour: 10, derived: 8, unknown: 5 },
  sector: { highRisk: 10, highRiskDivisions: DEFAULT_HIGH_RISK_DIVISIONS, unknown: 8 },
  workforce: {
    migrant: { high: { atLeast: 30, points: 12 }, some: { atLeast: 10, points: 6 } },
    temporary: { high: { atLeast: 30, points: 8 }, some: { atLeast: 10, points: 4 } },
    seasonal: { high: { atLeast: 30, points: 6 }, some: { atLeast: 10, points: 3 } },
    employerHousing: 6,
    unknown: 12,
  },
  recruitment: {
    feesCharged: 15,
    licenceRevoked: 15,
    licenceUnverified: 8,
    subAgents: 6,
    feesUnknown: 4,
    migrantsWithoutRecruiter: 8,
  },
  tier: { tier2: 3, tier3Plus: 6, notConnected: 6 },
};

/** Stored weights: whatever an older version saved, completed with today's defaults. */
export const parseStoredWeights = (stored: unknown): TRiskWeights => {
  const merged = deepMerge(DEFAULT_RISK_WEIGHTS, stored);
  return ZRiskWeightsSchema.parse(merged);
};

/** Stored band thresholds, or the defaults when they do not parse (never expected). */
export const parseStoredBands = (stored: unknown): TBandThresholds =>
  ZBandThresholdsSchema.parse(stored);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `base` with every key that `override` sets (recursively for objects; arrays replace). */
const deepMerge = (base: unknown, override: unknown): unknown => {
  if (!isPlainObject(base) || !isPlainObject(override)) {
    return override === undefined ? base : override;
  }
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    result[key] = deepMerge(base[key], value);
  }
  return result;
};

// ─── The explanation of a score (stored JSON) ─────────────────────────────────────────────────

export const RISK_FACTOR_GROUPS = [
  "country",
  "products",
  "sector",
  "workforce",
  "recruitment",
  "tier",
  "residual",
] as const;
export type TRiskFactorGroup = (typeof RISK_FACTOR_GROUPS)[number];

/**
 * Every factor a score can carry, in the order the explanation lists them. Codes that start
 * with `unknown_` stand for a missing input: they add points (a gap in the data is never "low
 * risk") and are also listed in `unknowns`.
 */
export const RISK_FACTOR_CODES = [
  "country_tip",
  "country_override",
  "country_tip_history",
  "unknown_country",
  "product_forced_labour",
  "product_child_labour",
  "product_derived",
  "product_not_listed",
  "unknown_products",
  "sector_high_risk",
  "sector_other",
  "unknown_sector",
  "workforce_migrant",
  "workforce_temporary",
  "workforce_seasonal",
  "workforce_employer_housing",
  "workforce_no_signs",
  "unknown_workforce",
  "recruitment_fees",
  "recruitment_licence_revoked",
  "recruitment_licence_unverified",
  "recruitment_sub_agents",
  "recruitment_no_signs",
  "unknown_recruitment_fees",
  "unknown_recruitment",
  "tier_depth",
  "unknown_tier",
  "residual_inherent_only",
] as const;
export const ZRiskFactorCodeSchema = z.enum(RISK_FACTOR_CODES);
export type TRiskFactorCode = z.infer<typeof ZRiskFactorCodeSchema>;

export const RISK_FACTOR_GROUP: Record<TRiskFactorCode, TRiskFactorGroup> = {
  country_tip: "country",
  country_override: "country",
  country_tip_history: "country",
  unknown_country: "country",
  product_forced_labour: "products",
  product_child_labour: "products",
  product_derived: "products",
  product_not_listed: "products",
  unknown_products: "products",
  sector_high_risk: "sector",
  sector_other: "sector",
  unknown_sector: "sector",
  workforce_migrant: "workforce",
  workforce_temporary: "workforce",
  workforce_seasonal: "workforce",
  workforce_employer_housing: "workforce",
  workforce_no_signs: "workforce",
  unknown_workforce: "workforce",
  recruitment_fees: "recruitment",
  recruitment_licence_revoked: "recruitment",
  recruitment_licence_unverified: "recruitment",
  recruitment_sub_agents: "recruitment",
  recruitment_no_signs: "recruitment",
  unknown_recruitment_fees: "recruitment",
  unknown_recruitment: "recruitment",
  tier_depth: "tier",
  unknown_tier: "tier",
  residual_inherent_only: "residual",
};

export const isUnknownFactor = (code: TRiskFactorCode): boolean => code.startsWith("unknown_");

/** Where a factor's information comes from. */
export const RISK_SOURCES = [
  /** The US State Department's Trafficking in Persons report (tip_tiers edition). */
  "tip_tiers",
  /** The US DOL list of goods produced by child or forced labour (goods_list edition). */
  "goods_list",
  /** The organisation's own country risk override. */
  "organization_override",
  /** What the organisation recorded about the supplier (country, products, sector). */
  "supplier_record",
  /** The site's workforce profile. */
  "site_record",
  /** Recruiters, their licences, fee policies and sub-agents. */
  "recruiter_records",
  /** Supply links (tiers). */
  "supply_chain",
  /** Fairtrace's model itself (e.g. residual = inherent until questionnaires exist). */
  "risk_model",
] as const;
export const ZRiskSourceSchema = z.enum(RISK_SOURCES);
export type TRiskSource = z.infer<typeof ZRiskSourceSchema>;

/** Values interpolated into a factor's reason (ICU placeholders of `risk.factors.<code>.reason`). */
export const ZFactorValuesSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.null()]),
);
export type TFactorValues = z.infer<typeof ZFactorValuesSchema>;

export const ZStoredRiskFactorSchema = z.object({
  code: ZRiskFactorCodeSchema,
  points: z.number().int().min(0),
  values: ZFactorValuesSchema,
  source: ZRiskSourceSchema,
  /** The reference edition the factor was read from (e.g. "2025 report"), if any. */
  edition: z.string().nullable(),
});
export type TStoredRiskFactor = z.infer<typeof ZStoredRiskFactorSchema>;
export const ZStoredRiskFactorsSchema = z.array(ZStoredRiskFactorSchema);

export const ZStoredUnknownSchema = z.object({
  code: ZRiskFactorCodeSchema,
  points: z.number().int().min(0),
});
export type TStoredUnknown = z.infer<typeof ZStoredUnknownSchema>;
export const ZStoredUnknownsSchema = z.array(ZStoredUnknownSchema);

export const REFERENCE_DATASETS_USED = ["tip_tiers", "goods_list"] as const;
export const ZBasisEditionSchema = z.object({
  dataset: z.enum(REFERENCE_DATASETS_USED),
  id: z.uuid(),
  edition: z.string(),
  source: z.string(),
});
export type TBasisEdition = z.infer<typeof ZBasisEditionSchema>;

export const ZRiskBasisSchema = z.object({
  /** risk_settings.version (0: the built-in defaults, no settings saved). */
  settingsVersion: z.number().int().min(0),
  editions: z.array(ZBasisEditionSchema),
});
export type TRiskBasis = z.infer<typeof ZRiskBasisSchema>;

// ─── On the wire ──────────────────────────────────────────────────────────────────────────────

/** A factor as the UI shows it: the stored codes and values, with their words. */
export const ZRiskFactorViewSchema = z.object({
  code: ZRiskFactorCodeSchema,
  group: z.enum(RISK_FACTOR_GROUPS),
  /** What the factor is, e.g. "Country (TIP tier)". */
  label: z.string(),
  points: z.number().int(),
  /** Why it has these points, e.g. "China is on Tier 3 of the 2025 report." */
  reason: z.string(),
  /** Where the information comes from, e.g. "US State Department, Trafficking in Persons report". */
  source: z.string(),
  /** The edition of that source, e.g. "2025 report"; null for the organisation's own data. */
  edition: z.string().nullable(),
  /** True for a missing input (also listed in `unknowns`). */
  isUnknown: z.boolean(),
  /** The values behind the reason, for a UI that builds its own sentence. */
  values: ZFactorValuesSchema,
});
export type TRiskFactorView = z.infer<typeof ZRiskFactorViewSchema>;

export const ZRiskUnknownViewSchema = z.object({
  code: ZRiskFactorCodeSchema,
  label: z.string(),
  points: z.number().int(),
});
export type TRiskUnknownView = z.infer<typeof ZRiskUnknownViewSchema>;

export const ZRiskScoreViewSchema = z.object({
  inherentScore: z.number().int(),
  inherentBand: ZRiskBandSchema,
  residualScore: z.number().int(),
  residualBand: ZRiskBandSchema,
  factors: z.array(ZRiskFactorViewSchema),
  unknowns: z.array(ZRiskUnknownViewSchema),
  basis: ZRiskBasisSchema,
  computedAt: z.date(),
});
export type TRiskScoreView = z.infer<typeof ZRiskScoreViewSchema>;

export const ZRiskHistoryPointSchema = z.object({
  computedAt: z.date(),
  residualScore: z.number().int(),
  residualBand: ZRiskBandSchema,
});
export type TRiskHistoryPoint = z.infer<typeof ZRiskHistoryPointSchema>;

/** `risk.getSupplierRisk` / `risk.getSiteRisk`: null `current` until the first computation. */
export const ZSubjectRiskSchema = z.object({
  current: ZRiskScoreViewSchema.nullable(),
  /** Oldest first. */
  history: z.array(ZRiskHistoryPointSchema),
});
export type TSubjectRisk = z.infer<typeof ZSubjectRiskSchema>;

export const ZGetSupplierRiskRequestSchema = z.object({ supplierId: z.uuid() });
export const ZGetSiteRiskRequestSchema = z.object({ siteId: z.uuid() });

// ─── Settings, overrides, recomputations, summary ─────────────────────────────────────────────

export const ZRiskSettingsSchema = z.object({
  weights: ZRiskWeightsSchema,
  bandThresholds: ZBandThresholdsSchema,
  /** 0 while the organisation uses the built-in defaults. */
  version: z.number().int().min(0),
  isDefault: z.boolean(),
  updatedAt: z.date().nullable(),
});
export type TRiskSettings = z.infer<typeof ZRiskSettingsSchema>;

export const ZUpdateRiskSettingsRequestSchema = z.object({
  weights: ZRiskWeightsSchema,
  bandThresholds: ZBandThresholdsSchema,
  /** The version the form was loaded with: a concurrent change is refused, not overwritten. */
  expectedVersion: z.number().int().min(0),
});
export type TUpdateRiskSettingsRequest = z.infer<typeof ZUpdateRiskSettingsRequestSchema>;

export const ZCountryOverrideSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  points: z.number().int(),
  reason: z.string(),
  updatedAt: z.date(),
});
export type TCountryOverride = z.infer<typeof ZCountryOverrideSchema>;

export const ZSaveCountryOverrideRequestSchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "validation.countryCode" }),
  points,
  reason: z
    .string()
    .trim()
    .min(3, { error: "risk.validation.overrideReason" })
    .max(500, { error: "validation.tooLong" }),
});
export type TSaveCountryOverrideRequest = z.infer<typeof ZSaveCountryOverrideRequestSchema>;

export const RECOMPUTATION_STATUSES = ["queued", "running", "completed", "failed"] as const;
export const ZRecomputationStatusSchema = z.enum(RECOMPUTATION_STATUSES);
export type TRecomputationStatus = z.infer<typeof ZRecomputationStatusSchema>;

/** Why a whole-organisation recomputation was requested. */
export const RECOMPUTATION_REASONS = [
  "manual",
  "settings_changed",
  "country_override_changed",
  "reference_edition_loaded",
  "import_completed",
  "demo_data",
] as const;
export const ZRecomputationReasonSchema = z.enum(RECOMPUTATION_REASONS);
export type TRecomputationReason = z.infer<typeof ZRecomputationReasonSchema>;

export const ZRecomputationSchema = z.object({
  id: z.uuid(),
  reason: z.string(),
  status: ZRecomputationStatusSchema,
  subjectsTotal: z.number().int(),
  subjectsDone: z.number().int(),
  changed: z.number().int(),
  errorMessage: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
});
export type TRecomputation = z.infer<typeof ZRecomputationSchema>;

export const ZGetRecomputationRequestSchema = z.object({
  /** A run's id; without it, the latest run of the organisation. */
  id: z.uuid().optional(),
});

export const ZRiskSummarySchema = z.object({
  /** Live (not archived) suppliers per band of their current residual score. */
  bands: z.object({
    low: z.number().int(),
    medium: z.number().int(),
    high: z.number().int(),
    critical: z.number().int(),
  }),
  /** Live suppliers not scored yet. */
  unscored: z.number().int(),
  total: z.number().int(),
  lastComputedAt: z.date().nullable(),
});
export type TRiskSummary = z.infer<typeof ZRiskSummarySchema>;
