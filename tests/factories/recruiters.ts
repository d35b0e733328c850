/**
 * Factories for recruiters and for the suppliers and sites they are linked to, written with
 * Prisma directly (the suppliers module's own factories are written in parallel; these stay
 * independent of them). Random names keep tests independent without resetting the database.
 */
import { randomUUID } from "node:crypto";

import type {
  LicenceStatus,
  RecruiterFeePolicy,
  RecruiterType,
  SiteType,
} from "@/generated/prisma/enums";
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";
import type { DbOrTx } from "@/server/db";

const uniqueSuffix = () => randomUUID().slice(0, 8);

export type FactorySite = {
  id: string;
  name: string;
  country: string;
  supplierId: string;
  supplierName: string;
};

/** A supplier of the organisation with one site. */
export const createSupplierWithSite = async (
  db: DbOrTx,
  {
    organizationId,
    supplierName = `Test Supplier ${uniqueSuffix()}`,
    supplierCountry = "MY",
    siteName = `Test Site ${uniqueSuffix()}`,
    siteCountry = supplierCountry,
    siteType = "factory",
  }: {
    organizationId: string;
    supplierName?: string;
    supplierCountry?: string;
    siteName?: string;
    siteCountry?: string;
    siteType?: SiteType;
  },
): Promise<FactorySite> => {
  const supplier = await db.supplier.create({
    data: {
      organizationId,
      legalName: supplierName,
      normalizedName: normalizeCompanyName(supplierName),
      country: supplierCountry,
    },
    select: { id: true, legalName: true },
  });
  const site = await db.site.create({
    data: {
      organizationId,
      supplierId: supplier.id,
      name: siteName,
      country: siteCountry,
      siteType,
    },
    select: { id: true, name: true, country: true },
  });
  return { ...site, supplierId: supplier.id, supplierName: supplier.legalName };
};

export type FactoryRecruiter = { id: string; name: string };

/** A recruiter row, optionally with licences, as the demo data or an import would write it. */
export const createRecruiterRow = async (
  db: DbOrTx,
  {
    organizationId,
    name = `Test Recruiter ${uniqueSuffix()}`,
    recruiterType = "recruitment_agency",
    countries = [],
    feePolicy = "unknown",
    licences = [],
    archivedAt = null,
  }: {
    organizationId: string;
    name?: string;
    recruiterType?: RecruiterType;
    countries?: string[];
    feePolicy?: RecruiterFeePolicy;
    licences?: { status: LicenceStatus; validUntil?: string; licenceNumber?: string }[];
    archivedAt?: Date | null;
  },
): Promise<FactoryRecruiter> =>
  db.recruiter.create({
    data: {
      organizationId,
      name,
      normalizedName: normalizeCompanyName(name),
      recruiterType,
      countries,
      feePolicy,
      archivedAt,
      licences: {
        create: licences.map((licence) => ({
          organizationId,
          status: licence.status,
          licenceNumber: licence.licenceNumber ?? null,
          validUntil: licence.validUntil ? new Date(`${licence.validUntil}T00:00:00Z`) : null,
        })),
      },
    },
    select: { id: true, name: true },
  });

/** A recruiter → sub-agent edge. */
export const createRecruiterEdge = (
  db: DbOrTx,
  {
    organizationId,
    recruiterId,
    subAgentId,
  }: { organizationId: string; recruiterId: string; subAgentId: string },
): Promise<{ id: string }> =>
  db.recruiterEdge.create({
    data: { organizationId, recruiterId, subAgentId },
    select: { id: true },
  });

/** A recruiter input as the form sends it: only a name, unless overridden. */
export const recruiterInput = (
  overrides: Partial<{
    name: string;
    recruiterType: RecruiterType;
    countries: string[];
    feePolicy: RecruiterFeePolicy;
    feeAmount: string | null;
    feeCurrency: string | null;
    website: string | null;
  }> = {},
) => ({
  name: `Recruiter ${uniqueSuffix()}`,
  recruiterType: "recruitment_agency" as const,
  countries: [],
  feePolicy: "unknown" as const,
  feeAmount: null,
  feeCurrency: null,
  website: null,
  ...overrides,
});
