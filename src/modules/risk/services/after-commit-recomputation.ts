/**
 * A change that alters scores (weights, bands, a country override) and the whole-organisation
 * recomputation it makes necessary, committed together: the run is queued in the change's own
 * transaction, so a server that stops right after the commit leaves a queued run behind (picked
 * up by the next request) instead of scores that silently disagree with the settings. The run
 * starts after the commit, because it must read the change.
 */
import type { AuditActor } from "@/modules/platform/audit/record-audit-event";
import { logger } from "@/modules/platform/logging/logger";
import type { Db, Tx } from "@/server/db";

import type { TRecomputation, TRecomputationReason } from "../schemas";
import { enqueueRiskRecomputation, startQueuedRiskRecomputation } from "./request-recomputation";

export type ChangeOutcome<T> = {
  result: T;
  /** False when the change turned out to change nothing: no run is queued then. */
  isChanged: boolean;
};

export const changeAndRecompute = async <T>({
  db,
  actor,
  organizationId,
  reason,
  change,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  reason: TRecomputationReason;
  change: (tx: Tx) => Promise<ChangeOutcome<T>>;
}): Promise<{ result: T; recomputation: TRecomputation | null }> => {
  const { result, queued } = await db.$transaction(async (tx) => {
    const outcome = await change(tx);
    if (!outcome.isChanged) return { result: outcome.result, queued: null };
    const run = await enqueueRiskRecomputation({
      tx,
      organizationId,
      reason,
      userId: actor.userId,
      requestId: actor.requestId,
    });
    return { result: outcome.result, queued: run };
  });
  if (!queued) return { result, recomputation: null };
  try {
    const started = await startQueuedRiskRecomputation({ db, organizationId });
    return { result, recomputation: started?.id === queued.id ? started : queued };
  } catch (error) {
    // The change is committed and its run is queued: the next request or change starts it.
    // Failing the request now would tell the user their change was lost, which it was not.
    logger.error({ err: error, organizationId }, "queued risk recomputation not started");
    return { result, recomputation: queued };
  }
};
