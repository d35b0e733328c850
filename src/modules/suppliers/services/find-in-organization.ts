/**
 * Loading a supplier or a site by id within the organisation. The organisation is part of the
 * `where`: another organisation's id is NOT_FOUND, exactly like an id that does not exist.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import type { DbOrTx } from "@/server/db";

import { siteSelect, supplierSelect, type SiteRow, type SupplierRow } from "./supplier-dto";

export const supplierNotFound = () =>
  new AppError("NOT_FOUND", { userMessageKey: "suppliers.notFound" });

export const siteNotFound = () =>
  new AppError("NOT_FOUND", { userMessageKey: "suppliers.siteNotFound" });

export const findSupplierInOrganization = async ({
  db,
  organizationId,
  supplierId,
}: {
  db: DbOrTx;
  organizationId: string;
  supplierId: string;
}): Promise<SupplierRow> => {
  const row = await db.supplier.findFirst({
    where: { id: supplierId, organizationId },
    select: supplierSelect,
  });
  if (!row) throw supplierNotFound();
  return row;
};

export const findSiteInOrganization = async ({
  db,
  organizationId,
  siteId,
}: {
  db: DbOrTx;
  organizationId: string;
  siteId: string;
}): Promise<SiteRow> => {
  const row = await db.site.findFirst({
    where: { id: siteId, organizationId },
    select: siteSelect,
  });
  if (!row) throw siteNotFound();
  return row;
};

/** Changes to an archived supplier are refused: it must be restored first. */
export const assertNotArchived = (supplier: Pick<SupplierRow, "archivedAt">): void => {
  if (supplier.archivedAt) {
    throw new AppError("PRECONDITION_FAILED", { userMessageKey: "suppliers.archivedReadOnly" });
  }
};
