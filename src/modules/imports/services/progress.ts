/**
 * Progress of a running import, written to import_batches.processed_rows through the pool (a
 * connection other than the import's transaction), so that pollers see it while the transaction
 * is still open. Writes are throttled, never awaited by the import (an import must not wait on
 * another connection: on the embedded database other connections wait for the transaction), and
 * only touch a batch that is still importing.
 */
import { logger } from "@/modules/platform/logging/logger";
import type { Db } from "@/server/db";

export type ProgressReporter = {
  report: (processedRows: number) => void;
  stop: () => void;
};

const MIN_INTERVAL_MS = 500;

export const createProgressReporter = ({
  db,
  organizationId,
  batchId,
}: {
  db: Db;
  organizationId: string;
  batchId: string;
}): ProgressReporter => {
  let latest = 0;
  let written = 0;
  let inFlight = false;
  let stopped = false;
  let lastWriteAt = 0;

  const flush = () => {
    if (stopped || inFlight || latest === written) return;
    inFlight = true;
    lastWriteAt = Date.now();
    const value = latest;
    db.importBatch
      .updateMany({
        where: { id: batchId, organizationId, status: "importing" },
        data: { processedRows: value },
      })
      .then(() => {
        written = value;
      })
      .catch((error: unknown) => logger.warn({ err: error, batchId }, "import progress not saved"))
      .finally(() => {
        inFlight = false;
      });
  };

  return {
    report: (processedRows) => {
      latest = Math.max(latest, processedRows);
      if (Date.now() - lastWriteAt >= MIN_INTERVAL_MS) flush();
    },
    stop: () => {
      stopped = true;
    },
  };
};
