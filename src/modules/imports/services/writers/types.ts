/**
 * What every writer of a confirmed import receives and returns. Writers run inside the import's
 * one transaction: anything they throw rolls the whole import back.
 */
import type { AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Tx } from "@/server/db";

import type { ColumnMapping } from "../../fields";
import type { ImportResult, RowError } from "../../schemas";
import type { ProgressReporter } from "../progress";
import type { StagedRow } from "../staging";

export type WriteContext = {
  tx: Tx;
  actor: AuditActor;
  organizationId: string;
  batchId: string;
  mapping: ColumnMapping;
  /**
   * The batch's rows, in file order and in chunks (the next chunk is read while the current one
   * is processed), all valid when the import was confirmed.
   */
  rowChunks: AsyncIterable<StagedRow[]>;
  progress: ProgressReporter;
  /** Rows per multi-row statement. */
  chunkSize: number;
};

export type WriteOutcome = Omit<ImportResult, "durationMs">;

/** A row that no longer converts at write time (for example its supplier was archived since). */
export class RowWriteError extends Error {
  constructor(
    readonly rowNumber: number,
    readonly problem: RowError | undefined,
  ) {
    super(`row ${rowNumber} cannot be written: ${problem?.message ?? "invalid"}`);
    this.name = "RowWriteError";
  }
}

/** Every row, for writers that need them all at once. */
export const allRows = async (rowChunks: AsyncIterable<StagedRow[]>): Promise<StagedRow[]> => {
  const rows: StagedRow[] = [];
  for await (const chunk of rowChunks) rows.push(...chunk);
  return rows;
};

export function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** At most this many ids of merged-into records are kept in the result, for links. */
export const MAX_RESULT_IDS = 20;
