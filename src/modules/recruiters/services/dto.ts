/**
 * Rows → DTOs. Services select exactly these fields and never return rows: decimals travel as
 * strings (no precision lost on the way to the browser) and licence dates as `YYYY-MM-DD`.
 */
import type { Prisma } from "@/server/db";

import type {
  TRecruiter,
  TRecruiterEdge,
  TRecruiterLicence,
  TRecruiterSiteLink,
  TRecruitmentCorridor,
  TSiteRef,
} from "../schemas";

/** A `date` column as the calendar date it holds (Prisma reads it as UTC midnight). */
export const toDateOnly = (value: Date | null): string | null =>
  value === null ? null : value.toISOString().slice(0, 10);

/** `YYYY-MM-DD` → the value a `date` column stores. */
export const fromDateOnly = (value: string | null): Date | null =>
  value === null ? null : new Date(`${value}T00:00:00.000Z`);

export const recruiterSelect = {
  id: true,
  name: true,
  recruiterType: true,
  countries: true,
  feePolicy: true,
  feeAmount: true,
  feeCurrency: true,
  website: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.RecruiterSelect;

type RecruiterRow = Prisma.RecruiterGetPayload<{ select: typeof recruiterSelect }>;

// Field by field: callers pass rows that also carry relations (licences …), which must not leak.
export const toRecruiter = (row: RecruiterRow): TRecruiter => ({
  id: row.id,
  name: row.name,
  recruiterType: row.recruiterType,
  countries: row.countries,
  feePolicy: row.feePolicy,
  feeAmount: row.feeAmount?.toFixed(2) ?? null,
  feeCurrency: row.feeCurrency,
  website: row.website,
  archivedAt: row.archivedAt,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** The audit log's view of a recruiter: its fields without timestamps. */
export const recruiterAuditView = (recruiter: TRecruiter) => ({
  name: recruiter.name,
  recruiterType: recruiter.recruiterType,
  countries: recruiter.countries,
  feePolicy: recruiter.feePolicy,
  feeAmount: recruiter.feeAmount,
  feeCurrency: recruiter.feeCurrency,
  website: recruiter.website,
  archivedAt: recruiter.archivedAt?.toISOString() ?? null,
});

export const licenceSelect = {
  id: true,
  recruiterId: true,
  licenceNumber: true,
  issuingAuthority: true,
  issuingCountry: true,
  status: true,
  validFrom: true,
  validUntil: true,
} as const satisfies Prisma.RecruiterLicenceSelect;

type LicenceRow = Prisma.RecruiterLicenceGetPayload<{ select: typeof licenceSelect }>;

export const toLicence = (row: LicenceRow): TRecruiterLicence => ({
  id: row.id,
  recruiterId: row.recruiterId,
  licenceNumber: row.licenceNumber,
  issuingAuthority: row.issuingAuthority,
  issuingCountry: row.issuingCountry,
  status: row.status,
  validFrom: toDateOnly(row.validFrom),
  validUntil: toDateOnly(row.validUntil),
});

export const corridorSelect = {
  id: true,
  recruiterId: true,
  originCountry: true,
  destinationCountry: true,
} as const satisfies Prisma.RecruitmentCorridorSelect;

export const toCorridor = (
  row: Prisma.RecruitmentCorridorGetPayload<{ select: typeof corridorSelect }>,
): TRecruitmentCorridor => ({
  id: row.id,
  recruiterId: row.recruiterId,
  originCountry: row.originCountry,
  destinationCountry: row.destinationCountry,
});

export const siteRefSelect = {
  id: true,
  name: true,
  country: true,
  siteType: true,
  supplier: { select: { id: true, legalName: true, country: true } },
} as const satisfies Prisma.SiteSelect;

type SiteRefRow = Prisma.SiteGetPayload<{ select: typeof siteRefSelect }>;

export const toSiteRef = (row: SiteRefRow): TSiteRef => ({
  id: row.id,
  name: row.name,
  country: row.country,
  siteType: row.siteType,
  supplierId: row.supplier.id,
  supplierName: row.supplier.legalName,
  supplierCountry: row.supplier.country,
});

export const siteLinkSelect = {
  id: true,
  recruiterId: true,
  siteId: true,
  workersRecruited: true,
  year: true,
  site: { select: siteRefSelect },
} as const satisfies Prisma.RecruiterSiteLinkSelect;

export const toSiteLink = (
  row: Prisma.RecruiterSiteLinkGetPayload<{ select: typeof siteLinkSelect }>,
): TRecruiterSiteLink => ({
  id: row.id,
  recruiterId: row.recruiterId,
  siteId: row.siteId,
  workersRecruited: row.workersRecruited,
  year: row.year,
  site: toSiteRef(row.site),
});

/** The audit log's view of a site link: ids and figures, not the site's or supplier's names. */
export const siteLinkAuditView = (link: TRecruiterSiteLink) => ({
  recruiterId: link.recruiterId,
  siteId: link.siteId,
  workersRecruited: link.workersRecruited,
  year: link.year,
});

export const edgeSelect = {
  id: true,
  recruiterId: true,
  subAgentId: true,
} as const satisfies Prisma.RecruiterEdgeSelect;

export const toEdge = (
  row: Prisma.RecruiterEdgeGetPayload<{ select: typeof edgeSelect }>,
): TRecruiterEdge => ({ id: row.id, recruiterId: row.recruiterId, subAgentId: row.subAgentId });
