/**
 * The imports module's data shapes: the JSON columns of import_batches and import_rows (read and
 * written through these schemas) and the DTOs on the wire. Client-safe.
 */
import { z } from "zod";

import { ZColumnMappingSchema, ZImportEntitySchema } from "./fields";

export const IMPORT_STATUSES = [
  "uploaded",
  "validated",
  "importing",
  "completed",
  "failed",
  "cancelled",
] as const;
export const ZImportStatusSchema = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ZImportStatusSchema>;

// ─── JSON columns ──────────────────────────────────────────────────────────────────────────────

/** import_rows.cells: the non-empty cells of a row, by header. */
export const ZRowCellsSchema = z.record(z.string(), z.string());
export type RowCells = z.infer<typeof ZRowCellsSchema>;

/**
 * One problem of a row (import_rows.errors is a list of them): the field, the column it was read
 * from (null when the problem is the row's as a whole), and a message key of the catalogue.
 */
export const ZRowErrorSchema = z.object({
  field: z.string(),
  column: z.string().nullable(),
  message: z.string(),
});
export type RowError = z.infer<typeof ZRowErrorSchema>;
export const ZRowErrorsSchema = z.array(ZRowErrorSchema);

/** import_batches.result once an import has run. */
export const ZImportResultSchema = z.object({
  created: z.number().int().min(0),
  /** Rows merged into a record that already existed (or into an earlier row of the same file). */
  merged: z.number().int().min(0),
  /** Created records queued for review as possible duplicates of existing ones. */
  queuedAsDuplicates: z.number().int().min(0),
  /** Licences and corridors added (recruiter imports). */
  licencesAdded: z.number().int().min(0).default(0),
  corridorsAdded: z.number().int().min(0).default(0),
  /** Some of the records merged into (up to 20), for links from the result summary. */
  mergedInto: z.array(z.object({ id: z.uuid(), name: z.string() })).default([]),
  durationMs: z.number().int().min(0),
});
export type ImportResult = z.infer<typeof ZImportResultSchema>;

// ─── DTOs ──────────────────────────────────────────────────────────────────────────────────────

export const ZImportSummarySchema = z.object({
  id: z.uuid(),
  entityType: ZImportEntitySchema,
  fileName: z.string(),
  fileFormat: z.enum(["csv", "xlsx"]),
  status: ZImportStatusSchema,
  rowCount: z.number().int(),
  validRowCount: z.number().int(),
  invalidRowCount: z.number().int(),
  processedRows: z.number().int(),
  createdAt: z.date(),
  completedAt: z.date().nullable(),
  createdByName: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof ZImportSummarySchema>;

export const ZImportDetailSchema = ZImportSummarySchema.extend({
  headers: z.array(z.string()),
  /** The mapping in force (the suggested one until the user saves theirs). */
  mapping: ZColumnMappingSchema,
  /** The mapping proposed from the headers. */
  suggestedMapping: ZColumnMappingSchema,
  /** Whether the user has saved a mapping (rows are validated against it). */
  isMapped: z.boolean(),
  result: ZImportResultSchema.nullable(),
  /** Why it failed, translated. */
  errorMessage: z.string().nullable(),
  startedAt: z.date().nullable(),
});
export type ImportDetail = z.infer<typeof ZImportDetailSchema>;

export const ZImportRowErrorDtoSchema = ZRowErrorSchema.extend({
  /** The cell's text, when the problem is tied to a column. */
  value: z.string().nullable(),
  /** The message, translated. */
  text: z.string(),
});
export type ImportRowErrorDto = z.infer<typeof ZImportRowErrorDtoSchema>;

export const ZImportRowDtoSchema = z.object({
  rowNumber: z.number().int(),
  cells: ZRowCellsSchema,
  isValid: z.boolean(),
  errors: z.array(ZImportRowErrorDtoSchema),
  /** The row as it will be imported: field → the value read, as text (valid rows only). */
  preview: z.record(z.string(), z.string()).nullable(),
});
export type ImportRowDto = z.infer<typeof ZImportRowDtoSchema>;

export const ROW_FILTERS = ["all", "invalid", "valid"] as const;
export const ROW_PAGE_SIZES = [10, 25, 50, 100] as const;

export const ZListImportRowsInputSchema = z.object({
  id: z.uuid(),
  filter: z.enum(ROW_FILTERS).default("all"),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z
    .number()
    .int()
    .refine((size) => ROW_PAGE_SIZES.some((allowed) => allowed === size))
    .default(25),
});
export type ListImportRowsInput = z.input<typeof ZListImportRowsInputSchema>;

export const ZListImportRowsOutputSchema = z.object({
  rows: z.array(ZImportRowDtoSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ListImportRowsOutput = z.infer<typeof ZListImportRowsOutputSchema>;

export const ZSetMappingInputSchema = z.object({
  id: z.uuid(),
  mapping: ZColumnMappingSchema,
});

export const ZFixImportRowInputSchema = z.object({
  id: z.uuid(),
  rowNumber: z.number().int().min(1),
  /** The row's cells after the user's corrections, by header (empty means blank). */
  cells: z.record(z.string().max(300), z.string().max(10_000)),
});

export const ZFixImportRowOutputSchema = z.object({
  row: ZImportRowDtoSchema,
  validRowCount: z.number().int(),
  invalidRowCount: z.number().int(),
});

export const ZImportIdInputSchema = z.object({ id: z.uuid() });

/** What the upload route answers. */
export const ZUploadResponseSchema = z.object({ id: z.uuid() });

export const IMPORT_PAGE_SIZES = [10, 25, 50, 100] as const;

export const ZListImportsInputSchema = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z
    .number()
    .int()
    .refine((size) => IMPORT_PAGE_SIZES.some((allowed) => allowed === size))
    .default(25),
});

export const ZListImportsOutputSchema = z.object({
  items: z.array(ZImportSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZSetMappingOutputSchema = z.object({
  validRowCount: z.number().int(),
  invalidRowCount: z.number().int(),
});
