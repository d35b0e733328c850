/**
 * The suppliers a world-map view counts: the organisation's unarchived suppliers, narrowed by
 * the map's filters. Shared by the counts and the risk per country so both read the same set.
 */
import { Prisma } from "@/server/db";

import type { TSupplierStatusFilter, TTierFilter } from "../schemas";

export type MapSelection = {
  organizationId: string;
  tier?: TTierFilter;
  sectorSection?: string;
  status?: TSupplierStatusFilter;
};

/** The WHERE for the `supplier` alias (tenant first, so the organisation's indexes serve it). */
export const selectedSuppliers = ({
  organizationId,
  tier,
  sectorSection,
  status,
}: MapSelection): Prisma.Sql => {
  const tierFilter =
    tier === undefined
      ? Prisma.empty
      : tier === "none"
        ? Prisma.sql`AND supplier.tier IS NULL`
        : Prisma.sql`AND supplier.tier = ${tier}`;
  const sectorFilter =
    sectorSection === undefined
      ? Prisma.empty
      : Prisma.sql`AND supplier.sector_section = ${sectorSection}`;
  const statusFilter =
    status === undefined
      ? Prisma.empty
      : Prisma.sql`AND supplier.status = ${status}::supplier_status`;
  return Prisma.sql`
    supplier.organization_id = ${organizationId}::uuid
    AND supplier.archived_at IS NULL
    ${tierFilter} ${sectorFilter} ${statusFilter}`;
};
