/**
 * What scores are computed with (the risk settings version and the reference editions read) is
 * stored once, in risk_score_bases, and every score row points to it: all the scores of a run,
 * and every rescore after an edit under the same settings and editions, share one row.
 */
import { uuidv7 } from "@/modules/platform/database/uuid";
import type { DbOrTx, Prisma } from "@/server/db";

import type { TRiskBasis } from "../schemas";

/** The id of the row holding `basis`, added when no score has used that basis yet. */
export const storedBasisId = async ({
  db,
  organizationId,
  basis,
}: {
  db: DbOrTx;
  organizationId: string;
  basis: TRiskBasis;
}): Promise<string> => {
  const editions: Prisma.InputJsonValue = basis.editions;
  const find = () =>
    db.riskScoreBasis.findFirst({
      where: {
        organizationId,
        settingsVersion: basis.settingsVersion,
        editions: { equals: editions },
      },
      select: { id: true },
    });
  const found = await find();
  if (found) return found.id;
  // Another run or edit may add the same basis meanwhile: the unique index keeps one row (the
  // insert waits for the other transaction, then does nothing) and it is read again.
  const id = uuidv7();
  const { count } = await db.riskScoreBasis.createMany({
    data: [{ id, organizationId, settingsVersion: basis.settingsVersion, editions }],
    skipDuplicates: true,
  });
  if (count === 1) return id;
  const stored = await find();
  if (!stored) throw new Error("The risk score basis was not stored.");
  return stored.id;
};
