/**
 * The supply graph has no cycles: "A buys from B" and "B buys (through any chain) from A" cannot
 * both hold, or tiers would be meaningless. Adding the edge buyer → supplier closes a cycle
 * exactly when the buyer is already reachable upstream of the supplier, which one recursive query
 * answers. Archived suppliers count: restoring one must not bring a cycle back.
 */
import type { DbOrTx } from "@/server/db";

export const wouldCreateCycle = async ({
  db,
  organizationId,
  buyerSupplierId,
  supplierId,
}: {
  db: DbOrTx;
  organizationId: string;
  buyerSupplierId: string;
  supplierId: string;
}): Promise<boolean> => {
  if (buyerSupplierId === supplierId) return true;
  // UNION (not UNION ALL) visits each supplier once, so the walk ends even on dense graphs.
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE upstream(id) AS (
      SELECT ${supplierId}::uuid
      UNION
      SELECT e.supplier_id
      FROM upstream
      JOIN supply_edges e
        ON e.organization_id = ${organizationId}::uuid AND e.buyer_supplier_id = upstream.id
    )
    SELECT EXISTS (SELECT 1 FROM upstream WHERE id = ${buyerSupplierId}::uuid) AS found`;
  return rows[0]?.found ?? false;
};

/** Whether `supplierId` now lies on a cycle (used after merging two suppliers into one). */
export const liesOnCycle = async ({
  db,
  organizationId,
  supplierId,
}: {
  db: DbOrTx;
  organizationId: string;
  supplierId: string;
}): Promise<boolean> => {
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE upstream(id) AS (
      SELECT e.supplier_id FROM supply_edges e
      WHERE e.organization_id = ${organizationId}::uuid AND e.buyer_supplier_id = ${supplierId}::uuid
      UNION
      SELECT e.supplier_id
      FROM upstream
      JOIN supply_edges e
        ON e.organization_id = ${organizationId}::uuid AND e.buyer_supplier_id = upstream.id
    )
    SELECT EXISTS (SELECT 1 FROM upstream WHERE id = ${supplierId}::uuid) AS found`;
  return rows[0]?.found ?? false;
};
