/**
 * Loading the recruiter a change is about. The organisation is in the `where` of every lookup: a
 * recruiter of another organisation is NOT_FOUND, exactly like one that does not exist.
 */
import { z } from "zod";

import { AppError } from "@/modules/platform/errors/app-error";
import type { Tx } from "@/server/db";

const ZLockedRecruiterSchema = z.array(
  z.object({ id: z.string(), name: z.string(), archived_at: z.date().nullable() }),
);

export type LockedRecruiter = { id: string; name: string; isArchived: boolean };

export const recruiterNotFound = () =>
  new AppError("NOT_FOUND", { userMessageKey: "recruiters.notFound" });

/**
 * Finds the recruiter and locks its row until the transaction ends, so that checks made on its
 * children (a duplicate corridor or site link, a cycle) cannot race a concurrent change to the
 * same recruiter. FOR NO KEY UPDATE still lets other transactions insert rows that reference it.
 */
export const lockRecruiter = async (
  tx: Tx,
  { organizationId, recruiterId }: { organizationId: string; recruiterId: string },
): Promise<LockedRecruiter> => {
  const rows = ZLockedRecruiterSchema.parse(
    await tx.$queryRaw`
      SELECT id::text AS id, name, archived_at FROM recruiters
      WHERE organization_id = ${organizationId}::uuid AND id = ${recruiterId}::uuid
      FOR NO KEY UPDATE`,
  );
  const row = rows[0];
  if (!row) throw recruiterNotFound();
  return { id: row.id, name: row.name, isArchived: row.archived_at !== null };
};

/** As `lockRecruiter`, and an archived recruiter must be restored before it changes. */
export const lockActiveRecruiter = async (
  tx: Tx,
  options: { organizationId: string; recruiterId: string },
): Promise<LockedRecruiter> => {
  const recruiter = await lockRecruiter(tx, options);
  if (recruiter.isArchived) {
    throw new AppError("PRECONDITION_FAILED", {
      userMessageKey: "recruiters.archived",
      userMessageValues: { name: recruiter.name },
    });
  }
  return recruiter;
};
