/**
 * The import history and one import, as the pages show them. Both first mark failed any import
 * of the organisation that a stopped server left `importing` (see confirm.ts).
 */
import type { Db } from "@/server/db";

import type { ImportDetail, ImportSummary } from "../schemas";
import { BATCH_SELECT, findBatch, toDetail, toSummaries } from "./batches";
import { failInterruptedImports } from "./confirm";

export const listImports = async ({
  db,
  organizationId,
  page,
  pageSize,
}: {
  db: Db;
  organizationId: string;
  page: number;
  pageSize: number;
}): Promise<{ items: ImportSummary[]; total: number; page: number; pageSize: number }> => {
  await failInterruptedImports({ db, organizationId });
  const [total, batches] = await Promise.all([
    db.importBatch.count({ where: { organizationId } }),
    db.importBatch.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: BATCH_SELECT,
    }),
  ]);
  return { items: await toSummaries(db, batches), total, page, pageSize };
};

export const getImport = async ({
  db,
  organizationId,
  id,
}: {
  db: Db;
  organizationId: string;
  id: string;
}): Promise<ImportDetail> => {
  // Looked up first, so that another organisation's id is NOT_FOUND before anything else.
  await findBatch({ db, organizationId, id });
  await failInterruptedImports({ db, organizationId });
  return toDetail(db, await findBatch({ db, organizationId, id }));
};
