/**
 * Sites (facilities) of a supplier, with their workforce profiles. The supplier named in the input
 * is checked in the same `where` as the organisation, so a site can never be attached to, or
 * read through, another organisation's supplier.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Db } from "@/server/db";
import { rescoreSuppliers } from "@/modules/risk/services/recompute-risk";

import type { TSite } from "../dto";
import type { TSiteInput } from "../schemas";
import {
  assertNotArchived,
  findSiteInOrganization,
  findSupplierInOrganization,
} from "./find-in-organization";
import { siteAuditView, siteSelect, toSiteDto } from "./supplier-dto";

export const createSite = async ({
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
  input: TSiteInput;
}): Promise<TSite> =>
  db.$transaction(async (tx) => {
    assertNotArchived(await findSupplierInOrganization({ db: tx, organizationId, supplierId }));
    const site = toSiteDto(
      await tx.site.create({
        data: { ...input, organizationId, supplierId },
        select: siteSelect,
      }),
    );
    await rescoreSuppliers({ tx, organizationId, supplierIds: [supplierId] });
    await recordAuditEvent(tx, actor, {
      action: "site.created",
      entityType: "site",
      entityId: site.id,
      after: siteAuditView(site),
    });
    return site;
  });

export const updateSite = async ({
  db,
  actor,
  organizationId,
  siteId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  siteId: string;
  input: TSiteInput;
}): Promise<TSite> =>
  db.$transaction(async (tx) => {
    const before = toSiteDto(await findSiteInOrganization({ db: tx, organizationId, siteId }));
    if (before.archivedAt) {
      throw new AppError("PRECONDITION_FAILED", { userMessageKey: "suppliers.siteArchived" });
    }
    const after = toSiteDto(
      await tx.site.update({
        where: { id: siteId, organizationId },
        data: input,
        select: siteSelect,
      }),
    );
    await rescoreSuppliers({ tx, organizationId, supplierIds: [after.supplierId] });
    await recordAuditEvent(tx, actor, {
      action: "site.updated",
      entityType: "site",
      entityId: siteId,
      before: siteAuditView(before),
      after: siteAuditView(after),
    });
    return after;
  });

/** Archiving a site keeps its edges and recruiter links (history); restoring brings it back. */
export const setSiteArchived = async ({
  db,
  actor,
  organizationId,
  siteId,
  isArchived,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  siteId: string;
  isArchived: boolean;
}): Promise<TSite> =>
  db.$transaction(async (tx) => {
    const before = toSiteDto(await findSiteInOrganization({ db: tx, organizationId, siteId }));
    if ((before.archivedAt !== null) === isArchived) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessageKey: isArchived ? "suppliers.siteAlreadyArchived" : "suppliers.siteNotArchived",
      });
    }
    if (!isArchived) {
      assertNotArchived(
        await findSupplierInOrganization({ db: tx, organizationId, supplierId: before.supplierId }),
      );
    }
    const after = toSiteDto(
      await tx.site.update({
        where: { id: siteId, organizationId },
        data: { archivedAt: isArchived ? new Date() : null },
        select: siteSelect,
      }),
    );
    await rescoreSuppliers({ tx, organizationId, supplierIds: [after.supplierId] });
    await recordAuditEvent(tx, actor, {
      action: isArchived ? "site.archived" : "site.restored",
      entityType: "site",
      entityId: siteId,
      before: siteAuditView(before),
      after: siteAuditView(after),
    });
    return after;
  });
