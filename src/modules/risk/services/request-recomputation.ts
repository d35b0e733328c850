/**
 * Whole-organisation risk recomputations in the background, with their state and progress in
 * risk_recomputations (nothing that matters lives only in this process's memory).
 *
 * A request queues a run (`queued`); a run already queued absorbs later requests, since it will
 * read the settings and reference data as they are when it starts. A queued run is claimed
 * (`running`) when no other run of the organisation is running, so at most one runs per
 * organisation; it recomputes in batches (see recompute-risk.ts), each its own short transaction,
 * so requests are never blocked for long, and ends `completed` or `failed`. When it ends, the
 * next queued run of the organisation (if any) is claimed.
 *
 * Claims are serialised by a lock on the organisation's row (FOR NO KEY UPDATE, which does not
 * block other writes' foreign-key checks). No advisory locks or LISTEN/NOTIFY: the embedded
 * database cannot keep them apart between connections.
 *
 * Stuck runs: a server that stops mid-run leaves a `running` row behind. A run still `running`
 * STUCK_AFTER_MS after it started, and not running in this process, is marked failed the next
 * time a run is requested or claimed, and the queue moves on. A whole-organisation run of 50,000
 * suppliers takes about a minute, so the margin is wide.
 *
 * Call `requestRiskRecomputation` after your own transaction has committed (the run must see
 * your change); inside a transaction use `enqueueRiskRecomputation` and call
 * `startQueuedRiskRecomputation` after the commit.
 */
import { getTranslator } from "@/i18n/translator";
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import { logger } from "@/modules/platform/logging/logger";
import type { Db, Tx } from "@/server/db";

import type { TRecomputation, TRecomputationReason } from "../schemas";
import { countRiskSubjects, recomputeRisk } from "./recompute-risk";
import { recomputationSelect, toRecomputation } from "./recomputation-dto";

export const STUCK_AFTER_MS = 15 * 60_000;

// Runs in this process, by organisation (kept across dev reloads), so tests and scripts can
// wait for them and the stuck rule never fails a run that is alive here.
const globalForRisk = globalThis as { fairtraceRiskRuns?: Map<string, Promise<void>> };
const runningHere = (globalForRisk.fairtraceRiskRuns ??= new Map<string, Promise<void>>());

const lockOrganization = async (tx: Tx, organizationId: string): Promise<void> => {
  await tx.$queryRaw`
    SELECT id FROM organizations WHERE id = ${organizationId}::uuid FOR NO KEY UPDATE`;
};

/**
 * Queues a whole-organisation recomputation inside the caller's transaction (with its audit
 * event). Returns the queued run: a new one, or the one already waiting.
 */
export const enqueueRiskRecomputation = async ({
  tx,
  organizationId,
  reason,
  userId,
  requestId = null,
}: {
  tx: Tx;
  organizationId: string;
  reason: TRecomputationReason;
  userId: string | null;
  requestId?: string | null;
}): Promise<TRecomputation> => {
  await lockOrganization(tx, organizationId);
  const waiting = await tx.riskRecomputation.findFirst({
    where: { organizationId, status: "queued" },
    orderBy: { startedAt: "asc" },
    select: recomputationSelect,
  });
  if (waiting) return toRecomputation(waiting);
  const run = await tx.riskRecomputation.create({
    data: { organizationId, reason, status: "queued", requestedByUserId: userId },
    select: recomputationSelect,
  });
  await recordAuditEvent(
    tx,
    { userId, organizationId, requestId },
    {
      action: "risk_recomputation.requested",
      entityType: "risk_recomputation",
      entityId: run.id,
      after: { reason },
    },
  );
  return toRecomputation(run);
};

/** Marks failed the organisation's runs left `running` by a server that stopped. */
const failStuckRuns = async (tx: Tx, organizationId: string): Promise<void> => {
  if (runningHere.has(organizationId)) return;
  await tx.riskRecomputation.updateMany({
    where: {
      organizationId,
      status: "running",
      startedAt: { lt: new Date(Date.now() - STUCK_AFTER_MS) },
    },
    data: {
      status: "failed",
      finishedAt: new Date(),
      errorMessage: getTranslator()("risk.recomputation.interrupted"),
    },
  });
};

/** Claims the organisation's oldest queued run when none is running (in one short transaction). */
const claimQueuedRun = (db: Db, organizationId: string) =>
  db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    await failStuckRuns(tx, organizationId);
    const running = await tx.riskRecomputation.count({
      where: { organizationId, status: "running" },
    });
    if (running > 0) return null;
    const next = await tx.riskRecomputation.findFirst({
      where: { organizationId, status: "queued" },
      orderBy: { startedAt: "asc" },
      select: { id: true },
    });
    if (!next) return null;
    return tx.riskRecomputation.update({
      where: { id: next.id, organizationId },
      data: { status: "running", startedAt: new Date(), subjectsDone: 0, changed: 0 },
      select: recomputationSelect,
    });
  });

/**
 * Claims the organisation's oldest queued run when none is running, and runs it (then any run
 * queued meanwhile) in this process. Returns the run it started, if any.
 */
export const startQueuedRiskRecomputation = async ({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<TRecomputation | null> => {
  if (runningHere.has(organizationId)) return null;
  const claimed = await claimQueuedRun(db, organizationId);
  if (!claimed) return null;
  const drain = async () => {
    for (
      let run: { id: string } | null = claimed;
      run;
      run = await claimQueuedRun(db, organizationId)
    ) {
      await runRecomputation({ db, organizationId, runId: run.id });
    }
  };
  const job = drain()
    .catch((error: unknown) =>
      logger.error({ err: error, organizationId }, "risk recomputations stopped"),
    )
    .finally(() => {
      runningHere.delete(organizationId);
      // A request that came in between the last claim and now found this job still running
      // and left its run queued: pick it up.
      startQueuedRiskRecomputation({ db, organizationId }).catch((error: unknown) =>
        logger.error({ err: error, organizationId }, "next risk recomputation not started"),
      );
    });
  runningHere.set(organizationId, job);
  return toRecomputation(claimed);
};

/**
 * Queues a whole-organisation recomputation and starts it in the background when none is
 * running. Call it after the transaction of the change that makes it necessary has committed.
 */
export const requestRiskRecomputation = async ({
  db,
  organizationId,
  reason,
  userId,
  requestId = null,
}: {
  db: Db;
  organizationId: string;
  reason: TRecomputationReason;
  userId: string | null;
  requestId?: string | null;
}): Promise<TRecomputation> => {
  const queued = await db.$transaction((tx) =>
    enqueueRiskRecomputation({ tx, organizationId, reason, userId, requestId }),
  );
  const started = await startQueuedRiskRecomputation({ db, organizationId });
  return started?.id === queued.id ? started : queued;
};

/** Resolves when no recomputation of the organisation runs in this process (tests, scripts). */
export const waitForRiskRecomputations = async (organizationId: string): Promise<void> => {
  for (let job = runningHere.get(organizationId); job; job = runningHere.get(organizationId)) {
    await job;
    // The finally-handler may start the next queued run right after; let it register.
    await new Promise((resolve) => setImmediate(resolve));
  }
};

const runRecomputation = async ({
  db,
  organizationId,
  runId,
}: {
  db: Db;
  organizationId: string;
  runId: string;
}): Promise<void> => {
  try {
    const total = await countRiskSubjects({ db, organizationId });
    await db.riskRecomputation.update({
      where: { id: runId, organizationId },
      data: { subjectsTotal: total },
    });
    await recomputeRisk({
      db,
      organizationId,
      // Written in each batch's own transaction, so progress and scores commit together.
      onBatch: async (tx, progress) => {
        await tx.riskRecomputation.update({
          where: { id: runId, organizationId },
          data: { subjectsDone: progress.subjectsDone, changed: progress.changed },
        });
      },
    });
    await db.riskRecomputation.updateMany({
      where: { id: runId, organizationId, status: "running" },
      data: { status: "completed", finishedAt: new Date() },
    });
  } catch (error) {
    logger.error({ err: error, organizationId, runId }, "risk recomputation failed");
    await db.riskRecomputation.updateMany({
      where: { id: runId, organizationId, status: "running" },
      data: {
        status: "failed",
        finishedAt: new Date(),
        errorMessage: getTranslator()("risk.recomputation.failed"),
      },
    });
  }
};
