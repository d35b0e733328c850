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

import { distinctiveName } from "../services/normalize";
import {
  DISTINCTIVE_NAME_SIMILARITY,
  LIKELY_NAME_SIMILARITY,
  ZDuplicateReasonsSchema,
  type TDuplicateReason,
} from "./reasons";
import {
  containedWordPairs,
  nameSimilarity,
  similarNamePairs,
  wordsContained,
  type NamedRecord,
} from "./similar-names";

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
 * Up to this many new suppliers are compared in PostgreSQL with every supplier of the same
 * country. Larger batches (imports) get their candidate pairs from the in-memory similarity join
 * (similar-names.ts), and PostgreSQL's `similarity()` then confirms each one: the same rule,
 * without comparing every pair.
 */
export const FULL_COMPARISON_LIMIT = 10;

const ZNamedRecordSchema = z.object({
  id: z.string(),
  country: z.string(),
  normalizedName: z.string(),
});

/** The organisation's non-archived suppliers in these countries, as the similar-name join wants them. */
export const readNamedSuppliers = async ({
  db,
  organizationId,
  countries,
}: {
  db: DbOrTx;
  organizationId: string;
  countries: readonly string[];
}): Promise<NamedRecord[]> => {
  if (countries.length === 0) return [];
  const rows = await db.$queryRaw<unknown[]>`
    SELECT s.id::text AS id, s.country::text AS country, s.normalized_name AS "normalizedName"
    FROM suppliers s
    WHERE s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
      AND s.country = ANY(${[...countries]}::bpchar[])`;
  return z.array(ZNamedRecordSchema).parse(rows);
};

/**
 * Candidate pairs [new, other] of similar names for a large batch of new suppliers, compared
 * with each other and with `otherRecords` (the rest of the organisation's suppliers in their
 * countries). Both halves of the distinctive-name rule are joined in memory on the distinctive
 * parts (short and rare, so the joins are cheap); queueLikelyDuplicates then has PostgreSQL's
 * similarity() confirm the whole-name half.
 */
export const similarNameCandidatePairs = async ({
  newRecords,
  otherRecords,
}: {
  newRecords: readonly NamedRecord[];
  otherRecords: readonly NamedRecord[];
}): Promise<[string, string][]> => {
  const distinctive = (record: NamedRecord): NamedRecord => ({
    ...record,
    normalizedName: distinctiveName(record.normalizedName),
  });
  const newDistinctive = newRecords.map(distinctive);
  const allDistinctive = [...newDistinctive, ...otherRecords.map(distinctive)];
  return [
    ...(await similarNamePairs({
      newRecords: newDistinctive,
      allRecords: allDistinctive,
      threshold: DISTINCTIVE_NAME_SIMILARITY,
    })),
    ...containedWordPairs({ newRecords: newDistinctive, allRecords: allDistinctive }),
  ];
};

/** Candidate pairs [new, other] of similar names for a large batch of new suppliers. */
const similarNameCandidates = async (
  tx: Tx,
  organizationId: string,
  supplierIds: string[],
): Promise<[string, string][]> => {
  const countries = await tx.$queryRaw<{ country: string }[]>`
    SELECT DISTINCT n.country::text AS country FROM suppliers n
    WHERE n.organization_id = ${organizationId}::uuid AND n.id = ANY(${supplierIds}::uuid[])`;
  const records = await readNamedSuppliers({
    db: tx,
    organizationId,
    countries: countries.map((row) => row.country),
  });
  const wanted = new Set(supplierIds);
  return similarNameCandidatePairs({
    newRecords: records.filter((record) => wanted.has(record.id)),
    otherRecords: records.filter((record) => !wanted.has(record.id)),
  });
};

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

/**
 * A transaction client lacks `$connect` (Prisma withholds it). Not `$transaction`: since Prisma 7
 * a transaction client has one too, for nested transactions (savepoints), which cannot run
 * side by side, while a caller's transaction may run several of these statements at once.
 */
const isRootClient = (db: DbOrTx): db is Db => "$connect" in db;

// A time-ordered UUID (version 7) built in SQL, like the ids Prisma gives other rows (PostgreSQL
// 15 has no uuidv7()): 48 bits of Unix milliseconds over a random UUID, version bits set to 7.
export const uuidV7Sql = Prisma.sql`encode(
  set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
    placing substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
    FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid`;

/** The similar-name evidence of a large batch: in-memory candidates confirmed by pg_trgm. */
const candidatePairsSql = async (
  tx: Tx,
  organizationId: string,
  supplierIds: string[],
  inOrganization: Prisma.Sql,
  found: readonly (readonly [string, string])[] | undefined,
): Promise<Prisma.Sql> => {
  const candidates = found ?? (await similarNameCandidates(tx, organizationId, supplierIds));
  return Prisma.sql`
      SELECT c.new_id, p.id AS other_id, sim AS score,
        jsonb_build_object('code', 'similar_name', 'similarity', round(sim::numeric, 3)) AS reason
      FROM unnest(
        ${candidates.map(([newId]) => newId)}::uuid[],
        ${candidates.map(([, otherId]) => otherId)}::uuid[]
      ) AS c(new_id, other_id)
      JOIN new n ON n.id = c.new_id
      JOIN suppliers p ON ${inOrganization} AND p.id = c.other_id
      CROSS JOIN LATERAL (SELECT similarity(n.normalized_name, p.normalized_name) AS sim) AS s
      WHERE sim >= ${LIKELY_NAME_SIMILARITY}::float8`;
};

/** The distinctive-name half of the rule (see DISTINCTIVE_NAME_SIMILARITY). */
export const haveAlikeDistinctiveParts = (a: string, b: string): boolean => {
  const [x, y] = [distinctiveName(a), distinctiveName(b)];
  return nameSimilarity(x, y) >= DISTINCTIVE_NAME_SIMILARITY || wordsContained(x, y);
};

const ZLikelyPairSchema = z.object({
  supplierAId: z.uuid(),
  supplierBId: z.uuid(),
  nameA: z.string(),
  nameB: z.string(),
  reasons: ZDuplicateReasonsSchema,
});

/** Each reason's weight: the name similarity, 0.8 for a website, 0.9 for a registration id. */
const reasonScore = (reason: TDuplicateReason): number =>
  reason.code === "similar_name"
    ? reason.similarity
    : reason.code === "same_website_domain"
      ? 0.8
      : 0.9;

/**
 * Applies the distinctive-name half of the rule to the SQL's pairs: a similar-name reason
 * whose distinctive parts differ is dropped, and so is a pair left without reasons.
 */
const keepLikelyPairs = (pairs: z.infer<typeof ZLikelyPairSchema>[]) =>
  pairs.flatMap((pair) => {
    const reasons = pair.reasons.filter(
      (reason) =>
        reason.code !== "similar_name" || haveAlikeDistinctiveParts(pair.nameA, pair.nameB),
    );
    if (reasons.length === 0) return [];
    const score = Math.round(Math.max(...reasons.map(reasonScore)) * 1000) / 1000;
    return [{ supplierAId: pair.supplierAId, supplierBId: pair.supplierBId, score, reasons }];
  });

/**
 * Compares the given suppliers with every other non-archived supplier of the organisation (the
 * given ones included) and queues each likely-duplicate pair as a pending DuplicateCandidate.
 * Pairs are stored in canonical order (a < b) and never twice: a pair already pending, merged or
 * rejected is left alone, so a rejected pair is never proposed again.
 *
 * Similar names count when the whole names are LIKELY_NAME_SIMILARITY alike (pg_trgm) and their
 * distinctive parts alike (DISTINCTIVE_NAME_SIMILARITY, or one's words inside the other's). The reasons JSON is built in SQL and
 * parsed with ZDuplicateReasonsSchema before it is written; the score is the strongest reason's.
 */
export const queueLikelyDuplicates = async ({
  db,
  organizationId,
  supplierIds,
  similarNameCandidates: foundCandidates,
}: {
  db: DbOrTx;
  organizationId: string;
  supplierIds: string[];
  /**
   * For a large batch: the similarNameCandidatePairs of these suppliers when the caller has found
   * them already (an import finds them while its rows are being inserted).
   */
  similarNameCandidates?: readonly (readonly [string, string])[];
}): Promise<{ queued: number }> => {
  if (supplierIds.length === 0) return { queued: 0 };
  const inOrganization = Prisma.sql`p.organization_id = ${organizationId}::uuid AND p.archived_at IS NULL`;
  // Finding the pairs is a read-only statement, so PostgreSQL may spread it over parallel
  // workers (an INSERT … SELECT may not); the reasons are then checked against their schema and
  // written in one statement.
  const pairs = await withoutJit(db, async (tx) => {
    const similarNames =
      supplierIds.length <= FULL_COMPARISON_LIMIT
        ? Prisma.sql`
      SELECT n.id AS new_id, p.id AS other_id, sim AS score,
        jsonb_build_object('code', 'similar_name', 'similarity', round(sim::numeric, 3)) AS reason
      FROM new n
      JOIN suppliers p ON ${inOrganization} AND p.country = n.country AND p.id <> n.id
      CROSS JOIN LATERAL (SELECT similarity(n.normalized_name, p.normalized_name) AS sim) AS s
      WHERE sim >= ${LIKELY_NAME_SIMILARITY}::float8`
        : await candidatePairsSql(tx, organizationId, supplierIds, inOrganization, foundCandidates);
    const rows = await tx.$queryRaw<unknown[]>`
    WITH new AS NOT MATERIALIZED (
      SELECT s.id, s.country, s.normalized_name, s.website_domain,
        ${registrationKeySql(Prisma.sql`s.registration_id`)} AS reg_key
      FROM suppliers s
      WHERE s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
        AND s.id = ANY(${supplierIds}::uuid[])
    ),
    evidence AS (
      ${similarNames}
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
    SELECT pair.a::text AS "supplierAId", pair.b::text AS "supplierBId",
      a.normalized_name AS "nameA", b.normalized_name AS "nameB", pair.reasons
    FROM (
      SELECT least(new_id, other_id) AS a, greatest(new_id, other_id) AS b,
        jsonb_agg(DISTINCT reason) AS reasons
      FROM evidence
      GROUP BY 1, 2
    ) AS pair
    JOIN suppliers a ON a.id = pair.a
    JOIN suppliers b ON b.id = pair.b`;
    return keepLikelyPairs(z.array(ZLikelyPairSchema).parse(rows));
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
