/**
 * Archiving and restoring a supplier. An archived supplier leaves the lists and the tier
 * derivation (it neither gets a tier nor passes one on), but keeps its sites and edges so that
 * restoring it brings its place in the chain back. A supplier merged into another stays archived.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Db } from "@/server/db";
import { rescoreSuppliers } from "@/modules/risk/services/recompute-risk";

import type { TSupplier } from "../dto";
import { findSupplierInOrganization } from "./find-in-organization";
import { recomputeSupplierTiers } from "./recompute-tiers";
import { supplierAuditView, toSupplierDto } from "./supplier-dto";

export const setSupplierArchived = async ({
  db,
  actor,
  organizationId,
  supplierId,
  isArchived,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  supplierId: string;
  isArchived: boolean;
}): Promise<TSupplier> =>
  db.$transaction(async (tx) => {
    const beforeRow = await findSupplierInOrganization({ db: tx, organizationId, supplierId });
    if ((beforeRow.archivedAt !== null) === isArchived) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessageKey: isArchived ? "suppliers.alreadyArchived" : "suppliers.notArchived",
      });
    }
    if (!isArchived && beforeRow.mergedIntoId) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessageKey: "suppliers.mergedCannotRestore",
      });
    }
    await tx.supplier.update({
      where: { id: supplierId, organizationId },
      data: { archivedAt: isArchived ? new Date() : null },
      select: { id: true },
    });
    const tiers = await recomputeSupplierTiers({ db: tx, organizationId });
    await rescoreSuppliers({ tx, organizationId, supplierIds: [supplierId, ...tiers.changedIds] });
    const after = toSupplierDto(
      await findSupplierInOrganization({ db: tx, organizationId, supplierId }),
    );
    await recordAuditEvent(tx, actor, {
      action: isArchived ? "supplier.archived" : "supplier.restored",
      entityType: "supplier",
      entityId: supplierId,
      before: supplierAuditView(toSupplierDto(beforeRow)),
      after: supplierAuditView(after),
    });
    return after;
  });
