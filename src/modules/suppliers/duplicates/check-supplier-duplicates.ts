/**
 * What the create form shows while the user types: an exact duplicate (which saving would merge
 * into) and the most likely duplicates, by the same rules as the import and the review queue.
 */
import { z } from "zod";

import { Prisma, type Db } from "@/server/db";

import { ZSupplierMatchSchema, type TSupplierMatch } from "../dto";
import { normalizeCompanyName, normalizeWebsiteDomain } from "../services/normalize";
import { findExactDuplicates, registrationKey, registrationKeySql } from "./find-duplicates";
import { LIKELY_NAME_SIMILARITY } from "./reasons";

export const MAX_LIKELY_MATCHES = 5;

export type SupplierDuplicateCheck = {
  exact: TSupplierMatch | null;
  likely: TSupplierMatch[];
};

const ZMatchRowSchema = z.object({
  id: z.string(),
  legalName: z.string(),
  country: z.string(),
  tier: z.number().int().nullable(),
  otherNames: z.array(z.string()),
  registrationId: z.string().nullable(),
  websiteDomain: z.string().nullable(),
  score: z.coerce.number(),
  reasons: z.unknown(),
});

/** The exact duplicate when more alike suppliers pushed it out of the top matches (rare). */
const exactMatchOutsideTop = async ({
  db,
  organizationId,
  supplierId,
  normalizedName,
}: {
  db: Db;
  organizationId: string;
  supplierId: string;
  normalizedName: string;
}): Promise<TSupplierMatch | null> => {
  const row = await db.supplier.findFirst({
    where: { id: supplierId, organizationId },
    select: {
      id: true,
      legalName: true,
      country: true,
      tier: true,
      otherNames: true,
      registrationId: true,
      websiteDomain: true,
      normalizedName: true,
    },
  });
  if (!row) return null;
  const { normalizedName: existingName, ...supplier } = row;
  return {
    supplier: { ...supplier, isArchived: false },
    score: 1,
    reasons:
      existingName === normalizedName
        ? [{ code: "similar_name", similarity: 1 }]
        : [
            {
              code: "same_registration_id",
              registrationId: registrationKey(row.registrationId) ?? "",
              sameCountry: true,
            },
          ],
  };
};

export const checkSupplierDuplicates = async ({
  db,
  organizationId,
  legalName,
  country,
  registrationId,
  website,
  excludeSupplierId,
}: {
  db: Db;
  organizationId: string;
  legalName: string;
  country: string;
  registrationId: string | null;
  website: string | null;
  /** The supplier being edited, which is no duplicate of itself. */
  excludeSupplierId: string | null;
}): Promise<SupplierDuplicateCheck> => {
  const normalizedName = normalizeCompanyName(legalName);
  const domain = normalizeWebsiteDomain(website);
  const regKey = registrationKey(registrationId);
  const exclude = excludeSupplierId ?? "00000000-0000-0000-0000-000000000000";
  const [exactMatches, rows] = await Promise.all([
    findExactDuplicates({
      db,
      organizationId,
      candidates: [{ key: "form", normalizedName, country, registrationId }],
    }),
    // Three index-friendly probes (name within the country, domain, registration id), then the
    // strongest reason per supplier. `%` lets PostgreSQL use the trigram index for the name.
    db.$queryRaw<unknown[]>`
      WITH evidence AS (
        SELECT s.id, sim AS score,
          jsonb_build_object('code', 'similar_name', 'similarity', round(sim::numeric, 3)) AS reason
        FROM suppliers s
        CROSS JOIN LATERAL (SELECT similarity(s.normalized_name, ${normalizedName}) AS sim) AS m
        WHERE s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
          AND s.country = ${country}::bpchar AND s.normalized_name % ${normalizedName}
          AND sim >= ${LIKELY_NAME_SIMILARITY}::float8
        UNION ALL
        SELECT s.id, 0.8, jsonb_build_object('code', 'same_website_domain', 'domain', s.website_domain)
        FROM suppliers s
        WHERE s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
          AND s.website_domain = ${domain}
        UNION ALL
        SELECT s.id, 0.9, jsonb_build_object('code', 'same_registration_id',
          'registrationId', ${regKey}::text, 'sameCountry', s.country = ${country}::bpchar)
        FROM suppliers s
        WHERE s.organization_id = ${organizationId}::uuid AND s.archived_at IS NULL
          AND ${regKey}::text IS NOT NULL
          AND ${registrationKeySql(Prisma.sql`s.registration_id`)} = ${regKey}::text
      ),
      best AS (
        SELECT id, max(score) AS score, jsonb_agg(DISTINCT reason) AS reasons
        FROM evidence WHERE id <> ${exclude}::uuid GROUP BY id
      )
      SELECT s.id::text AS id, s.legal_name AS "legalName", s.country, s.tier,
        s.other_names AS "otherNames", s.registration_id AS "registrationId",
        s.website_domain AS "websiteDomain", best.score, best.reasons
      FROM best JOIN suppliers s ON s.organization_id = ${organizationId}::uuid AND s.id = best.id
      ORDER BY best.score DESC, s.legal_name, s.id
      LIMIT ${MAX_LIKELY_MATCHES + 1}`,
  ]);
  const matches = z
    .array(ZMatchRowSchema)
    .parse(rows)
    .map((row) =>
      ZSupplierMatchSchema.parse({
        supplier: {
          id: row.id,
          legalName: row.legalName,
          country: row.country,
          tier: row.tier,
          isArchived: false,
          otherNames: row.otherNames,
          registrationId: row.registrationId,
          websiteDomain: row.websiteDomain,
        },
        score: Math.min(1, row.score),
        reasons: row.reasons,
      }),
    );
  const exactId = exactMatches.get("form");
  const exact =
    exactId && exactId !== excludeSupplierId
      ? (matches.find((match) => match.supplier.id === exactId) ??
        (await exactMatchOutsideTop({ db, organizationId, supplierId: exactId, normalizedName })))
      : null;
  return {
    exact,
    likely: matches
      .filter((match) => match.supplier.id !== exact?.supplier.id)
      .slice(0, MAX_LIKELY_MATCHES),
  };
};
