/**
 * Supply edges: "buyer buys from supplier", optionally narrowed to the sites involved. Both
 * suppliers and both sites are looked up within the organisation (and each site within its own
 * supplier) in the same `where`; self-edges, repeated edges and cycles are refused with a clear
 * message; tiers are recomputed in the same transaction.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Db, Prisma, Tx } from "@/server/db";
import { rescoreSuppliers } from "@/modules/risk/services/recompute-risk";

import type { TSupplyEdge } from "../dto";
import type { TSupplyEdgeInput } from "../schemas";
import {
  assertNotArchived,
  findSupplierInOrganization,
  siteNotFound,
} from "./find-in-organization";
import { lockOrganizationGraph } from "./lock-graph";
import { recomputeSupplierTiers } from "./recompute-tiers";
import { wouldCreateCycle } from "./would-create-cycle";

const edgeSelect = {
  id: true,
  buyerSupplierId: true,
  supplierId: true,
  buyerSiteId: true,
  supplierSiteId: true,
  product: true,
  since: true,
  createdAt: true,
} as const satisfies Prisma.SupplyEdgeSelect;

const edgeAuditView = (edge: TSupplyEdge) => ({
  buyerSupplierId: edge.buyerSupplierId,
  supplierId: edge.supplierId,
  buyerSiteId: edge.buyerSiteId,
  supplierSiteId: edge.supplierSiteId,
  product: edge.product,
  since: edge.since?.toISOString().slice(0, 10) ?? null,
});

const assertSiteOfSupplier = async (
  tx: Tx,
  organizationId: string,
  siteId: string | null,
  supplierId: string,
): Promise<void> => {
  if (siteId === null) return;
  const site = await tx.site.findFirst({
    where: { id: siteId, organizationId, supplierId },
    select: { id: true },
  });
  if (!site) throw siteNotFound();
};

export const createSupplyEdge = async ({
  db,
  actor,
  organizationId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  input: TSupplyEdgeInput;
}): Promise<TSupplyEdge> =>
  db.$transaction(async (tx) => {
    const [buyer, supplier] = await Promise.all([
      findSupplierInOrganization({ db: tx, organizationId, supplierId: input.buyerSupplierId }),
      findSupplierInOrganization({ db: tx, organizationId, supplierId: input.supplierId }),
    ]);
    if (buyer.id === supplier.id) {
      throw new AppError("INVALID_INPUT", { userMessageKey: "suppliers.selfEdge" });
    }
    assertNotArchived(buyer);
    assertNotArchived(supplier);
    await assertSiteOfSupplier(tx, organizationId, input.buyerSiteId, buyer.id);
    await assertSiteOfSupplier(tx, organizationId, input.supplierSiteId, supplier.id);
    await lockOrganizationGraph(tx, organizationId);
    const existing = await tx.supplyEdge.findFirst({
      where: {
        organizationId,
        buyerSupplierId: buyer.id,
        supplierId: supplier.id,
        buyerSiteId: input.buyerSiteId,
        supplierSiteId: input.supplierSiteId,
        product: input.product,
      },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", { userMessageKey: "suppliers.edgeExists" });
    if (
      await wouldCreateCycle({
        db: tx,
        organizationId,
        buyerSupplierId: buyer.id,
        supplierId: supplier.id,
      })
    ) {
      throw new AppError("INVALID_INPUT", {
        userMessageKey: "suppliers.edgeCycle",
        userMessageValues: { buyer: buyer.legalName, supplier: supplier.legalName },
      });
    }
    const edge = await tx.supplyEdge.create({
      data: {
        organizationId,
        buyerSupplierId: buyer.id,
        supplierId: supplier.id,
        buyerSiteId: input.buyerSiteId,
        supplierSiteId: input.supplierSiteId,
        product: input.product,
        since: input.since,
      },
      select: edgeSelect,
    });
    const tiers = await recomputeSupplierTiers({ db: tx, organizationId });
    await rescoreSuppliers({ tx, organizationId, supplierIds: tiers.changedIds });
    await recordAuditEvent(tx, actor, {
      action: "supply_edge.created",
      entityType: "supply_edge",
      entityId: edge.id,
      after: edgeAuditView(edge),
    });
    return edge;
  });

export const deleteSupplyEdge = async ({
  db,
  actor,
  organizationId,
  edgeId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  edgeId: string;
}): Promise<TSupplyEdge> =>
  db.$transaction(async (tx) => {
    const edge = await tx.supplyEdge.findFirst({
      where: { id: edgeId, organizationId },
      select: edgeSelect,
    });
    if (!edge) throw new AppError("NOT_FOUND", { userMessageKey: "suppliers.edgeNotFound" });
    await tx.supplyEdge.delete({ where: { id: edge.id, organizationId } });
    const tiers = await recomputeSupplierTiers({ db: tx, organizationId });
    await rescoreSuppliers({ tx, organizationId, supplierIds: tiers.changedIds });
    await recordAuditEvent(tx, actor, {
      action: "supply_edge.deleted",
      entityType: "supply_edge",
      entityId: edge.id,
      before: edgeAuditView(edge),
    });
    return edge;
  });
