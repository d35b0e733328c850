/**
 * Editing a supplier: every editable field is replaced (the form sends them all); the normalized
 * name and website domain follow. Tiers are recomputed when "bought from directly" changes, and
 * the supplier is compared afresh with the others (a new name or website may reveal a duplicate).
 */
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Db } from "@/server/db";
import { rescoreSuppliers } from "@/modules/risk/services/recompute-risk";

import { queueLikelyDuplicates } from "../duplicates/find-duplicates";
import type { TSupplier } from "../dto";
import type { TSupplierInput } from "../schemas";
import { assertNotArchived, findSupplierInOrganization } from "./find-in-organization";
import { recomputeSupplierTiers } from "./recompute-tiers";
import { supplierColumns } from "./supplier-data";
import { supplierAuditView, toSupplierDto } from "./supplier-dto";

export const updateSupplier = async ({
  db,
  actor,
  organizationId,
  supplierId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  supplierId: string;
  input: TSupplierInput;
}): Promise<TSupplier> =>
  db.$transaction(async (tx) => {
    const beforeRow = await findSupplierInOrganization({ db: tx, organizationId, supplierId });
    assertNotArchived(beforeRow);
    await tx.supplier.update({
      where: { id: supplierId, organizationId },
      data: supplierColumns(input),
      select: { id: true },
    });
    const tiers =
      beforeRow.isDirect === input.isDirect
        ? null
        : await recomputeSupplierTiers({ db: tx, organizationId });
    await rescoreSuppliers({
      tx,
      organizationId,
      supplierIds: [supplierId, ...(tiers?.changedIds ?? [])],
    });
    const after = toSupplierDto(
      await findSupplierInOrganization({ db: tx, organizationId, supplierId }),
    );
    await queueLikelyDuplicates({ db: tx, organizationId, supplierIds: [supplierId] });
    await recordAuditEvent(tx, actor, {
      action: "supplier.updated",
      entityType: "supplier",
      entityId: supplierId,
      before: supplierAuditView(toSupplierDto(beforeRow)),
      after: supplierAuditView(after),
    });
    return after;
  });
