/**
 * A reviewer's decision on a pending pair: merge the two suppliers into the survivor they chose,
 * or reject the pair (remembered: it is never proposed again).
 *
 * Merging moves the other supplier's sites and supply edges to the survivor (dropping edges that
 * would point at itself or repeat another), combines names and products, fills the survivor's
 * blanks, archives the other record pointing at the survivor, and recomputes tiers, all in one
 * transaction with its audit events.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Db, Tx } from "@/server/db";
import { rescoreSuppliers } from "@/modules/risk/services/recompute-risk";

import type { TSupplier } from "../dto";
import { combineSuppliers } from "../services/combine-suppliers";
import { findSupplierInOrganization } from "../services/find-in-organization";
import { lockOrganizationGraph } from "../services/lock-graph";
import { normalizeWebsiteDomain } from "../services/normalize";
import { recomputeSupplierTiers } from "../services/recompute-tiers";
import { supplierAuditView, supplierSelect, toSupplierDto } from "../services/supplier-dto";
import { liesOnCycle } from "../services/would-create-cycle";
import { queueLikelyDuplicates, uuidV7Sql } from "./find-duplicates";

const candidateNotFound = () =>
  new AppError("NOT_FOUND", { userMessageKey: "suppliers.duplicateNotFound" });

/** The pending pair, locked so that two reviewers cannot decide it at the same time. */
const lockPendingCandidate = async (tx: Tx, organizationId: string, candidateId: string) => {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM duplicate_candidates
    WHERE id = ${candidateId}::uuid AND organization_id = ${organizationId}::uuid
    FOR UPDATE`;
  if (!locked) throw candidateNotFound();
  const candidate = await tx.duplicateCandidate.findFirst({
    where: { id: candidateId, organizationId },
    select: { id: true, supplierAId: true, supplierBId: true, status: true, score: true },
  });
  if (!candidate) throw candidateNotFound();
  if (candidate.status !== "pending") {
    throw new AppError("PRECONDITION_FAILED", { userMessageKey: "suppliers.duplicateDecided" });
  }
  return candidate;
};

/** Moves sites and edges from `fromId` to `toId`, then drops self-edges and repeated edges. */
const moveChildren = async (tx: Tx, organizationId: string, fromId: string, toId: string) => {
  await tx.site.updateMany({
    where: { organizationId, supplierId: fromId },
    data: { supplierId: toId },
  });
  await tx.supplyEdge.updateMany({
    where: { organizationId, buyerSupplierId: fromId },
    data: { buyerSupplierId: toId },
  });
  await tx.supplyEdge.updateMany({
    where: { organizationId, supplierId: fromId },
    data: { supplierId: toId },
  });
  await tx.supplyEdge.deleteMany({
    where: { organizationId, buyerSupplierId: toId, supplierId: toId },
  });
  // Of edges that now say the same thing twice, the oldest stays.
  await tx.$executeRaw`
    DELETE FROM supply_edges e
    USING supply_edges keep
    WHERE e.organization_id = ${organizationId}::uuid
      AND keep.organization_id = ${organizationId}::uuid
      AND (e.buyer_supplier_id = ${toId}::uuid OR e.supplier_id = ${toId}::uuid)
      AND keep.buyer_supplier_id = e.buyer_supplier_id AND keep.supplier_id = e.supplier_id
      AND keep.buyer_site_id IS NOT DISTINCT FROM e.buyer_site_id
      AND keep.supplier_site_id IS NOT DISTINCT FROM e.supplier_site_id
      AND keep.product IS NOT DISTINCT FROM e.product
      AND (keep.created_at, keep.id) < (e.created_at, e.id)`;
};

/**
 * The other pairs of the merged supplier: a rejection carries over to the survivor (the reviewer
 * said "not the same company"), undecided pairs are dropped, and the survivor, which may now
 * hold more (a website, a registration id), is compared afresh.
 */
const carryOverPairs = async (
  tx: Tx,
  organizationId: string,
  mergedId: string,
  survivorId: string,
) => {
  await tx.$executeRaw`
    INSERT INTO duplicate_candidates
      (id, organization_id, supplier_a_id, supplier_b_id, score, reasons, status,
       decided_by_user_id, decided_at)
    SELECT ${uuidV7Sql}, c.organization_id,
      least(other.id, ${survivorId}::uuid), greatest(other.id, ${survivorId}::uuid),
      c.score, c.reasons, 'rejected', c.decided_by_user_id, c.decided_at
    FROM duplicate_candidates c
    CROSS JOIN LATERAL (
      SELECT CASE WHEN c.supplier_a_id = ${mergedId}::uuid THEN c.supplier_b_id
        ELSE c.supplier_a_id END AS id
    ) other
    WHERE c.organization_id = ${organizationId}::uuid AND c.status = 'rejected'
      AND (c.supplier_a_id = ${mergedId}::uuid OR c.supplier_b_id = ${mergedId}::uuid)
      AND other.id <> ${survivorId}::uuid
    ON CONFLICT (organization_id, supplier_a_id, supplier_b_id) DO NOTHING`;
  await tx.duplicateCandidate.deleteMany({
    where: {
      organizationId,
      status: "pending",
      OR: [{ supplierAId: mergedId }, { supplierBId: mergedId }],
    },
  });
  await queueLikelyDuplicates({ db: tx, organizationId, supplierIds: [survivorId] });
};

export const mergeDuplicates = async ({
  db,
  actor,
  organizationId,
  candidateId,
  survivorId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  candidateId: string;
  survivorId: string;
}): Promise<{ survivor: TSupplier; mergedId: string }> =>
  db.$transaction(async (tx) => {
    await lockOrganizationGraph(tx, organizationId);
    const candidate = await lockPendingCandidate(tx, organizationId, candidateId);
    if (survivorId !== candidate.supplierAId && survivorId !== candidate.supplierBId) {
      throw new AppError("INVALID_INPUT", { userMessageKey: "suppliers.survivorNotInPair" });
    }
    const mergedId =
      survivorId === candidate.supplierAId ? candidate.supplierBId : candidate.supplierAId;
    const [survivorRow, mergedRow] = await Promise.all([
      findSupplierInOrganization({ db: tx, organizationId, supplierId: survivorId }),
      findSupplierInOrganization({ db: tx, organizationId, supplierId: mergedId }),
    ]);
    if (survivorRow.archivedAt || mergedRow.archivedAt) {
      throw new AppError("PRECONDITION_FAILED", { userMessageKey: "suppliers.duplicateArchived" });
    }
    const survivorBefore = toSupplierDto(survivorRow);
    const mergedBefore = toSupplierDto(mergedRow);

    await moveChildren(tx, organizationId, mergedId, survivorId);
    if (await liesOnCycle({ db: tx, organizationId, supplierId: survivorId })) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessageKey: "suppliers.mergeCycle",
        userMessageValues: { survivor: survivorBefore.legalName, other: mergedBefore.legalName },
      });
    }
    const combined = combineSuppliers({ survivor: survivorBefore, other: mergedBefore });
    const survivorAfter = toSupplierDto(
      await tx.supplier.update({
        where: { id: survivorId, organizationId },
        data: {
          ...combined,
          websiteDomain: normalizeWebsiteDomain(combined.website),
          // Bought from directly under either record means bought from directly.
          isDirect: survivorBefore.isDirect || mergedBefore.isDirect,
        },
        select: supplierSelect,
      }),
    );
    const mergedAfter = toSupplierDto(
      await tx.supplier.update({
        where: { id: mergedId, organizationId },
        data: { archivedAt: new Date(), mergedIntoId: survivorId },
        select: supplierSelect,
      }),
    );
    await tx.duplicateCandidate.update({
      where: { id: candidate.id, organizationId },
      data: { status: "merged", decidedByUserId: actor.userId, decidedAt: new Date() },
    });
    await carryOverPairs(tx, organizationId, mergedId, survivorId);
    const tiers = await recomputeSupplierTiers({ db: tx, organizationId });
    await rescoreSuppliers({
      tx,
      organizationId,
      supplierIds: [survivorId, ...tiers.changedIds],
    });

    await recordAuditEvent(tx, actor, {
      action: "duplicate.merged",
      entityType: "duplicate_candidate",
      entityId: candidate.id,
      before: {
        status: "pending",
        supplierAId: candidate.supplierAId,
        supplierBId: candidate.supplierBId,
      },
      after: { status: "merged", survivorId, mergedId },
    });
    await recordAuditEvent(tx, actor, {
      action: "supplier.merged",
      entityType: "supplier",
      entityId: mergedId,
      before: {
        merged: supplierAuditView(mergedBefore),
        survivor: supplierAuditView(survivorBefore),
      },
      after: { merged: supplierAuditView(mergedAfter), survivor: supplierAuditView(survivorAfter) },
    });
    const survivor = toSupplierDto(
      await findSupplierInOrganization({ db: tx, organizationId, supplierId: survivorId }),
    );
    return { survivor, mergedId };
  });

export const rejectDuplicate = async ({
  db,
  actor,
  organizationId,
  candidateId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  candidateId: string;
}): Promise<{ id: string }> =>
  db.$transaction(async (tx) => {
    const candidate = await lockPendingCandidate(tx, organizationId, candidateId);
    await tx.duplicateCandidate.update({
      where: { id: candidate.id, organizationId },
      data: { status: "rejected", decidedByUserId: actor.userId, decidedAt: new Date() },
    });
    await recordAuditEvent(tx, actor, {
      action: "duplicate.rejected",
      entityType: "duplicate_candidate",
      entityId: candidate.id,
      before: {
        status: "pending",
        supplierAId: candidate.supplierAId,
        supplierBId: candidate.supplierBId,
      },
      after: { status: "rejected" },
    });
    return { id: candidate.id };
  });
