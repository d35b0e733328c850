/**
 * Confirming an import and running it in the background.
 *
 * `confirmImport` refuses while rows are invalid, marks the batch `importing` and returns at once;
 * the import then runs in this server process, all-or-nothing in ONE transaction, writing its
 * progress to `processed_rows` from another connection. It does not depend on the request (the
 * user may leave the page) and finishes as `completed` (with its result) or `failed` ("nothing
 * was written").
 *
 * While running, the import's transaction holds a KEY SHARE lock on its batch row. An import
 * found `importing` whose row nobody holds (the server stopped mid-way, so PostgreSQL rolled the
 * transaction back) is marked failed by `failInterruptedImports`, which the import pages call.
 */
import { MESSAGES } from "@/i18n/messages";
import { getTranslator } from "@/i18n/translator";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import { logger } from "@/modules/platform/logging/logger";
import { Prisma, type Db } from "@/server/db";
import {
  enqueueRiskRecomputation,
  startQueuedRiskRecomputation,
} from "@/modules/risk/services/request-recomputation";

import type { ImportEntity } from "../fields";
import type { ImportResult } from "../schemas";
import { entityOf, findBatch, mappingOf } from "./batches";
import { translateMessageKey } from "./messages";
import { createProgressReporter } from "./progress";
import { countStagedRows, stagedRowChunks } from "./staging";
import { IMPORT_TRANSACTION_TIMEOUT_MS } from "./upload";
import { RowWriteError, type WriteContext, type WriteOutcome } from "./writers/types";
import { writeRecruiters } from "./writers/write-recruiters";
import { writeSites } from "./writers/write-sites";
import { writeSuppliers } from "./writers/write-suppliers";

export const WRITE_CHUNK_SIZE = 5_000;
const READ_CHUNK_SIZE = 5_000;

/** An `importing` batch this long after its start, without a live transaction, was interrupted. */
export const INTERRUPTED_AFTER_MS = 30_000;

const WRITERS: Record<ImportEntity, (context: WriteContext) => Promise<WriteOutcome>> = {
  suppliers: writeSuppliers,
  sites: writeSites,
  recruiters: writeRecruiters,
};

// Imports running in this process (kept across dev reloads), so tests and scripts can await them.
const globalForImports = globalThis as { fairtraceRunningImports?: Map<string, Promise<void>> };
const running = (globalForImports.fairtraceRunningImports ??= new Map());

/** Resolves when the import with this id, if it runs in this process, has finished. */
export const waitForImport = async (batchId: string): Promise<void> => {
  await running.get(batchId);
};

export const confirmImport = async ({
  db,
  actor,
  organizationId,
  id,
  chunkSize = WRITE_CHUNK_SIZE,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  id: string;
  /** Rows per multi-row statement (tests make it small to fail in the middle). */
  chunkSize?: number;
}): Promise<{ id: string }> => {
  await db.$transaction(async (tx) => {
    const batch = await findBatch({ db: tx, organizationId, id, forUpdate: true });
    if (batch.status === "importing" || batch.status === "completed") {
      throw new AppError("CONFLICT", { userMessageKey: "imports.alreadyStarted" });
    }
    if (batch.status === "cancelled") {
      throw new AppError("CONFLICT", { userMessageKey: "imports.notEditable" });
    }
    if (batch.status === "uploaded") {
      throw new AppError("PRECONDITION_FAILED", { userMessageKey: "imports.notMapped" });
    }
    const counts = await countStagedRows({ db: tx, organizationId, batchId: id });
    if (counts.invalid > 0) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessageKey: "imports.invalidRowsRemain",
        userMessageValues: { count: counts.invalid },
      });
    }
    if (counts.valid === 0) {
      throw new AppError("PRECONDITION_FAILED", { userMessageKey: "imports.notReady" });
    }
    await tx.importBatch.update({
      where: { id, organizationId },
      data: {
        status: "importing",
        startedAt: new Date(),
        completedAt: null,
        processedRows: 0,
        result: Prisma.DbNull,
        errorMessage: null,
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "import.confirmed",
      entityType: "import_batch",
      entityId: id,
      before: { status: batch.status },
      after: { status: "importing", rowCount: counts.valid },
    });
  });
  const job = runImport({ db, actor, organizationId, batchId: id, chunkSize })
    .catch((error: unknown) => logger.error({ err: error, batchId: id }, "import job crashed"))
    .finally(() => running.delete(id));
  running.set(id, job);
  return { id };
};

/** Why an import failed, in the user's words. */
const failureMessage = (error: unknown): string => {
  const t = getTranslator();
  if (error instanceof RowWriteError) {
    return t("imports.failure.rowFailed", {
      row: error.rowNumber,
      reason: translateMessageKey(error.problem?.message ?? "imports.rowErrors.writeFailed"),
    });
  }
  return t("imports.failure.failed");
};

const runImport = async ({
  db,
  actor,
  organizationId,
  batchId,
  chunkSize,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  batchId: string;
  chunkSize: number;
}): Promise<void> => {
  const startedAt = performance.now();
  const progress = createProgressReporter({ db, organizationId, batchId });
  try {
    await db.$transaction(
      async (tx) => {
        // Held until the end: it tells failInterruptedImports that this import is alive.
        const [locked] = await tx.$queryRaw<{ status: string }[]>`
          SELECT status::text AS status FROM import_batches
          WHERE id = ${batchId}::uuid AND organization_id = ${organizationId}::uuid
          FOR KEY SHARE`;
        // Marked failed (or cancelled) in the meantime: nothing to do.
        if (locked?.status !== "importing") return;
        const batch = await findBatch({ db: tx, organizationId, id: batchId });
        let rowCount = 0;
        async function* counted() {
          for await (const chunk of stagedRowChunks({
            db: tx,
            organizationId,
            batchId,
            chunkSize: READ_CHUNK_SIZE,
          })) {
            rowCount += chunk.length;
            yield chunk;
          }
        }
        const outcome = await WRITERS[entityOf(batch)]({
          tx,
          actor,
          organizationId,
          batchId,
          mapping: mappingOf(batch),
          rowChunks: counted(),
          progress,
          chunkSize,
        });
        const result: ImportResult = {
          ...outcome,
          durationMs: Math.round(performance.now() - startedAt),
        };
        progress.stop();
        await tx.importBatch.update({
          where: { id: batchId, organizationId },
          data: {
            status: "completed",
            processedRows: rowCount,
            completedAt: new Date(),
            result,
          },
        });
        // The staged rows have served their purpose; the stored file stays.
        await tx.importRow.deleteMany({ where: { organizationId, importBatchId: batchId } });
        await recordAuditEvent(tx, actor, {
          action: "import.completed",
          entityType: "import_batch",
          entityId: batchId,
          after: { entityType: batch.entityType, rowCount, ...result },
        });
        // Thousands of rows may have changed: the whole organisation is rescored in the
        // background, queued here so that it cannot be lost between commit and start.
        await enqueueRiskRecomputation({
          tx,
          organizationId,
          reason: "import_completed",
          userId: actor.userId,
          requestId: actor.requestId,
        });
      },
      { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
    );
    // The import has committed: a failure to start the rescoring must not mark it failed (the
    // run stays queued and the next request starts it).
    await startQueuedRiskRecomputation({ db, organizationId }).catch((error: unknown) =>
      logger.error({ err: error, organizationId }, "risk recomputation not started after import"),
    );
  } catch (error) {
    progress.stop();
    const expected = error instanceof RowWriteError;
    logger[expected ? "info" : "error"]({ err: error, batchId }, "import failed, rolled back");
    await markFailed({ db, actor, organizationId, batchId, message: failureMessage(error) });
  }
};

const markFailed = async ({
  db,
  actor,
  organizationId,
  batchId,
  message,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  batchId: string;
  message: string;
}): Promise<boolean> =>
  db.$transaction(async (tx) => {
    const changed = await tx.importBatch.updateMany({
      where: { id: batchId, organizationId, status: "importing" },
      data: { status: "failed", errorMessage: message, processedRows: 0, completedAt: new Date() },
    });
    if (changed.count === 0) return false;
    await recordAuditEvent(tx, actor, {
      action: "import.failed",
      entityType: "import_batch",
      entityId: batchId,
      after: { status: "failed", errorMessage: message },
    });
    return true;
  });

/**
 * Marks failed the imports left `importing` by a server that stopped: older than
 * INTERRUPTED_AFTER_MS, not running in this process, and with no transaction holding their row.
 */
export const failInterruptedImports = async ({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<number> => {
  const cutoff = new Date(Date.now() - INTERRUPTED_AFTER_MS);
  const candidates = await db.importBatch.findMany({
    where: { organizationId, status: "importing", startedAt: { lt: cutoff } },
    select: { id: true },
  });
  let failed = 0;
  for (const { id } of candidates) {
    if (running.has(id)) continue;
    const isFailed = await db.$transaction(async (tx) => {
      // SKIP LOCKED: a live import's transaction holds the row, so it is skipped here.
      const free = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text AS id FROM import_batches
        WHERE id = ${id}::uuid AND organization_id = ${organizationId}::uuid
          AND status = 'importing'
        FOR UPDATE SKIP LOCKED`;
      if (free.length === 0) return false;
      const message = MESSAGES.en.imports.failure.interrupted;
      await tx.importBatch.update({
        where: { id, organizationId },
        data: {
          status: "failed",
          errorMessage: message,
          processedRows: 0,
          completedAt: new Date(),
        },
      });
      await recordAuditEvent(
        tx,
        { userId: null, organizationId, requestId: null },
        {
          action: "import.failed",
          entityType: "import_batch",
          entityId: id,
          after: { status: "failed", errorMessage: message, reason: "interrupted" },
        },
      );
      return true;
    });
    if (isFailed) failed += 1;
  }
  return failed;
};

export const cancelImport = async ({
  db,
  actor,
  organizationId,
  id,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  id: string;
}): Promise<{ id: string }> =>
  db.$transaction(async (tx) => {
    const batch = await findBatch({ db: tx, organizationId, id, forUpdate: true });
    if (!["uploaded", "validated", "failed"].includes(batch.status)) {
      throw new AppError("CONFLICT", { userMessageKey: "imports.notEditable" });
    }
    await tx.importBatch.update({
      where: { id, organizationId },
      data: { status: "cancelled", completedAt: new Date() },
    });
    await tx.importRow.deleteMany({ where: { organizationId, importBatchId: id } });
    await recordAuditEvent(tx, actor, {
      action: "import.cancelled",
      entityType: "import_batch",
      entityId: id,
      before: { status: batch.status },
      after: { status: "cancelled" },
    });
    return { id };
  });
