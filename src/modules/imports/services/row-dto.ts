/**
 * Staged rows as the report shows them: problems translated, with the offending cell's text, and
 * (valid rows) a preview of what will be written. Also the paged listing behind the report.
 */
import type { DbOrTx } from "@/server/db";

import {
  ZRowCellsSchema,
  ZRowErrorsSchema,
  type ImportRowDto,
  type ListImportRowsOutput,
} from "../schemas";
import { entityOf, findBatch, mappingOf } from "./batches";
import { translateMessageKey } from "./messages";
import { createRowChecker } from "./row-checker";
import type { StagedRow } from "./staging";

export const toRowDto = (row: StagedRow, preview: Record<string, string> | null): ImportRowDto => ({
  rowNumber: row.rowNumber,
  cells: row.cells,
  isValid: row.isValid,
  errors: row.errors.map((error) => ({
    ...error,
    value: error.column ? (row.cells[error.column] ?? "") : null,
    text: translateMessageKey(error.message),
  })),
  preview,
});

export const listImportRows = async ({
  db,
  organizationId,
  id,
  filter,
  page,
  pageSize,
}: {
  db: DbOrTx;
  organizationId: string;
  id: string;
  filter: "all" | "valid" | "invalid";
  page: number;
  pageSize: number;
}): Promise<ListImportRowsOutput> => {
  const batch = await findBatch({ db, organizationId, id });
  const where = {
    organizationId,
    importBatchId: id,
    ...(filter === "all" ? {} : { isValid: filter === "valid" }),
  };
  const [total, records] = await Promise.all([
    db.importRow.count({ where }),
    db.importRow.findMany({
      where,
      orderBy: { rowNumber: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { rowNumber: true, cells: true, errors: true, isValid: true },
    }),
  ]);
  const rows: StagedRow[] = records.map((record) => ({
    rowNumber: record.rowNumber,
    cells: ZRowCellsSchema.parse(record.cells),
    errors: ZRowErrorsSchema.parse(record.errors),
    isValid: record.isValid,
  }));
  // Previews only once the rows have been validated against a mapping.
  const isValidated = batch.validRowCount + batch.invalidRowCount === batch.rowCount;
  const check =
    isValidated && batch.status !== "completed"
      ? await createRowChecker({
          db,
          organizationId,
          entity: entityOf(batch),
          mapping: mappingOf(batch),
          rows,
        })
      : null;
  return {
    rows: rows.map((row) => {
      if (!row.isValid || !check) return toRowDto(row, null);
      const outcome = check(row.cells);
      return toRowDto(row, outcome.preview);
    }),
    total,
    page,
    pageSize,
  };
};
