/**
 * Row → DTO for suppliers and sites, with the `select` shapes that feed them, so no procedure
 * returns a Prisma row (or a column it should not).
 */
import type { Prisma } from "@/server/db";

import type { TSite, TSupplier } from "../dto";

export const supplierSelect = {
  id: true,
  legalName: true,
  otherNames: true,
  registrationId: true,
  country: true,
  address: true,
  website: true,
  websiteDomain: true,
  sectorSection: true,
  sectorDivision: true,
  products: true,
  annualSpendAmount: true,
  annualSpendCurrency: true,
  relationshipOwner: true,
  status: true,
  isDirect: true,
  tier: true,
  mergedIntoId: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.SupplierSelect;

export type SupplierRow = Prisma.SupplierGetPayload<{ select: typeof supplierSelect }>;

export const toSupplierDto = (row: SupplierRow): TSupplier => ({
  ...row,
  annualSpendAmount: row.annualSpendAmount?.toFixed(2) ?? null,
});

/** The audit log's view of a supplier: its fields without timestamps and derived values. */
export const supplierAuditView = (supplier: TSupplier) => ({
  legalName: supplier.legalName,
  otherNames: supplier.otherNames,
  registrationId: supplier.registrationId,
  country: supplier.country,
  address: supplier.address,
  website: supplier.website,
  sectorSection: supplier.sectorSection,
  sectorDivision: supplier.sectorDivision,
  products: supplier.products,
  annualSpendAmount: supplier.annualSpendAmount,
  annualSpendCurrency: supplier.annualSpendCurrency,
  relationshipOwner: supplier.relationshipOwner,
  status: supplier.status,
  isDirect: supplier.isDirect,
  mergedIntoId: supplier.mergedIntoId,
  archivedAt: supplier.archivedAt?.toISOString() ?? null,
});

export const siteSelect = {
  id: true,
  supplierId: true,
  name: true,
  country: true,
  region: true,
  address: true,
  latitude: true,
  longitude: true,
  siteType: true,
  headcount: true,
  migrantShare: true,
  temporaryShare: true,
  seasonalShare: true,
  womenShare: true,
  youngWorkerShare: true,
  employerHousing: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.SiteSelect;

export type SiteRow = Prisma.SiteGetPayload<{ select: typeof siteSelect }>;

const toNumber = (value: Prisma.Decimal | null): number | null =>
  value === null ? null : value.toNumber();

export const toSiteDto = (row: SiteRow): TSite => ({
  ...row,
  latitude: toNumber(row.latitude),
  longitude: toNumber(row.longitude),
  migrantShare: toNumber(row.migrantShare),
  temporaryShare: toNumber(row.temporaryShare),
  seasonalShare: toNumber(row.seasonalShare),
  womenShare: toNumber(row.womenShare),
  youngWorkerShare: toNumber(row.youngWorkerShare),
});

export const siteAuditView = (site: TSite) => ({
  supplierId: site.supplierId,
  name: site.name,
  country: site.country,
  region: site.region,
  address: site.address,
  latitude: site.latitude,
  longitude: site.longitude,
  siteType: site.siteType,
  headcount: site.headcount,
  migrantShare: site.migrantShare,
  temporaryShare: site.temporaryShare,
  seasonalShare: site.seasonalShare,
  womenShare: site.womenShare,
  youngWorkerShare: site.youngWorkerShare,
  employerHousing: site.employerHousing,
  archivedAt: site.archivedAt?.toISOString() ?? null,
});
