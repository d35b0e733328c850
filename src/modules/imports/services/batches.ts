/**
 * Reading import batches: scoped to the organisation (another organisation's id is NOT_FOUND),
 * JSON columns parsed with zod, rows turned into DTOs.
 */
import { MESSAGES } from "@/i18n/messages";
import { AppError } from "@/modules/platform/errors/app-error";
import type { DbOrTx, Prisma } from "@/server/db";

import {
  ZColumnMappingSchema,
  ZImportEntitySchema,
  type ColumnMapping,
  type ImportEntity,
} from "../fields";
import {
  ZImportResultSchema,
  type ImportDetail,
  type ImportResult,
  type ImportStatus,
  type ImportSummary,
} from "../schemas";
import { suggestMapping } from "../suggest-mapping";

export const BATCH_SELECT = {
  id: true,
  organizationId: true,
  entityType: true,
  fileName: true,
  fileFormat: true,
  headers: true,
  columnMapping: true,
  status: true,
  rowCount: true,
  validRowCount: true,
  invalidRowCount: true,
  processedRows: true,
  result: true,
  errorMessage: true,
  createdByUserId: true,
  createdAt: true,
  validatedAt: true,
  startedAt: true,
  completedAt: true,
} satisfies Prisma.ImportBatchSelect;

export type BatchRow = Prisma.ImportBatchGetPayload<{ select: typeof BATCH_SELECT }>;

export const notFound = () => new AppError("NOT_FOUND", { userMessageKey: "imports.notFound" });

/** The organisation's batch with this id; NOT_FOUND for a missing id or another organisation's. */
export const findBatch = async ({
  db,
  organizationId,
  id,
  forUpdate = false,
}: {
  db: DbOrTx;
  organizationId: string;
  id: string;
  /** Locks the row until the end of the transaction (`db` must be one). */
  forUpdate?: boolean;
}): Promise<BatchRow> => {
  if (forUpdate) {
    const locked = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM import_batches
      WHERE id = ${id}::uuid AND organization_id = ${organizationId}::uuid
      FOR UPDATE`;
    if (locked.length === 0) throw notFound();
  }
  const batch = await db.importBatch.findFirst({
    where: { id, organizationId },
    select: BATCH_SELECT,
  });
  if (!batch) throw notFound();
  return batch;
};

export const entityOf = (batch: Pick<BatchRow, "entityType">): ImportEntity =>
  ZImportEntitySchema.parse(batch.entityType);

export const mappingOf = (batch: Pick<BatchRow, "columnMapping">): ColumnMapping =>
  batch.columnMapping === null ? {} : ZColumnMappingSchema.parse(batch.columnMapping);

export const resultOf = (batch: Pick<BatchRow, "result">): ImportResult | null => {
  const parsed = ZImportResultSchema.safeParse(batch.result);
  return parsed.success ? parsed.data : null;
};

/** The labels of the entity's fields: the export headers, recognised by the mapping. */
export const fieldLabels = (entity: ImportEntity): Record<string, string> =>
  Object.fromEntries(
    Object.entries(MESSAGES.en.imports.fields[entity]).map(([key, { label }]) => [key, label]),
  );

export const suggestedMappingOf = (entity: ImportEntity, headers: readonly string[]) =>
  suggestMapping({ entity, headers, labels: fieldLabels(entity) });

const fileFormatOf = (format: string): "csv" | "xlsx" => (format === "xlsx" ? "xlsx" : "csv");

const userNames = async (db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string>> => {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(userIds)] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
};

const summaryOf = (batch: BatchRow, names: ReadonlyMap<string, string>): ImportSummary => ({
  id: batch.id,
  entityType: entityOf(batch),
  fileName: batch.fileName,
  fileFormat: fileFormatOf(batch.fileFormat),
  status: batch.status satisfies ImportStatus,
  rowCount: batch.rowCount,
  validRowCount: batch.validRowCount,
  invalidRowCount: batch.invalidRowCount,
  processedRows: batch.processedRows,
  createdAt: batch.createdAt,
  completedAt: batch.completedAt,
  createdByName: names.get(batch.createdByUserId) ?? null,
});

export const toSummaries = async (
  db: DbOrTx,
  batches: readonly BatchRow[],
): Promise<ImportSummary[]> => {
  const names = await userNames(
    db,
    batches.map((batch) => batch.createdByUserId),
  );
  return batches.map((batch) => summaryOf(batch, names));
};

export const toDetail = async (db: DbOrTx, batch: BatchRow): Promise<ImportDetail> => {
  const entity = entityOf(batch);
  const names = await userNames(db, [batch.createdByUserId]);
  const suggestedMapping = suggestedMappingOf(entity, batch.headers);
  return {
    ...summaryOf(batch, names),
    headers: batch.headers,
    mapping: batch.columnMapping === null ? suggestedMapping : mappingOf(batch),
    suggestedMapping,
    isMapped: batch.status !== "uploaded",
    result: resultOf(batch),
    errorMessage: batch.errorMessage,
    startedAt: batch.startedAt,
  };
};
