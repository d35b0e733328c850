/**
 * Reading whole-organisation recomputations for the settings page: one run by id, or the one
 * worth showing now. Both filter by the organisation in the `where`, so another organisation's
 * run id is NOT_FOUND, exactly like an id that does not exist.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import type { DbOrTx } from "@/server/db";

import type { TRecomputation } from "../schemas";
import { recomputationSelect, toRecomputation } from "./recomputation-dto";

/**
 * A run by id; without an id, the organisation's current run: the one running (its progress is
 * what the page polls for), otherwise the most recent one. Null when none has ever run.
 */
export const getRecomputation = async ({
  db,
  organizationId,
  id,
}: {
  db: DbOrTx;
  organizationId: string;
  id?: string;
}): Promise<TRecomputation | null> => {
  if (id !== undefined) {
    const run = await db.riskRecomputation.findFirst({
      where: { id, organizationId },
      select: recomputationSelect,
    });
    if (!run) throw new AppError("NOT_FOUND", { userMessageKey: "risk.recomputationNotFound" });
    return toRecomputation(run);
  }
  const running = await db.riskRecomputation.findFirst({
    where: { organizationId, status: "running" },
    orderBy: { startedAt: "desc" },
    select: recomputationSelect,
  });
  if (running) return toRecomputation(running);
  const latest = await db.riskRecomputation.findFirst({
    where: { organizationId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: recomputationSelect,
  });
  return latest ? toRecomputation(latest) : null;
};
