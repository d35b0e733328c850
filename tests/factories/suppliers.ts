/**
 * Factories for suppliers, sites and supply edges, written straight to the database (the
 * procedures are exercised by the tests themselves). Names are random unless given, so tests stay
 * independent without resetting the database.
 */
import { randomUUID } from "node:crypto";

import type { SiteType, SupplierStatus } from "@/generated/prisma/enums";
import type { TSupplierInputRaw } from "@/modules/suppliers/schemas";
import {
  normalizeCompanyName,
  normalizeWebsiteDomain,
} from "@/modules/suppliers/services/normalize";
import { Prisma, type DbOrTx } from "@/server/db";

const uniqueSuffix = () => randomUUID().slice(0, 8);

export type FactorySupplier = { id: string; legalName: string; country: string };

export const createSupplier = async (
  db: DbOrTx,
  {
    organizationId,
    legalName = `Factory Supplier ${uniqueSuffix()}`,
    country = "TH",
    registrationId = null,
    website = null,
    isDirect = true,
    status = "active",
    sectorSection = null,
    sectorDivision = null,
    otherNames = [],
    products = [],
    annualSpendAmount = null,
    annualSpendCurrency = null,
    archivedAt = null,
    tier = null,
  }: {
    organizationId: string;
    legalName?: string;
    country?: string;
    registrationId?: string | null;
    website?: string | null;
    isDirect?: boolean;
    status?: SupplierStatus;
    sectorSection?: string | null;
    sectorDivision?: string | null;
    otherNames?: string[];
    products?: string[];
    annualSpendAmount?: string | null;
    annualSpendCurrency?: string | null;
    archivedAt?: Date | null;
    /** Written as given; call recomputeSupplierTiers for the derived value. */
    tier?: number | null;
  },
): Promise<FactorySupplier> =>
  db.supplier.create({
    data: {
      organizationId,
      legalName,
      normalizedName: normalizeCompanyName(legalName),
      country,
      registrationId,
      website,
      websiteDomain: normalizeWebsiteDomain(website),
      isDirect,
      status,
      sectorSection,
      sectorDivision,
      otherNames,
      products,
      annualSpendAmount: annualSpendAmount === null ? null : new Prisma.Decimal(annualSpendAmount),
      annualSpendCurrency,
      archivedAt,
      tier: tier ?? (isDirect ? 1 : null),
    },
    select: { id: true, legalName: true, country: true },
  });

export type FactorySite = { id: string; name: string; supplierId: string };

export const createSite = async (
  db: DbOrTx,
  {
    organizationId,
    supplierId,
    name = `Factory Site ${uniqueSuffix()}`,
    country = "TH",
    siteType = "factory",
    headcount = null,
    migrantShare = null,
  }: {
    organizationId: string;
    supplierId: string;
    name?: string;
    country?: string;
    siteType?: SiteType;
    headcount?: number | null;
    migrantShare?: number | null;
  },
): Promise<FactorySite> =>
  db.site.create({
    data: {
      organizationId,
      supplierId,
      name,
      country,
      siteType,
      headcount,
      migrantShare: migrantShare === null ? null : new Prisma.Decimal(migrantShare),
    },
    select: { id: true, name: true, supplierId: true },
  });

export const createSupplyEdge = async (
  db: DbOrTx,
  {
    organizationId,
    buyerSupplierId,
    supplierId,
    product = null,
  }: {
    organizationId: string;
    buyerSupplierId: string;
    supplierId: string;
    product?: string | null;
  },
): Promise<{ id: string }> =>
  db.supplyEdge.create({
    data: { organizationId, buyerSupplierId, supplierId, product },
    select: { id: true },
  });

/** A supplier as the create form sends it: a name and a country, unless overridden. */
export const supplierInput = (overrides: Partial<TSupplierInputRaw> = {}): TSupplierInputRaw => ({
  legalName: `Input Supplier ${uniqueSuffix()}`,
  country: "TH",
  ...overrides,
});
