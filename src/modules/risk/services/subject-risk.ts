/**
 * A supplier's or a site's risk: the current score with its explanation, and the history of
 * the residual score. The subject is looked up with the organisation in the `where`, so another
 * organisation's id is NOT_FOUND, exactly like an id that does not exist.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import type { DbOrTx } from "@/server/db";

import { ZRiskBandSchema, type TRiskSubject, type TSubjectRisk } from "../schemas";
import { toScoreView } from "./score-view";

/** History points returned at most (the latest ones). */
export const HISTORY_LIMIT = 500;

const subjectRisk = async ({
  db,
  organizationId,
  subject,
  subjectId,
}: {
  db: DbOrTx;
  organizationId: string;
  subject: TRiskSubject;
  subjectId: string;
}): Promise<TSubjectRisk> => {
  const [current, history] = await Promise.all([
    db.riskScore.findFirst({
      where: { organizationId, subject, subjectId, isCurrent: true },
      orderBy: { computedAt: "desc" },
      include: { basis: { select: { settingsVersion: true, editions: true } } },
    }),
    db.riskScore.findMany({
      where: { organizationId, subject, subjectId },
      orderBy: [{ computedAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { computedAt: true, residualScore: true, residualBand: true },
    }),
  ]);
  return {
    current: current ? toScoreView(current) : null,
    history: history.reverse().map((point) => ({
      computedAt: point.computedAt,
      residualScore: point.residualScore,
      residualBand: ZRiskBandSchema.parse(point.residualBand),
    })),
  };
};

export const getSupplierRisk = async ({
  db,
  organizationId,
  supplierId,
}: {
  db: DbOrTx;
  organizationId: string;
  supplierId: string;
}): Promise<TSubjectRisk> => {
  const supplier = await db.supplier.findFirst({
    where: { id: supplierId, organizationId },
    select: { id: true },
  });
  if (!supplier) throw new AppError("NOT_FOUND", { userMessageKey: "risk.supplierNotFound" });
  return subjectRisk({ db, organizationId, subject: "supplier", subjectId: supplierId });
};

export const getSiteRisk = async ({
  db,
  organizationId,
  siteId,
}: {
  db: DbOrTx;
  organizationId: string;
  siteId: string;
}): Promise<TSubjectRisk> => {
  const site = await db.site.findFirst({
    where: { id: siteId, organizationId },
    select: { id: true },
  });
  if (!site) throw new AppError("NOT_FOUND", { userMessageKey: "risk.siteNotFound" });
  return subjectRisk({ db, organizationId, subject: "site", subjectId: siteId });
};
