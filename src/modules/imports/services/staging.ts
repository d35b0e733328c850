/**
 * Staged rows (import_rows) written and rewritten in bulk: one `INSERT … SELECT` or
 * `UPDATE … FROM` over jsonb_to_recordset per chunk of rows, never a statement per row.
 */
import type { DbOrTx } from "@/server/db";

import { ZRowCellsSchema, ZRowErrorsSchema, type RowCells, type RowError } from "../schemas";

export const STAGING_CHUNK_SIZE = 5_000;

export type StagedRow = {
  rowNumber: number;
  cells: RowCells;
  errors: RowError[];
  isValid: boolean;
};

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * A chunk of staged rows as one JSON document for jsonb_to_recordset: PostgreSQL parses it once,
 * and this process serialises it in one native call (no array literal to escape cell by cell).
 */
const stagedRowsJson = (rows: readonly StagedRow[]): string =>
  JSON.stringify(
    rows.map((row) => ({
      row_number: row.rowNumber,
      cells: ZRowCellsSchema.parse(row.cells),
      errors: ZRowErrorsSchema.parse(row.errors),
      is_valid: row.isValid,
    })),
  );

export const insertStagedRows = async ({
  db,
  organizationId,
  batchId,
  rows,
}: {
  db: DbOrTx;
  organizationId: string;
  batchId: string;
  rows: readonly StagedRow[];
}): Promise<void> => {
  for (const chunk of chunks(rows, STAGING_CHUNK_SIZE)) {
    await db.$executeRaw`
      INSERT INTO import_rows (import_batch_id, row_number, organization_id, cells, errors, is_valid)
      SELECT ${batchId}::uuid, staged.row_number, ${organizationId}::uuid,
             staged.cells, staged.errors, staged.is_valid
      FROM jsonb_to_recordset(${stagedRowsJson(chunk)}::jsonb)
        AS staged(row_number int, cells jsonb, errors jsonb, is_valid boolean)`;
  }
};

/** Rewrites the validation outcome (and optionally the cells) of the given rows. */
export const updateStagedRows = async ({
  db,
  organizationId,
  batchId,
  rows,
}: {
  db: DbOrTx;
  organizationId: string;
  batchId: string;
  rows: readonly StagedRow[];
}): Promise<void> => {
  for (const chunk of chunks(rows, STAGING_CHUNK_SIZE)) {
    await db.$executeRaw`
      UPDATE import_rows
      SET cells = staged.cells, errors = staged.errors, is_valid = staged.is_valid
      FROM jsonb_to_recordset(${stagedRowsJson(chunk)}::jsonb)
        AS staged(row_number int, cells jsonb, errors jsonb, is_valid boolean)
      WHERE import_rows.organization_id = ${organizationId}::uuid
        AND import_rows.import_batch_id = ${batchId}::uuid
        AND import_rows.row_number = staged.row_number`;
  }
};

type RawStagedRow = { row_number: number; cells: unknown; errors: unknown; is_valid: boolean };

const parseStagedRow = (row: RawStagedRow): StagedRow => ({
  rowNumber: row.row_number,
  cells: ZRowCellsSchema.parse(row.cells),
  errors: ZRowErrorsSchema.parse(row.errors),
  isValid: row.is_valid,
});

/**
 * The staged rows of the batch in file order, `chunkSize` at a time; the next chunk's query is
 * sent before the current chunk is handed over, so reading overlaps with processing.
 */
export async function* stagedRowChunks({
  db,
  organizationId,
  batchId,
  chunkSize,
}: {
  db: DbOrTx;
  organizationId: string;
  batchId: string;
  chunkSize: number;
}): AsyncGenerator<StagedRow[]> {
  const fetchAfter = (rowNumber: number) => {
    const next = db.$queryRaw<RawStagedRow[]>`
      SELECT row_number, cells, errors, is_valid
      FROM import_rows
      WHERE organization_id = ${organizationId}::uuid AND import_batch_id = ${batchId}::uuid
        AND row_number > ${rowNumber}
      ORDER BY row_number
      LIMIT ${chunkSize}`;
    next.catch(() => undefined);
    return next;
  };
  let pending = fetchAfter(0);
  for (;;) {
    const raw = await pending;
    const last = raw[raw.length - 1];
    if (!last) return;
    const isLast = raw.length < chunkSize;
    if (!isLast) pending = fetchAfter(last.row_number);
    yield raw.map(parseStagedRow);
    if (isLast) return;
  }
}

/** Every staged row of the batch, in file order. */
export const readStagedRows = async ({
  db,
  organizationId,
  batchId,
}: {
  db: DbOrTx;
  organizationId: string;
  batchId: string;
}): Promise<StagedRow[]> => {
  const rows = await db.$queryRaw<RawStagedRow[]>`
    SELECT row_number, cells, errors, is_valid
    FROM import_rows
    WHERE organization_id = ${organizationId}::uuid AND import_batch_id = ${batchId}::uuid
    ORDER BY row_number`;
  return rows.map(parseStagedRow);
};

export const readStagedRow = async ({
  db,
  organizationId,
  batchId,
  rowNumber,
}: {
  db: DbOrTx;
  organizationId: string;
  batchId: string;
  rowNumber: number;
}): Promise<StagedRow | null> => {
  const rows = await db.$queryRaw<RawStagedRow[]>`
    SELECT row_number, cells, errors, is_valid
    FROM import_rows
    WHERE organization_id = ${organizationId}::uuid AND import_batch_id = ${batchId}::uuid
      AND row_number = ${rowNumber}`;
  const row = rows[0];
  return row ? parseStagedRow(row) : null;
};

/** Counts of valid and invalid rows, from the rows themselves. */
export const countStagedRows = async ({
  db,
  organizationId,
  batchId,
}: {
  db: DbOrTx;
  organizationId: string;
  batchId: string;
}): Promise<{ valid: number; invalid: number }> => {
  const [counts] = await db.$queryRaw<{ valid: number; invalid: number }[]>`
    SELECT count(*) FILTER (WHERE is_valid)::int AS valid,
           count(*) FILTER (WHERE NOT is_valid)::int AS invalid
    FROM import_rows
    WHERE organization_id = ${organizationId}::uuid AND import_batch_id = ${batchId}::uuid`;
  return counts ?? { valid: 0, invalid: 0 };
};
