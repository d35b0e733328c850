/**
 * Supplier tiers, derived from the supply edges in one set-based statement: direct suppliers are
 * tier 1; any other supplier is 1 + the lowest tier among its buyers; a supplier that no chain
 * connects to a direct supplier has no tier (null, shown as "not connected").
 *
 * The recursive query keeps (supplier, tier) pairs distinct, so it visits each supplier at most
 * once per depth: bounded work even on dense graphs. Archived suppliers neither get a tier nor
 * pass one on. Only rows whose tier changes are written.
 */
import type { DbOrTx } from "@/server/db";

/** Deeper chains than this are not followed (and get no tier). */
export const MAX_TIER = 20;

export const recomputeSupplierTiers = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<{ changed: number; changedIds: string[] }> => {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE reach(id, tier) AS (
      SELECT id, 1 FROM suppliers
      WHERE organization_id = ${organizationId}::uuid AND is_direct AND archived_at IS NULL
      UNION
      SELECT child.id, reach.tier + 1
      FROM reach
      JOIN supply_edges edge
        ON edge.organization_id = ${organizationId}::uuid AND edge.buyer_supplier_id = reach.id
      JOIN suppliers child
        ON child.id = edge.supplier_id AND child.archived_at IS NULL
      WHERE reach.tier < ${MAX_TIER}
    ),
    best AS (SELECT id, min(tier)::smallint AS tier FROM reach GROUP BY id),
    target AS (
      SELECT supplier.id, best.tier
      FROM suppliers supplier
      LEFT JOIN best ON best.id = supplier.id
      WHERE supplier.organization_id = ${organizationId}::uuid
        AND supplier.tier IS DISTINCT FROM best.tier
    )
    UPDATE suppliers SET tier = target.tier
    FROM target
    WHERE suppliers.id = target.id AND suppliers.organization_id = ${organizationId}::uuid
    RETURNING suppliers.id::text`;
  // The suppliers whose tier changed: their risk (tier points) must be rescored.
  return { changed: rows.length, changedIds: rows.map((row) => row.id) };
};
