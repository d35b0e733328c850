/**
 * Duplicate detection, set-based so that it serves one supplier typed into a form and 50,000 rows
 * of an import alike (one statement each, whatever the number of candidates).
 *
 * - Exact duplicates (merged automatically by the callers): same country and the same
 *   normalized name, or same country and the same registration id (case and spaces ignored).
 * - Likely duplicates (queued for a person to decide): same country and names at least
 *   LIKELY_NAME_SIMILARITY alike (pg_trgm), or the same website domain, or the same registration
 *   id in another country.
 *
 * Tenant scope: every statement names the organisation in each scan of `suppliers`.
 */
import { z } from "zod";

import { Prisma, type Db, type DbOrTx, type Tx } from "@/server/db";

import { LIKELY_NAME_SIMILARITY, ZDuplicateReasonsSchema } from "./reasons";

export {
  LIKELY_NAME_SIMILARITY,
  ZDuplicateReasonSchema,
  ZDuplicateReasonsSchema,
  type TDuplicateReason,
  type TDuplicateReasons,
} from "./reasons";

/**
 * Registration ids compare in upper case without whitespace ("gb 123 456" = "GB123456").
 * `translate` rather than a regular expression: it runs over whole tables and is much cheaper.
 */
const REGISTRATION_WHITESPACE = " \t\r\n\u00a0";

export const registrationKey = (registrationId: string | null): string | null => {
  let key = (registrationId ?? "").toUpperCase();
  for (const character of REGISTRATION_WHITESPACE) key = key.split(character).join("");
  return key === "" ? null : key;
};

/** The same folding in SQL, for a column or a parameter. */
export const registrationKeySql = (expression: Prisma.Sql) =>
  Prisma.sql`nullif(upper(translate(${expression}, ${REGISTRATION_WHITESPACE}, '')), '')`;

export type ExactDuplicateCandidate = {
  /** The caller's handle for this candidate (a row number, a form id …). */
  key: string;
  /** From normalizeCompanyName(). */
  normalizedName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  registrationId: string | null;
};

/**
 * For each candidate that exactly matches an existing non-archived supplier of the organisation,
 * key → that supplier's id. A registration-id match wins over a name match; among several, the
 * oldest supplier wins. A same-name match is not exact when both sides carry registration ids
 * and they differ: two companies may share a name, and such pairs are left to the review queue.
 */
export const findExactDuplicates = async ({
  db,
  organizationId,
  candidates,
}: {
  db: DbOrTx;
  organizationId: string;
  candidates: ExactDuplicateCandidate[];
}): Promise<Map<string, string>> => {
  if (candidates.length === 0) return new Map();
  // No CTE over the suppliers: joining the table itself lets the planner use the
  // (organization_id, normalized_name) and (organization_id, country) indexes for a few
  // candidates and hash joins for an import's thousands.
  const rows = await withoutJit(
    db,
    (tx) => tx.$queryRaw<{ key: string; id: string }[]>`
    WITH candidate AS MATERIALIZED (
      SELECT c.key, c.normalized_name, c.country::bpchar AS country,
        ${registrationKeySql(Prisma.sql`c.registration_id`)} AS reg_key
      FROM unnest(
        ${candidates.map((candidate) => candidate.key)}::text[],
        ${candidates.map((candidate) => candidate.normalizedName)}::text[],
        ${candidates.map((candidate) => candidate.country)}::text[],
        ${candidates.map((candidate) => candidate.registrationId)}::text[]
      ) AS c(key, normalized_name, country, registration_id)
    ),
    matched AS (
      SELECT c.key, s.id, s.created_at, 0 AS rank
      FROM candidate c
      JOIN suppliers s
        ON s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
        AND s.country = c.country
        AND ${registrationKeySql(Prisma.sql`s.registration_id`)} = c.reg_key
      WHERE c.reg_key IS NOT NULL
      UNION ALL
      SELECT c.key, s.id, s.created_at, 1 AS rank
      FROM candidate c
      JOIN suppliers s
        ON s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
        AND s.normalized_name = c.normalized_name AND s.country = c.country
      WHERE c.reg_key IS NULL
        OR coalesce(${registrationKeySql(Prisma.sql`s.registration_id`)}, c.reg_key) = c.reg_key
    )
    SELECT DISTINCT ON (key) key, id::text AS id
    FROM matched
    ORDER BY key, rank, created_at, id`,
  );
  return new Map(rows.map((row) => [row.key, row.id]));
};

/**
 * Up to this many new suppliers are compared with every supplier of the same country; larger
 * batches (imports) only within blocks of the same country and the same first three characters
 * of the normalized name, which keeps the work near-linear at the cost of missing pairs whose
 * names differ at the start ("Golden Tea" / "Sun Golden Tea").
 */
export const FULL_COMPARISON_LIMIT = 10;

/**
 * Runs `work` with PostgreSQL's JIT compiler off for the rest of the transaction (the caller's,
 * or one of its own). These statements are estimated as expensive, so PostgreSQL would spend
 * about a second compiling them, far more than they take to run. SET LOCAL ends with the
 * transaction, so no session state leaks (which matters on the embedded database).
 */
const withoutJit = async <T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> => {
  if (isRootClient(db)) {
    return db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL jit = off`;
      return work(tx);
    });
  }
  await db.$executeRaw`SET LOCAL jit = off`;
  return work(db);
};

/** A transaction client lacks `$transaction`: it cannot open another one. */
const isRootClient = (db: DbOrTx): db is Db => "$transaction" in db;

// A time-ordered UUID (version 7) built in SQL, like the ids Prisma gives other rows (PostgreSQL
// 15 has no uuidv7()): 48 bits of Unix milliseconds over a random UUID, version bits set to 7.
export const uuidV7Sql = Prisma.sql`encode(
  set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
    placing substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
    FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid`;

const ZLikelyPairSchema = z.object({
  supplierAId: z.uuid(),
  supplierBId: z.uuid(),
  score: z.number().min(0).max(1),
  reasons: ZDuplicateReasonsSchema,
});

/**
 * Compares the given suppliers with every other non-archived supplier of the organisation (the
 * given ones included) and queues each likely-duplicate pair as a pending DuplicateCandidate.
 * Pairs are stored in canonical order (a < b) and never twice: a pair already pending, merged or
 * rejected is left alone, so a rejected pair is never proposed again.
 *
 * The reasons JSON is built in SQL and parsed with ZDuplicateReasonsSchema before it is written;
 * the score is the strongest reason's: name similarity, 0.8 for a shared website domain, 0.9 for
 * a shared registration id.
 */
export const queueLikelyDuplicates = async ({
  db,
  organizationId,
  supplierIds,
}: {
  db: DbOrTx;
  organizationId: string;
  supplierIds: string[];
}): Promise<{ queued: number }> => {
  if (supplierIds.length === 0) return { queued: 0 };
  const block =
    supplierIds.length <= FULL_COMPARISON_LIMIT
      ? Prisma.sql`TRUE`
      : Prisma.sql`left(p.normalized_name, 3) = left(n.normalized_name, 3)`;
  const inOrganization = Prisma.sql`p.organization_id = ${organizationId}::uuid AND p.archived_at IS NULL`;
  // Finding the pairs is a read-only statement, so PostgreSQL may spread it over parallel
  // workers (an INSERT … SELECT may not); the reasons are then checked against their schema and
  // written in one statement.
  const pairs = await withoutJit(db, async (tx) => {
    const rows = await tx.$queryRaw<unknown[]>`
    WITH new AS NOT MATERIALIZED (
      SELECT s.id, s.country, s.normalized_name, s.website_domain,
        ${registrationKeySql(Prisma.sql`s.registration_id`)} AS reg_key
      FROM suppliers s
      WHERE s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
        AND s.id = ANY(${supplierIds}::uuid[])
    ),
    evidence AS (
      SELECT n.id AS new_id, p.id AS other_id, sim AS score,
        jsonb_build_object('code', 'similar_name', 'similarity', round(sim::numeric, 3)) AS reason
      FROM new n
      JOIN suppliers p ON ${inOrganization} AND p.country = n.country AND ${block} AND p.id <> n.id
      CROSS JOIN LATERAL (SELECT similarity(n.normalized_name, p.normalized_name) AS sim) AS s
      WHERE sim >= ${LIKELY_NAME_SIMILARITY}::float8
      UNION ALL
      SELECT n.id, p.id, 0.8,
        jsonb_build_object('code', 'same_website_domain', 'domain', n.website_domain)
      FROM new n
      JOIN suppliers p ON ${inOrganization} AND p.website_domain = n.website_domain AND p.id <> n.id
      UNION ALL
      SELECT n.id, p.id, 0.9,
        jsonb_build_object('code', 'same_registration_id', 'registrationId', n.reg_key,
          'sameCountry', p.country = n.country)
      FROM new n
      JOIN suppliers p ON ${inOrganization} AND p.id <> n.id
        AND ${registrationKeySql(Prisma.sql`p.registration_id`)} = n.reg_key
      WHERE n.reg_key IS NOT NULL
    )
    SELECT least(new_id, other_id)::text AS "supplierAId",
      greatest(new_id, other_id)::text AS "supplierBId",
      round(max(score)::numeric, 3)::float8 AS score, jsonb_agg(DISTINCT reason) AS reasons
    FROM evidence
    GROUP BY 1, 2`;
    return z.array(ZLikelyPairSchema).parse(rows);
  });
  if (pairs.length === 0) return { queued: 0 };
  const queued = await db.$executeRaw`
    INSERT INTO duplicate_candidates
      (id, organization_id, supplier_a_id, supplier_b_id, score, reasons, status)
    SELECT ${uuidV7Sql}, ${organizationId}::uuid, pair.a, pair.b, pair.score, pair.reasons, 'pending'
    FROM unnest(
      ${pairs.map((pair) => pair.supplierAId)}::uuid[],
      ${pairs.map((pair) => pair.supplierBId)}::uuid[],
      ${pairs.map((pair) => pair.score)}::numeric[],
      ${pairs.map((pair) => JSON.stringify(pair.reasons))}::jsonb[]
    ) AS pair(a, b, score, reasons)
    ON CONFLICT (organization_id, supplier_a_id, supplier_b_id) DO NOTHING`;
  return { queued };
};
