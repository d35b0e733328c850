/**
 * Loads the built-in reference editions from refdata/ that the database does not hold yet.
 * Idempotent: each edition is recorded with the SHA-256 of its file(s), and a file already loaded
 * is neither parsed nor written again. A changed file becomes a new edition beside the old one
 * (which stays, so that past scores remain explainable); the newest is the active one.
 *
 * Called by `npm start` right after the migrations, by the test databases and by `db:seed`.
 */
import type { Db } from "@/server/db";

import { REFERENCE_DATASETS, type TReferenceDataset } from "../schemas";
import { builtInSha256, defaultRefdataDir, readBuiltInEdition } from "./built-in-editions";
import { loadEdition, lockEditions } from "./load-edition";

/** Loading the whole built-in set takes a few seconds on the embedded database. */
const LOAD_TIMEOUT_MS = 5 * 60_000;

export type BuiltInLoadResult = {
  dataset: TReferenceDataset;
  editionId: string;
  isNew: boolean;
};

export const ensureBuiltInReferenceData = async ({
  db,
  refdataDir = defaultRefdataDir(),
}: {
  db: Db;
  refdataDir?: string;
}): Promise<BuiltInLoadResult[]> => {
  const results: BuiltInLoadResult[] = [];
  for (const dataset of REFERENCE_DATASETS) {
    const sha256 = builtInSha256(dataset, refdataDir);
    const loaded = await db.referenceEdition.findFirst({
      where: { dataset, sha256, organizationId: null },
      select: { id: true },
    });
    if (loaded) {
      results.push({ dataset, editionId: loaded.id, isNew: false });
      continue;
    }
    const edition = readBuiltInEdition(dataset, refdataDir);
    const result = await db.$transaction(
      async (tx) => {
        // Under the lock, loadEdition finds an edition another process loaded meanwhile.
        await lockEditions(tx);
        return loadEdition({ tx, organizationId: null, edition });
      },
      { timeout: LOAD_TIMEOUT_MS, maxWait: 60_000 },
    );
    results.push({ dataset, editionId: result.id, isNew: result.isNew });
  }
  return results;
};
