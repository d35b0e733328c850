/**
 * The mapping step and row fixes: saving the user's mapping validates every staged row against
 * it (only rows whose outcome changes are rewritten); fixing a row rewrites its cells and
 * validates that row again. Nothing is written to suppliers, sites or recruiters here.
 */
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, DbOrTx } from "@/server/db";

import { fieldsOf, type ColumnMapping, type ImportEntity } from "../fields";
import type { ImportRowDto, RowCells } from "../schemas";
import { mappingProblems } from "../suggest-mapping";
import { entityOf, fieldLabels, findBatch, mappingOf, type BatchRow } from "./batches";
import { toRowDto } from "./row-dto";
import { createRowChecker } from "./row-checker";
import {
  countStagedRows,
  readStagedRow,
  readStagedRows,
  updateStagedRows,
  type StagedRow,
} from "./staging";
import { IMPORT_TRANSACTION_TIMEOUT_MS } from "./upload";

const EDITABLE_STATUSES = new Set<BatchRow["status"]>(["uploaded", "validated", "failed"]);

export const assertEditable = (batch: BatchRow): void => {
  if (!EDITABLE_STATUSES.has(batch.status)) {
    throw new AppError("CONFLICT", { userMessageKey: "imports.notEditable" });
  }
};

/** Checks a mapping against the entity's fields and the file's headers; returns it cleaned. */
export const checkMapping = (
  entity: ImportEntity,
  headers: readonly string[],
  mapping: ColumnMapping,
): ColumnMapping => {
  const known = new Set(fieldsOf(entity).map((definition) => definition.key));
  const headerSet = new Set(headers);
  const cleaned: ColumnMapping = {};
  const used = new Set<string>();
  for (const definition of fieldsOf(entity)) {
    const header = mapping[definition.key];
    if (!header) continue;
    if (!headerSet.has(header)) {
      throw new AppError("INVALID_INPUT", { userMessageKey: "imports.unknownHeader" });
    }
    if (used.has(header)) {
      throw new AppError("INVALID_INPUT", { userMessageKey: "imports.headerMappedTwice" });
    }
    used.add(header);
    cleaned[definition.key] = header;
  }
  if (Object.keys(mapping).some((key) => !known.has(key))) {
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.unknownField" });
  }
  const problems = mappingProblems(entity, cleaned);
  if (problems.missingRequired.length > 0) {
    const labels = fieldLabels(entity);
    throw new AppError("INVALID_INPUT", {
      userMessageKey: "imports.requiredFieldsUnmapped",
      userMessageValues: {
        fields: problems.missingRequired.map((key) => labels[key] ?? key).join(", "),
      },
    });
  }
  if (problems.needsSupplierReference) {
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.supplierReferenceUnmapped" });
  }
  return cleaned;
};

const sameMapping = (a: ColumnMapping, b: ColumnMapping): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
};

/** Validates every staged row against `mapping`, rewriting those whose outcome changed. */
export const revalidateRows = async ({
  db,
  organizationId,
  batchId,
  entity,
  mapping,
}: {
  db: DbOrTx;
  organizationId: string;
  batchId: string;
  entity: ImportEntity;
  mapping: ColumnMapping;
}): Promise<{ valid: number; invalid: number }> => {
  const rows = await readStagedRows({ db, organizationId, batchId });
  const check = await createRowChecker({ db, organizationId, entity, mapping, rows });
  const changed: StagedRow[] = [];
  let valid = 0;
  for (const row of rows) {
    const outcome = check(row.cells);
    if (outcome.isValid) valid += 1;
    if (
      outcome.isValid !== row.isValid ||
      JSON.stringify(outcome.errors) !== JSON.stringify(row.errors)
    ) {
      changed.push({ ...row, errors: outcome.errors, isValid: outcome.isValid });
    }
  }
  await updateStagedRows({ db, organizationId, batchId, rows: changed });
  return { valid, invalid: rows.length - valid };
};

export const setImportMapping = async ({
  db,
  actor,
  organizationId,
  id,
  mapping,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  id: string;
  mapping: ColumnMapping;
}): Promise<{ validRowCount: number; invalidRowCount: number }> =>
  db.$transaction(
    async (tx) => {
      const batch = await findBatch({ db: tx, organizationId, id, forUpdate: true });
      assertEditable(batch);
      const entity = entityOf(batch);
      const cleaned = checkMapping(entity, batch.headers, mapping);
      // Rows validated at upload against the same mapping need no second pass, unless they
      // depend on other records (sites name their suppliers, which may have changed since).
      const isCurrent =
        sameMapping(cleaned, mappingOf(batch)) &&
        batch.validRowCount + batch.invalidRowCount === batch.rowCount &&
        entity !== "sites";
      const counts = isCurrent
        ? { valid: batch.validRowCount, invalid: batch.invalidRowCount }
        : await revalidateRows({ db: tx, organizationId, batchId: id, entity, mapping: cleaned });
      await tx.importBatch.update({
        where: { id, organizationId },
        data: {
          columnMapping: cleaned,
          status: "validated",
          validatedAt: new Date(),
          validRowCount: counts.valid,
          invalidRowCount: counts.invalid,
          errorMessage: null,
        },
      });
      await recordAuditEvent(tx, actor, {
        action: "import.mapped",
        entityType: "import_batch",
        entityId: id,
        before: { mapping: mappingOf(batch), status: batch.status },
        after: {
          mapping: cleaned,
          status: "validated",
          validRowCount: counts.valid,
          invalidRowCount: counts.invalid,
        },
      });
      return { validRowCount: counts.valid, invalidRowCount: counts.invalid };
    },
    { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );

/** Keeps the batch's own headers, trimmed, without blanks. */
const cleanCells = (headers: readonly string[], cells: Record<string, string>): RowCells => {
  const known = new Set(headers);
  const cleaned: RowCells = {};
  for (const [header, value] of Object.entries(cells)) {
    if (!known.has(header)) {
      throw new AppError("INVALID_INPUT", { userMessageKey: "imports.unknownHeader" });
    }
    const trimmed = value.trim();
    if (trimmed) cleaned[header] = trimmed;
  }
  return cleaned;
};

export const fixImportRow = async ({
  db,
  actor,
  organizationId,
  id,
  rowNumber,
  cells,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  id: string;
  rowNumber: number;
  cells: Record<string, string>;
}): Promise<{ row: ImportRowDto; validRowCount: number; invalidRowCount: number }> =>
  db.$transaction(async (tx) => {
    const batch = await findBatch({ db: tx, organizationId, id, forUpdate: true });
    assertEditable(batch);
    if (batch.status === "uploaded") {
      throw new AppError("PRECONDITION_FAILED", { userMessageKey: "imports.notMapped" });
    }
    const existing = await readStagedRow({ db: tx, organizationId, batchId: id, rowNumber });
    if (!existing) throw new AppError("NOT_FOUND", { userMessageKey: "imports.rowNotFound" });
    const entity = entityOf(batch);
    const mapping = mappingOf(batch);
    const newCells = cleanCells(batch.headers, cells);
    const check = await createRowChecker({
      db: tx,
      organizationId,
      entity,
      mapping,
      rows: [{ cells: newCells }],
    });
    const outcome = check(newCells);
    const updated: StagedRow = {
      rowNumber,
      cells: newCells,
      errors: outcome.errors,
      isValid: outcome.isValid,
    };
    await updateStagedRows({ db: tx, organizationId, batchId: id, rows: [updated] });
    const counts = await countStagedRows({ db: tx, organizationId, batchId: id });
    await tx.importBatch.update({
      where: { id, organizationId },
      data: { validRowCount: counts.valid, invalidRowCount: counts.invalid },
    });
    await recordAuditEvent(tx, actor, {
      action: "import.row_fixed",
      entityType: "import_batch",
      entityId: id,
      before: { rowNumber, cells: existing.cells, isValid: existing.isValid },
      after: { rowNumber, cells: newCells, isValid: outcome.isValid },
    });
    return {
      row: toRowDto(updated, outcome.preview),
      validRowCount: counts.valid,
      invalidRowCount: counts.invalid,
    };
  });
