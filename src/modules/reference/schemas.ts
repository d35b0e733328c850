/**
 * The reference module's data shapes on the wire (editions, goods, TIP tiers, indicators) and the
 * inputs of its procedures and upload form. Client-safe: no server code here.
 */
import { z } from "zod";

// ─── Enums (the database's, spelled once) ──────────────────────────────────────────────────────

export const REFERENCE_DATASETS = [
  "goods_list",
  "tip_tiers",
  "isic_sectors",
  "indicators",
] as const;
export const ZReferenceDatasetSchema = z.enum(REFERENCE_DATASETS);
export type TReferenceDataset = z.infer<typeof ZReferenceDatasetSchema>;

/** The datasets an organisation may load its own (newer) edition of. */
export const UPLOADABLE_DATASETS = ["goods_list", "tip_tiers"] as const;
export const ZUploadableDatasetSchema = z.enum(UPLOADABLE_DATASETS);
export type TUploadableDataset = z.infer<typeof ZUploadableDatasetSchema>;

export const TIP_TIERS = [
  "tier_1",
  "tier_2",
  "tier_1_or_2",
  "tier_2_watch_list",
  "tier_3",
  "special_case",
] as const;
export const ZTipTierSchema = z.enum(TIP_TIERS);
export type TTipTier = z.infer<typeof ZTipTierSchema>;

export const INDICATOR_KINDS = ["ilo_forced_labour", "operational"] as const;
export const ZIndicatorKindSchema = z.enum(INDICATOR_KINDS);
export type TIndicatorKind = z.infer<typeof ZIndicatorKindSchema>;

export const INDICATOR_STAGES = ["recruitment", "destination"] as const;
export const ZIndicatorStageSchema = z.enum(INDICATOR_STAGES);
export type TIndicatorStage = z.infer<typeof ZIndicatorStageSchema>;

export const INDICATOR_STRENGTHS = ["strong", "medium", "weak"] as const;
export const ZIndicatorStrengthSchema = z.enum(INDICATOR_STRENGTHS);
export type TIndicatorStrength = z.infer<typeof ZIndicatorStrengthSchema>;

/** The six ILO/EC groups; 1–3 are at recruitment, 4–6 at destination. */
export const INDICATOR_GROUPS = [1, 2, 3, 4, 5, 6] as const;
export const stageOfGroup = (group: number): TIndicatorStage =>
  group <= 3 ? "recruitment" : "destination";

/** Indicator codes: "ILO-FL-01" … "ILO-FL-11", "OP-1.01" … "OP-6.07". */
export const ZIndicatorCodeSchema = z
  .string()
  .trim()
  .regex(/^(ILO-FL-\d{2}|OP-[1-6]\.\d{2})$/);

// ─── Editions ──────────────────────────────────────────────────────────────────────────────────

export const ZEditionSchema = z.object({
  id: z.uuid(),
  dataset: ZReferenceDatasetSchema,
  edition: z.string(),
  effectiveDate: z.date(),
  source: z.string(),
  licence: z.string(),
  rowCount: z.number().int(),
  sha256: z.string(),
  /** Built-in editions ship with the product (refdata/); the others are the organisation's. */
  isBuiltIn: z.boolean(),
  /** Whether this is the edition the organisation's risk scores use now. */
  isActive: z.boolean(),
  loadedByName: z.string().nullable(),
  createdAt: z.date(),
});
export type TEdition = z.infer<typeof ZEditionSchema>;

export const ZListEditionsRequestSchema = z.object({
  dataset: ZReferenceDatasetSchema.optional(),
});

export const ZDatasetEditionsSchema = z.object({
  dataset: ZReferenceDatasetSchema,
  isUploadable: z.boolean(),
  editions: z.array(ZEditionSchema),
});
export type TDatasetEditions = z.infer<typeof ZDatasetEditionsSchema>;

export const PAGE_SIZES = [25, 50, 100] as const;

const ZPageSchema = z.number().int().min(1).max(100_000).default(1);
const ZPageSizeSchema = z.number().int().min(1).max(100).default(50);

export const ZGetEditionRequestSchema = z.object({
  id: z.uuid(),
  page: ZPageSchema,
  pageSize: ZPageSizeSchema,
  /** Filters the entries (country code or name, good, tier, division…); case-insensitive. */
  search: z.string().trim().max(200).optional(),
});
export type TGetEditionRequest = z.input<typeof ZGetEditionRequestSchema>;

export const ZGoodsEntrySchema = z.object({
  id: z.uuid(),
  good: z.string(),
  goodKey: z.string(),
  sector: z.string(),
  country: z.string(),
  childLabor: z.boolean(),
  forcedLabor: z.boolean(),
  forcedChildLabor: z.boolean(),
  derived: z.boolean(),
  derivedFromCountry: z.string().nullable(),
});
export type TGoodsEntry = z.infer<typeof ZGoodsEntrySchema>;

export const ZTipTierEntrySchema = z.object({
  id: z.uuid(),
  country: z.string(),
  reportYear: z.number().int(),
  tier: ZTipTierSchema,
  summary: z.string().nullable(),
});
export type TTipTierEntry = z.infer<typeof ZTipTierEntrySchema>;

export const ZSectorEntrySchema = z.object({
  id: z.uuid(),
  section: z.string(),
  sectionTitle: z.string(),
  division: z.string(),
  divisionTitle: z.string(),
});

export const ZIndicatorEntrySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: ZIndicatorKindSchema,
  title: z.string(),
  strength: ZIndicatorStrengthSchema.nullable(),
});

export const ZEditionEntriesSchema = z.discriminatedUnion("dataset", [
  z.object({ dataset: z.literal("goods_list"), rows: z.array(ZGoodsEntrySchema) }),
  z.object({ dataset: z.literal("tip_tiers"), rows: z.array(ZTipTierEntrySchema) }),
  z.object({ dataset: z.literal("isic_sectors"), rows: z.array(ZSectorEntrySchema) }),
  z.object({ dataset: z.literal("indicators"), rows: z.array(ZIndicatorEntrySchema) }),
]);
export type TEditionEntries = z.infer<typeof ZEditionEntriesSchema>;

export const ZEditionDetailSchema = z.object({
  edition: ZEditionSchema,
  entries: ZEditionEntriesSchema,
  /** Entries matching the search (all entries without one). */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** TIP tiers only: the report years the edition covers, and whether each lists every tier. */
  years: z.array(
    z.object({ reportYear: z.number().int(), isPartialList: z.boolean(), rows: z.number().int() }),
  ),
});
export type TEditionDetail = z.infer<typeof ZEditionDetailSchema>;

// ─── Goods search ──────────────────────────────────────────────────────────────────────────────

export const ZFindGoodsRequestSchema = z.object({
  /** ISO alpha-2, or a country name in any spelling the alias table knows. */
  country: z.string().trim().max(100).optional(),
  /** Part of a good's name ("cotton", "bricks"). */
  good: z.string().trim().max(200).optional(),
  forcedLaborOnly: z.boolean().default(false),
  page: ZPageSchema,
  pageSize: ZPageSizeSchema,
});
export type TFindGoodsRequest = z.input<typeof ZFindGoodsRequestSchema>;

export const ZEditionRefSchema = z.object({
  id: z.uuid(),
  dataset: ZReferenceDatasetSchema,
  edition: z.string(),
  source: z.string(),
  licence: z.string(),
  effectiveDate: z.date(),
  isBuiltIn: z.boolean(),
});
export type TEditionRef = z.infer<typeof ZEditionRefSchema>;

export const ZFindGoodsResponseSchema = z.object({
  /** The goods list searched: the organisation's active edition. */
  edition: ZEditionRefSchema.nullable(),
  /** The country searched, resolved to ISO (null when none was given or it did not resolve). */
  country: z.string().nullable(),
  /** True when a country was given but names no country we know. */
  isUnknownCountry: z.boolean(),
  rows: z.array(ZGoodsEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TFindGoodsResponse = z.infer<typeof ZFindGoodsResponseSchema>;

// ─── Indicators ────────────────────────────────────────────────────────────────────────────────

export const ZStrengthOverrideSchema = z.object({
  id: z.uuid(),
  strength: ZIndicatorStrengthSchema,
  rationale: z.string(),
  updatedAt: z.date(),
});
export type TStrengthOverride = z.infer<typeof ZStrengthOverrideSchema>;

export const ZIndicatorRefSchema = z.object({
  code: z.string(),
  title: z.string(),
});

export const ZIndicatorSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: ZIndicatorKindSchema,
  groupNumber: z.number().int().nullable(),
  stage: ZIndicatorStageSchema.nullable(),
  title: z.string(),
  explanation: z.string(),
  source: z.string(),
  /** The catalogue's grading. */
  strength: ZIndicatorStrengthSchema.nullable(),
  strengthSource: z.string().nullable(),
  /** The organisation's own grading, when it has one (it wins for its scores). */
  override: ZStrengthOverrideSchema.nullable(),
  /** The strength in force for the organisation: its own grading, else the catalogue's. */
  effectiveStrength: ZIndicatorStrengthSchema.nullable(),
  /** Operational indicators: the ILO indicators of forced labour they roll up to. */
  rollsUpTo: z.array(ZIndicatorRefSchema),
  /** ILO indicators: the operational indicators that roll up to them. */
  rolledUpBy: z.array(ZIndicatorRefSchema),
});
export type TIndicator = z.infer<typeof ZIndicatorSchema>;

export const ZListIndicatorsRequestSchema = z.object({
  kind: ZIndicatorKindSchema.optional(),
  group: z.number().int().min(1).max(6).optional(),
  stage: ZIndicatorStageSchema.optional(),
  /** Matches the strength in force for the organisation. */
  strength: ZIndicatorStrengthSchema.optional(),
  search: z.string().trim().max(200).optional(),
});
export type TListIndicatorsRequest = z.input<typeof ZListIndicatorsRequestSchema>;

export const ZListIndicatorsResponseSchema = z.object({
  edition: ZEditionRefSchema.nullable(),
  indicators: z.array(ZIndicatorSchema),
  /** Indicators in the catalogue before filters. */
  total: z.number().int(),
});
export type TListIndicatorsResponse = z.infer<typeof ZListIndicatorsResponseSchema>;

export const ZGetIndicatorRequestSchema = z.object({ code: ZIndicatorCodeSchema });

export const RATIONALE_MIN_LENGTH = 10;
export const RATIONALE_MAX_LENGTH = 2000;

export const ZSetIndicatorStrengthRequestSchema = z.object({
  code: ZIndicatorCodeSchema,
  strength: ZIndicatorStrengthSchema,
  /** Why the organisation grades it so: kept with the grading and in the audit log. */
  rationale: z.string().trim().min(RATIONALE_MIN_LENGTH).max(RATIONALE_MAX_LENGTH),
});
export type TSetIndicatorStrengthRequest = z.infer<typeof ZSetIndicatorStrengthRequestSchema>;

/** By the override's id, so that another organisation's grading is NOT_FOUND. */
export const ZRemoveIndicatorStrengthRequestSchema = z.object({ id: z.uuid() });

// ─── TIP tier history ──────────────────────────────────────────────────────────────────────────

export const TIP_BASES = ["listed", "not_listed", "not_rated", "unknown", "no_report"] as const;
export const ZTipBasisSchema = z.enum(TIP_BASES);

export const ZGetTipTierHistoryRequestSchema = z.object({
  /** ISO alpha-2, or a country name in any spelling the alias table knows. */
  country: z.string().trim().min(1).max(100),
});

export const ZTipTierHistorySchema = z.object({
  /** The country resolved to ISO alpha-2; null when the text names no country we know. */
  country: z.string().nullable(),
  /** Every report year some edition the organisation sees covers, newest first. */
  years: z.array(
    z.object({
      reportYear: z.number().int(),
      /** Null when the sources cannot say (see `basis`): unknown, never "low risk". */
      tier: ZTipTierSchema.nullable(),
      basis: ZTipBasisSchema,
      summary: z.string().nullable(),
      /** The edition that answered for that year. */
      edition: ZEditionRefSchema.nullable(),
    }),
  ),
});
export type TTipTierHistory = z.infer<typeof ZTipTierHistorySchema>;

// ─── Upload ────────────────────────────────────────────────────────────────────────────────────

/** Reference lists are small (the 2022 goods list is 32 kB): 5 MB leaves room for any edition. */
export const MAX_EDITION_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_EDITION_UPLOAD_MEGABYTES = MAX_EDITION_UPLOAD_BYTES / (1024 * 1024);
/** What the upload accepts: CSV (or tab-separated text) and Excel workbooks, as imports do. */
export const EDITION_UPLOAD_EXTENSIONS = ["csv", "tsv", "txt", "xlsx"] as const;

/**
 * The columns of an uploaded edition: those of the built-in file (header names compare without
 * case, spaces, dashes or underscores). The TIP tiers use the 2025 Factbook file's layout.
 */
export const UPLOAD_COLUMNS = {
  goods_list: {
    required: ["good", "sector", "country", "child_labor", "forced_labor", "forced_child_labor"],
    optional: ["region", "derived_labor_exploitation", "derived_country"],
  },
  tip_tiers: {
    required: ["country", "tier", "report_year"],
    optional: ["text"],
  },
} as const satisfies Record<
  TUploadableDataset,
  { required: readonly string[]; optional: readonly string[] }
>;

/** Today as YYYY-MM-DD (UTC), the latest date an uploaded edition may apply from. */
const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The form fields of POST /api/reference/editions (besides the file). */
export const ZUploadEditionFieldsSchema = z.object({
  dataset: ZUploadableDatasetSchema,
  edition: z.string().trim().min(1).max(120),
  // An edition applies from its publication at the latest: a future date would make it the
  // active one ahead of time (editions are ordered by this date).
  effectiveDate: z.iso
    .date()
    .refine((date) => date >= "2000-01-01" && date <= todayIso(), { error: "outOfRange" }),
  source: z.string().trim().min(3).max(1000),
  licence: z.string().trim().min(2).max(500),
});
export type TUploadEditionFields = z.infer<typeof ZUploadEditionFieldsSchema>;
export const UPLOAD_EDITION_FIELDS = [
  "dataset",
  "edition",
  "effectiveDate",
  "source",
  "licence",
] as const;
export type TUploadEditionField = (typeof UPLOAD_EDITION_FIELDS)[number];

export const ROW_PROBLEMS = [
  "required",
  "unmappedCountry",
  "invalidFlag",
  "invalidTier",
  "invalidYear",
  "duplicate",
  "tooLong",
  "missingColumn",
] as const;
export const ZRowProblemKindSchema = z.enum(ROW_PROBLEMS);
export type TRowProblemKind = z.infer<typeof ZRowProblemKindSchema>;

/** One problem of an uploaded file: the row number in the file (1 = the header), the column. */
export const ZRowProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  problem: ZRowProblemKindSchema,
});
export type TRowProblem = z.infer<typeof ZRowProblemSchema>;

/** At most this many problems are sent back; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 200;

/** 201: the new edition (and whether it is the active one now). */
export const ZUploadEditionSuccessSchema = z.object({
  // Dates travel as ISO strings in the route's JSON: coerced back on the client.
  edition: ZEditionSchema.extend({ effectiveDate: z.coerce.date(), createdAt: z.coerce.date() }),
  /** False when the edition loaded but scores could not be queued for recomputation. */
  isRecomputationRequested: z.boolean(),
});
export type TUploadEditionSuccess = z.infer<typeof ZUploadEditionSuccessSchema>;

/**
 * 4xx: the error as every route describes it, plus, for a file with bad rows (422), each problem
 * with its row and column, and, for bad form fields (400), which fields.
 */
export const ZUploadEditionFailureSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string() }),
  problems: z.array(ZRowProblemSchema).default([]),
  /** Problems beyond those listed. */
  moreProblems: z.number().int().default(0),
  invalidFields: z.array(z.enum(UPLOAD_EDITION_FIELDS)).default([]),
});
export type TUploadEditionFailure = z.infer<typeof ZUploadEditionFailureSchema>;
