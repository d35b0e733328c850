/**
 * Creating a supplier, with duplicate detection on the way in: an exact duplicate of an existing
 * supplier is not created but merged into it (its name joins the other names, its values fill the
 * existing record's blanks, nothing is overwritten); a likely duplicate is created and the pair is
 * queued for review.
 */
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Db, Tx } from "@/server/db";
import { rescoreSuppliers } from "@/modules/risk/services/recompute-risk";

import { findExactDuplicates, queueLikelyDuplicates } from "../duplicates/find-duplicates";
import type { TSupplier } from "../dto";
import type { TSupplierInput } from "../schemas";
import { combineSuppliers } from "./combine-suppliers";
import { findSupplierInOrganization } from "./find-in-organization";
import { normalizeCompanyName, normalizeWebsiteDomain } from "./normalize";
import { supplierColumns } from "./supplier-data";
import { supplierAuditView, supplierSelect, toSupplierDto } from "./supplier-dto";

export type CreateSupplierResult = {
  /** "merged": an exact duplicate existed; `supplier` is that existing record, now completed. */
  outcome: "created" | "merged";
  supplier: TSupplier;
  /** Pairs queued for review because they look like this supplier. */
  likelyDuplicates: number;
};

const mergeIntoExisting = async ({
  tx,
  actor,
  organizationId,
  existingId,
  input,
}: {
  tx: Tx;
  actor: AuditActor;
  organizationId: string;
  existingId: string;
  input: TSupplierInput;
}): Promise<TSupplier> => {
  const before = toSupplierDto(
    await findSupplierInOrganization({ db: tx, organizationId, supplierId: existingId }),
  );
  const combined = combineSuppliers({ survivor: before, other: input });
  const row = await tx.supplier.update({
    where: { id: existingId, organizationId },
    data: { ...combined, websiteDomain: normalizeWebsiteDomain(combined.website) },
    select: supplierSelect,
  });
  const after = toSupplierDto(row);
  await recordAuditEvent(tx, actor, {
    action: "supplier.merged",
    entityType: "supplier",
    entityId: existingId,
    before: supplierAuditView(before),
    after: { ...supplierAuditView(after), mergedFrom: "create", enteredName: input.legalName },
  });
  return after;
};

export const createSupplier = async ({
  db,
  actor,
  organizationId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  input: TSupplierInput;
}): Promise<CreateSupplierResult> =>
  db.$transaction(async (tx) => {
    const exact = await findExactDuplicates({
      db: tx,
      organizationId,
      candidates: [
        {
          key: "new",
          normalizedName: normalizeCompanyName(input.legalName),
          country: input.country,
          registrationId: input.registrationId,
        },
      ],
    });
    const existingId = exact.get("new");
    if (existingId) {
      const supplier = await mergeIntoExisting({ tx, actor, organizationId, existingId, input });
      await rescoreSuppliers({ tx, organizationId, supplierIds: [existingId] });
      return { outcome: "merged", supplier, likelyDuplicates: 0 };
    }
    // A new supplier has no edges yet, so its tier is known without a recomputation.
    const row = await tx.supplier.create({
      data: { ...supplierColumns(input), organizationId, tier: input.isDirect ? 1 : null },
      select: supplierSelect,
    });
    await rescoreSuppliers({ tx, organizationId, supplierIds: [row.id] });
    const supplier = toSupplierDto(row);
    await recordAuditEvent(tx, actor, {
      action: "supplier.created",
      entityType: "supplier",
      entityId: supplier.id,
      after: supplierAuditView(supplier),
    });
    const { queued } = await queueLikelyDuplicates({
      db: tx,
      organizationId,
      supplierIds: [supplier.id],
    });
    return { outcome: "created", supplier, likelyDuplicates: queued };
  });
