/**
 * The review queue: pending pairs, strongest first, each with both suppliers side by side. The
 * reasons JSON is parsed with its zod schema on the way out.
 */
import { z } from "zod";

import { Prisma, type Db } from "@/server/db";

import type { TDuplicateCandidate, TDuplicateSide } from "../dto";
import { ZDuplicateReasonsSchema } from "./reasons";

const sideSelect = {
  id: true,
  legalName: true,
  otherNames: true,
  registrationId: true,
  country: true,
  address: true,
  website: true,
  sectorSection: true,
  sectorDivision: true,
  products: true,
  status: true,
  tier: true,
  createdAt: true,
  _count: { select: { sites: { where: { archivedAt: null } } } },
} as const satisfies Prisma.SupplierSelect;

type SideRow = Prisma.SupplierGetPayload<{ select: typeof sideSelect }>;

const toSide = ({ _count, ...row }: SideRow): TDuplicateSide => ({
  ...row,
  siteCount: _count.sites,
});

/**
 * Pending pairs whose two suppliers are both still active records (not archived), optionally
 * only those involving one supplier.
 */
const pendingPairsSql = (organizationId: string, supplierId: string | null = null) => Prisma.sql`
  FROM duplicate_candidates c
  JOIN suppliers a
    ON a.organization_id = ${organizationId}::uuid AND a.id = c.supplier_a_id AND a.archived_at IS NULL
  JOIN suppliers b
    ON b.organization_id = ${organizationId}::uuid AND b.id = c.supplier_b_id AND b.archived_at IS NULL
  WHERE c.organization_id = ${organizationId}::uuid AND c.status = 'pending'
  ${
    supplierId === null
      ? Prisma.empty
      : Prisma.sql`AND (c.supplier_a_id = ${supplierId}::uuid OR c.supplier_b_id = ${supplierId}::uuid)`
  }`;

export const countPendingDuplicates = async ({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<number> => {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total ${pendingPairsSql(organizationId)}`;
  return row?.total ?? 0;
};

const ZPairRowSchema = z.object({
  id: z.string(),
  supplierAId: z.string(),
  supplierBId: z.string(),
  score: z.number(),
  reasons: ZDuplicateReasonsSchema,
  createdAt: z.date(),
});

export const listDuplicateCandidates = async ({
  db,
  organizationId,
  supplierId,
  page,
  pageSize,
}: {
  db: Db;
  organizationId: string;
  supplierId: string | null;
  page: number;
  pageSize: number;
}): Promise<{ items: TDuplicateCandidate[]; total: number; page: number; pageSize: number }> => {
  const [rows, counted] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT c.id::text AS id, c.supplier_a_id::text AS "supplierAId",
        c.supplier_b_id::text AS "supplierBId", c.score::float8 AS score, c.reasons,
        c.created_at AS "createdAt"
      ${pendingPairsSql(organizationId, supplierId)}
      ORDER BY c.score DESC, c.created_at, c.id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total ${pendingPairsSql(organizationId, supplierId)}`,
  ]);
  const pairs = z.array(ZPairRowSchema).parse(rows);
  const ids = [...new Set(pairs.flatMap((pair) => [pair.supplierAId, pair.supplierBId]))];
  const suppliers = await db.supplier.findMany({
    where: { organizationId, id: { in: ids } },
    select: sideSelect,
  });
  const byId = new Map(suppliers.map((supplier) => [supplier.id, toSide(supplier)]));
  const items = pairs.flatMap(({ supplierAId, supplierBId, ...pair }) => {
    const supplierA = byId.get(supplierAId);
    const supplierB = byId.get(supplierBId);
    return supplierA && supplierB ? [{ ...pair, supplierA, supplierB }] : [];
  });
  return { items, total: counted[0]?.total ?? 0, page, pageSize };
};
