/**
 * Recomputing risk scores: batches of suppliers (with their live sites) are read with set-based
 * queries (risk-inputs.ts), scored with the one model (model/score-subject.ts), compared with
 * their current scores, and only the scores that changed are written, with set-based
 * statements: a new risk_scores row (so the rows of a subject are its history), the old one no
 * longer current, and the supplier's current score and band for the list
 * (supplier_current_risks).
 *
 * Two entry points:
 * - `rescoreSuppliers` inside the transaction of a change (a supplier, a site, a recruiter, a
 *   supply link): the page that saved the change shows the new score straight away;
 * - `recomputeRisk` for a whole organisation (settings, overrides, a new reference edition, an
 *   import), in batches that each commit on their own, so requests are never blocked for long.
 *   request-recomputation.ts runs it in the background with its progress.
 */
import { hash } from "node:crypto";

import { env } from "@/env";
import { uuidv7 } from "@/modules/platform/database/uuid";
import type { Db, DbOrTx, Tx } from "@/server/db";

import { scoreSubject, type ScoreResult } from "../model/score-subject";
import {
  loadBatchSubjects,
  loadRunInputs,
  lockSupplierBatch,
  nextSupplierPage,
  type RunInputs,
  type SupplierInputRow,
} from "./risk-inputs";
import { storedBasisId } from "./score-basis";

/** Suppliers per batch (each with its sites): about a quarter of a second of work. */
export const RECOMPUTE_BATCH_SIZE = 2000;

export type RecomputeProgress = {
  /** Suppliers and sites scored so far. */
  subjectsDone: number;
  /** Of which the score or its explanation changed (a history row was added). */
  changed: number;
};

/** Live suppliers and the live sites of live suppliers: what a whole run scores. */
export const countRiskSubjects = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<number> => {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT (
      (SELECT count(*) FROM suppliers
       WHERE organization_id = ${organizationId}::uuid AND archived_at IS NULL)
      + (SELECT count(*) FROM sites site
         JOIN suppliers supplier ON supplier.id = site.supplier_id
         WHERE site.organization_id = ${organizationId}::uuid AND site.archived_at IS NULL
           AND supplier.archived_at IS NULL)
    )::int AS total`;
  return row?.total ?? 0;
};

type Scored = { subject: "supplier" | "site"; subjectId: string; result: ScoreResult };

/** A score's explanation as stored (JSON text) and the digest later runs compare. */
type SerializedScore = { factorsJson: string; unknownsJson: string; fingerprint: string };

/**
 * Serialises a score's explanation once, for its row and for its fingerprint: the SHA-1 of what
 * the row says (scores, bands, factors, unknowns; not the basis), digested as the JSON array
 * `[inherentScore, inherentBand, residualScore, residualBand, factors, unknowns]` (scores are
 * integers and bands plain words, so the text below is exactly JSON.stringify of that array).
 * The model builds its objects with a fixed key order, so equal explanations serialise alike.
 */
const serializeScore = (result: ScoreResult): SerializedScore => {
  const factorsJson = JSON.stringify(result.factors);
  const unknownsJson = JSON.stringify(result.unknowns);
  const digested =
    `[${result.inherentScore},"${result.inherentBand}",` +
    `${result.residualScore},"${result.residualBand}",${factorsJson},${unknownsJson}]`;
  return { factorsJson, unknownsJson, fingerprint: hash("sha1", digested, "base64") };
};

/** The digest of what a score row says (see serializeScore). */
export const scoreFingerprint = (result: ScoreResult): string => serializeScore(result).fingerprint;

/**
 * Separates the explanations of a batch in the one text parameter that carries them.
 * JSON.stringify escapes every control character, so it never occurs inside one.
 */
const RECORD_SEPARATOR = "\u001e";

type ChangedSubjects = {
  /** Subjects whose current score has another fingerprint, or that have none yet. */
  changed: Set<string>;
  /** Of those, the ones that have a current score (to retire). */
  withCurrentScore: string[];
};

/** Compares fingerprints with the subjects' current scores. */
const changedSubjects = async (
  tx: DbOrTx,
  organizationId: string,
  scored: readonly (Scored & { fingerprint: string })[],
): Promise<ChangedSubjects> => {
  const rows = await tx.$queryRaw<{ subjectId: string; hasCurrent: boolean }[]>`
    WITH scored AS (
      SELECT * FROM unnest(${scored.map((entry) => entry.subjectId)}::uuid[],
        ${scored.map((entry) => entry.fingerprint)}::text[]) AS scored(subject_id, fingerprint)
    ),
    -- The current scores of these subjects only, through the one-current index.
    present AS (
      SELECT subject_id, fingerprint FROM risk_scores
      WHERE organization_id = ${organizationId}::uuid AND subject IN ('supplier', 'site')
        AND subject_id = ANY(${scored.map((entry) => entry.subjectId)}::uuid[]) AND is_current
    )
    SELECT scored.subject_id::text AS "subjectId", present.subject_id IS NOT NULL AS "hasCurrent"
    FROM scored LEFT JOIN present ON present.subject_id = scored.subject_id
    WHERE present.fingerprint IS DISTINCT FROM scored.fingerprint`;
  return {
    changed: new Set(rows.map((row) => row.subjectId)),
    withCurrentScore: rows.filter((row) => row.hasCurrent).map((row) => row.subjectId),
  };
};

/**
 * Writes the scores that differ from the current ones: digests are compared first (cheap), and
 * only changed subjects' explanations are sent, in one set-based statement that adds their new
 * rows, retires the old ones and keeps the suppliers' current scores for the list.
 *
 * The basis (settings version, editions) alone does not make a new history row: a weight change
 * that leaves a subject's score and explanation as they were adds nothing to its history, and
 * its stored basis stays the one its explanation was computed with. New rows point to the
 * run's basis (`basisId`, see score-basis.ts).
 */
const writeChangedScores = async ({
  tx,
  organizationId,
  scored,
  basisId,
}: {
  tx: DbOrTx;
  organizationId: string;
  scored: readonly Scored[];
  basisId: string;
}): Promise<number> => {
  if (scored.length === 0) return 0;
  const withFingerprints = scored.map((entry) => {
    const serialized = serializeScore(entry.result);
    return { ...entry, serialized, fingerprint: serialized.fingerprint };
  });
  const { changed: changedIds, withCurrentScore } = await changedSubjects(
    tx,
    organizationId,
    withFingerprints,
  );
  const changed = withFingerprints.filter((entry) => changedIds.has(entry.subjectId));
  if (changed.length === 0) return 0;
  const column = <T>(read: (entry: (typeof changed)[number]) => T): T[] => changed.map(read);
  // The explanations travel as two texts split in SQL (no JSON document to take apart, each
  // explanation parsed once, as it is stored); the other columns as arrays.
  const factors = column((entry) => entry.serialized.factorsJson).join(RECORD_SEPARATOR);
  const unknowns = column((entry) => entry.serialized.unknownsJson).join(RECORD_SEPARATOR);
  await tx.$executeRaw`
    WITH changed AS (
      SELECT row.id, row.subject, row.subject_id, row.inherent_score, row.inherent_band,
        row.residual_score, row.residual_band, row.factors::json AS factors,
        row.unknowns::json AS unknowns, row.fingerprint
      FROM unnest(
        ${column(() => uuidv7())}::uuid[],
        ${column((entry) => entry.subject)}::risk_subject[],
        ${column((entry) => entry.subjectId)}::uuid[],
        ${column((entry) => entry.result.inherentScore)}::smallint[],
        ${column((entry) => entry.result.inherentBand)}::risk_band[],
        ${column((entry) => entry.result.residualScore)}::smallint[],
        ${column((entry) => entry.result.residualBand)}::risk_band[],
        ${column((entry) => entry.fingerprint)}::text[],
        string_to_array(${factors}, ${RECORD_SEPARATOR}),
        string_to_array(${unknowns}, ${RECORD_SEPARATOR})
      ) AS row(id, subject, subject_id, inherent_score, inherent_band, residual_score,
        residual_band, fingerprint, factors, unknowns)
    ),
    retired AS (
      UPDATE risk_scores SET is_current = false
      WHERE organization_id = ${organizationId}::uuid AND subject IN ('supplier', 'site')
        AND subject_id = ANY(${withCurrentScore}::uuid[]) AND is_current
    ),
    inserted AS (
      INSERT INTO risk_scores (id, organization_id, subject, subject_id, inherent_score,
        inherent_band, residual_score, residual_band, factors, unknowns, basis_id, fingerprint,
        is_current, computed_at)
      SELECT id, ${organizationId}::uuid, subject, subject_id, inherent_score, inherent_band,
        residual_score, residual_band, factors, unknowns, ${basisId}::uuid, fingerprint, true,
        clock_timestamp()
      FROM changed
    )
    -- The supplier list filters and sorts by the residual score and band. Rewritten only where
    -- they differ: an explanation often changes without the score.
    INSERT INTO supplier_current_risks AS current (supplier_id, organization_id, risk_score,
      risk_band)
    SELECT subject_id, ${organizationId}::uuid, residual_score, residual_band
    FROM changed WHERE subject = 'supplier'
    ON CONFLICT (supplier_id) DO UPDATE
      SET risk_score = excluded.risk_score, risk_band = excluded.risk_band
      WHERE (current.risk_score, current.risk_band)
        IS DISTINCT FROM (excluded.risk_score, excluded.risk_band)`;
  return changed.length;
};

/** Scores the (already locked) suppliers and their sites and writes what changed. */
const scoreBatch = async ({
  tx,
  organizationId,
  suppliers,
  run,
  basisId,
}: {
  tx: DbOrTx;
  organizationId: string;
  suppliers: readonly SupplierInputRow[];
  run: RunInputs;
  basisId: string;
}): Promise<RecomputeProgress> => {
  const subjects = await loadBatchSubjects({ tx, organizationId, suppliers, run });
  const { weights, bands } = run.context;
  const scored = subjects.map(({ subject, subjectId, inputs }) => ({
    subject,
    subjectId,
    result: scoreSubject(inputs, weights, bands),
  }));
  const changed = await writeChangedScores({
    tx,
    organizationId,
    scored,
    basisId,
  });
  return { subjectsDone: subjects.length, changed };
};

/**
 * Rescores `supplierIds` (and their live sites) inside the caller's transaction, after its
 * change: the suppliers are locked first, so a background run cannot interleave. Archived or
 * unknown ids are ignored.
 */
export const rescoreSuppliers = async ({
  tx,
  organizationId,
  supplierIds,
}: {
  tx: Tx;
  organizationId: string;
  supplierIds: readonly string[];
}): Promise<RecomputeProgress> => {
  const unique = [...new Set(supplierIds)];
  if (unique.length === 0) return { subjectsDone: 0, changed: 0 };
  const run = await loadRunInputs({ db: tx, organizationId });
  const basisId = await storedBasisId({ db: tx, organizationId, basis: run.context.basis });
  const total: RecomputeProgress = { subjectsDone: 0, changed: 0 };
  for (let start = 0; start < unique.length; start += RECOMPUTE_BATCH_SIZE) {
    const suppliers = await lockSupplierBatch({
      tx,
      organizationId,
      ids: unique.slice(start, start + RECOMPUTE_BATCH_SIZE),
      skipLocked: false,
    });
    const progress = await scoreBatch({ tx, organizationId, suppliers, run, basisId });
    total.subjectsDone += progress.subjectsDone;
    total.changed += progress.changed;
  }
  return total;
};

/**
 * Batches a whole-organisation run keeps in flight: two on a PostgreSQL server, where one
 * batch's write runs in one backend while the next batch is read in another and scored in this
 * process; one on the embedded database (a pool of one connection, one query at a time).
 */
export const runConcurrency = (poolSize: number = env.DATABASE_POOL_SIZE): number =>
  poolSize > 2 ? 2 : 1;

/**
 * Rescores every live supplier and site of the organisation, one batch per transaction (up to
 * `concurrency` of them at once), and calls `onBatch` inside each batch's transaction (progress
 * commits with the scores). Suppliers a request holds locked are skipped: that request rescores
 * them itself.
 */
export const recomputeRisk = async ({
  db,
  organizationId,
  onBatch,
  batchSize = RECOMPUTE_BATCH_SIZE,
  concurrency = runConcurrency(),
  now,
}: {
  db: Db;
  organizationId: string;
  onBatch?: (tx: Tx, progress: RecomputeProgress) => Promise<void>;
  batchSize?: number;
  concurrency?: number;
  now?: Date;
}): Promise<RecomputeProgress> => {
  // Settings and reference data are read once: a run never mixes two settings versions.
  const run = await loadRunInputs({ db, organizationId, now });
  const basisId = await storedBasisId({ db, organizationId, basis: run.context.basis });
  const total: RecomputeProgress = { subjectsDone: 0, changed: 0 };
  // The look-ups by subject id need statistics that know how big risk_scores is; a run can
  // double it, faster than autovacuum notices. Analysed at the start and whenever the rows
  // written since the last time reach what had been written before it (so a few times a run),
  // and at the end if anything was written, so that the supplier list, which reads
  // supplier_current_risks, is planned for the rows this run left there.
  const analyze = () => db.$executeRaw`ANALYZE risk_scores, supplier_current_risks`;
  await analyze();
  let writtenAtAnalyze = 0;
  const scoreInOwnTransaction = (pageIds: readonly string[]) =>
    db.$transaction(
      async (tx) => {
        // Every statement of a batch looks up a few thousand keys in tables of up to millions
        // of rows: index look-ups, even while the statistics still describe risk_scores before
        // this run filled it (a sequential scan of a "small" table, chosen from stale
        // statistics, grows with every batch and makes a run quadratic).
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        // A batch's explanations (a few MB of JSON) stay in memory instead of spilling to
        // temporary files while the write statement reads them.
        await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
        const suppliers = await lockSupplierBatch({
          tx,
          organizationId,
          ids: pageIds,
          skipLocked: true,
        });
        const progress = await scoreBatch({ tx, organizationId, suppliers, run, basisId });
        total.subjectsDone += progress.subjectsDone;
        total.changed += progress.changed;
        await onBatch?.(tx, { ...total });
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
  const inFlight = new Set<Promise<void>>();
  try {
    for (let afterId: string | null = null; ;) {
      const pageIds = await nextSupplierPage({ db, organizationId, afterId, limit: batchSize });
      if (pageIds.length === 0) break;
      afterId = pageIds.at(-1) ?? null;
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (total.changed - writtenAtAnalyze >= Math.max(batchSize, writtenAtAnalyze)) {
        await analyze();
        writtenAtAnalyze = total.changed;
      }
      const batch: Promise<void> = scoreInOwnTransaction(pageIds).finally(() =>
        inFlight.delete(batch),
      );
      // Awaited through inFlight; handled here so a failure is not unhandled meanwhile.
      batch.catch(() => undefined);
      inFlight.add(batch);
      if (pageIds.length < batchSize) break;
    }
    await Promise.all(inFlight);
    if (total.changed > writtenAtAnalyze) await analyze();
  } catch (error) {
    // Let the other batch finish (or fail) before reporting: nothing runs on after the error.
    await Promise.allSettled(inFlight);
    throw error;
  }
  return total;
};

/**
 * The live suppliers whose risk depends on the given recruiters: those with a live site that
 * uses one of them directly, or uses a recruiter that works through one of them as a sub-agent
 * (at any depth).
 */
export const suppliersUsingRecruiters = async ({
  tx,
  organizationId,
  recruiterIds,
}: {
  tx: DbOrTx;
  organizationId: string;
  recruiterIds: readonly string[];
}): Promise<string[]> => {
  if (recruiterIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE principals(recruiter_id) AS (
      SELECT unnest(${[...recruiterIds]}::uuid[])
      UNION
      SELECT edge.recruiter_id
      FROM principals
      JOIN recruiter_edges edge
        ON edge.organization_id = ${organizationId}::uuid
        AND edge.sub_agent_id = principals.recruiter_id
    )
    SELECT DISTINCT site.supplier_id::text AS id
    FROM principals
    JOIN recruiter_site_links link
      ON link.organization_id = ${organizationId}::uuid
      AND link.recruiter_id = principals.recruiter_id
    JOIN sites site ON site.id = link.site_id AND site.archived_at IS NULL`;
  return rows.map((row) => row.id);
};

/** Rescores, in the caller's transaction, the suppliers that use any of `recruiterIds`. */
export const rescoreSuppliersUsingRecruiters = async ({
  tx,
  organizationId,
  recruiterIds,
}: {
  tx: Tx;
  organizationId: string;
  recruiterIds: readonly string[];
}): Promise<RecomputeProgress> =>
  rescoreSuppliers({
    tx,
    organizationId,
    supplierIds: await suppliersUsingRecruiters({ tx, organizationId, recruiterIds }),
  });

/** Rescores, in the caller's transaction, the suppliers of `siteIds`. */
export const rescoreSuppliersOfSites = async ({
  tx,
  organizationId,
  siteIds,
}: {
  tx: Tx;
  organizationId: string;
  siteIds: readonly string[];
}): Promise<RecomputeProgress> => {
  const sites = await tx.site.findMany({
    where: { organizationId, id: { in: [...siteIds] } },
    select: { supplierId: true },
  });
  return rescoreSuppliers({
    tx,
    organizationId,
    supplierIds: sites.map((site) => site.supplierId),
  });
};
