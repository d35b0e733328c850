/**
 * The organisation's live suppliers by band of their current residual score. Counted from the
 * current scores the supplier list filters and sorts by (supplier_current_risks), so the
 * summary and a filtered list always agree; a live supplier without one is unscored.
 */
import type { DbOrTx } from "@/server/db";

import { RISK_BANDS, type TRiskSummary } from "../schemas";

export const getRiskSummary = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<TRiskSummary> => {
  const [live, groups, latestScore, latestRun] = await Promise.all([
    db.supplier.count({ where: { organizationId, archivedAt: null } }),
    db.supplierCurrentRisk.groupBy({
      by: ["riskBand"],
      where: { organizationId, supplier: { archivedAt: null } },
      _count: { _all: true },
    }),
    db.riskScore.aggregate({ where: { organizationId }, _max: { computedAt: true } }),
    // A run that changed no score writes no score row, but it did compute them all.
    db.riskRecomputation.findFirst({
      where: { organizationId, status: "completed" },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true },
    }),
  ]);
  const bands: TRiskSummary["bands"] = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const group of groups) bands[group.riskBand] += group._count._all;
  const scored = RISK_BANDS.reduce((sum, band) => sum + bands[band], 0);
  const times = [latestScore._max.computedAt, latestRun?.finishedAt ?? null].filter(
    (time): time is Date => time !== null,
  );
  const lastComputedAt =
    times.length === 0 ? null : new Date(Math.max(...times.map((time) => time.getTime())));
  return { bands, unscored: live - scored, total: live, lastComputedAt };
};
