/**
 * Which sites use which recruiters: a link records how many workers the recruiter placed at the
 * site and in which year. A site can be linked once per year (or once without a year). Sites are
 * picked among the organisation's own, by site name or supplier name.
 */
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import { Prisma, type Db, type Tx } from "@/server/db";
import { rescoreSuppliersOfSites } from "@/modules/risk/services/recompute-risk";

import type { TRecruiterSiteLink, TSiteLinkDetailsInput, TSiteRef } from "../schemas";
import { siteLinkAuditView, siteLinkSelect, siteRefSelect, toSiteLink, toSiteRef } from "./dto";
import { lockActiveRecruiter } from "./guards";

export const SITE_SEARCH_LIMIT = 20;

/** Sites that can be linked: live sites of live suppliers of the organisation. */
const linkableSiteWhere = (organizationId: string) =>
  ({
    organizationId,
    archivedAt: null,
    supplier: { organizationId, archivedAt: null },
  }) satisfies Prisma.SiteWhereInput;

export const searchSites = async ({
  db,
  organizationId,
  q,
}: {
  db: Db;
  organizationId: string;
  q: string;
}): Promise<TSiteRef[]> => {
  const text = q.trim();
  const folded = normalizeCompanyName(text);
  const matches: Prisma.SiteWhereInput[] = [
    { name: { contains: text, mode: "insensitive" } },
    { supplier: { legalName: { contains: text, mode: "insensitive" } } },
    // The folded name also finds "Maju Jaya" when the supplier is "PT. Maju Jaya Tbk".
    ...(folded === "" ? [] : [{ supplier: { normalizedName: { contains: folded } } }]),
  ];
  const rows = await db.site.findMany({
    where: { ...linkableSiteWhere(organizationId), OR: text === "" ? Prisma.skip : matches },
    select: siteRefSelect,
    orderBy: [{ supplier: { legalName: "asc" } }, { name: "asc" }, { id: "asc" }],
    take: SITE_SEARCH_LIMIT,
  });
  return rows.map(toSiteRef);
};

const siteLinkExists = (values: { year: number | null }) =>
  new AppError("CONFLICT", {
    userMessageKey:
      values.year === null ? "recruiters.siteLinkExistsNoYear" : "recruiters.siteLinkExists",
    userMessageValues: { year: values.year ?? "" },
  });

/** Refuses a second link of the same recruiter, site and year. */
const assertNoOtherLink = async (
  tx: Tx,
  where: {
    organizationId: string;
    recruiterId: string;
    siteId: string;
    year: number | null;
    exceptId: string | null;
  },
) => {
  const existing = await tx.recruiterSiteLink.findFirst({
    where: {
      organizationId: where.organizationId,
      recruiterId: where.recruiterId,
      siteId: where.siteId,
      year: where.year,
      id: where.exceptId === null ? Prisma.skip : { not: where.exceptId },
    },
    select: { id: true },
  });
  if (existing) throw siteLinkExists(where);
};

export const linkSite = async ({
  db,
  actor,
  organizationId,
  recruiterId,
  siteId,
  details,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
  siteId: string;
  details: TSiteLinkDetailsInput;
}): Promise<TRecruiterSiteLink> =>
  db.$transaction(async (tx) => {
    await lockActiveRecruiter(tx, { organizationId, recruiterId });
    const site = await tx.site.findFirst({
      where: { id: siteId, ...linkableSiteWhere(organizationId) },
      select: { id: true },
    });
    if (!site) throw new AppError("NOT_FOUND", { userMessageKey: "recruiters.siteNotFound" });
    await assertNoOtherLink(tx, {
      organizationId,
      recruiterId,
      siteId,
      year: details.year,
      exceptId: null,
    });
    const created = toSiteLink(
      await tx.recruiterSiteLink.create({
        data: { organizationId, recruiterId, siteId, ...details },
        select: siteLinkSelect,
      }),
    );
    await rescoreSuppliersOfSites({ tx, organizationId, siteIds: [siteId] });
    await recordAuditEvent(tx, actor, {
      action: "recruiter_site_link.created",
      entityType: "recruiter_site_link",
      entityId: created.id,
      after: siteLinkAuditView(created),
    });
    return created;
  });

const findLinkForChange = async (tx: Tx, organizationId: string, linkId: string) => {
  const row = await tx.recruiterSiteLink.findFirst({
    where: { id: linkId, organizationId },
    select: siteLinkSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", { userMessageKey: "recruiters.siteLinkNotFound" });
  await lockActiveRecruiter(tx, { organizationId, recruiterId: row.recruiterId });
  return toSiteLink(row);
};

export const updateSiteLink = async ({
  db,
  actor,
  organizationId,
  linkId,
  details,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  linkId: string;
  details: TSiteLinkDetailsInput;
}): Promise<TRecruiterSiteLink> =>
  db.$transaction(async (tx) => {
    const before = await findLinkForChange(tx, organizationId, linkId);
    await assertNoOtherLink(tx, {
      organizationId,
      recruiterId: before.recruiterId,
      siteId: before.siteId,
      year: details.year,
      exceptId: linkId,
    });
    const updated = toSiteLink(
      await tx.recruiterSiteLink.update({
        where: { id: linkId, organizationId },
        data: details,
        select: siteLinkSelect,
      }),
    );
    await recordAuditEvent(tx, actor, {
      action: "recruiter_site_link.updated",
      entityType: "recruiter_site_link",
      entityId: linkId,
      before: siteLinkAuditView(before),
      after: siteLinkAuditView(updated),
    });
    return updated;
  });

export const unlinkSite = async ({
  db,
  actor,
  organizationId,
  linkId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  linkId: string;
}): Promise<{ id: string }> =>
  db.$transaction(async (tx) => {
    const before = await findLinkForChange(tx, organizationId, linkId);
    await tx.recruiterSiteLink.delete({ where: { id: linkId, organizationId } });
    await rescoreSuppliersOfSites({ tx, organizationId, siteIds: [before.siteId] });
    await recordAuditEvent(tx, actor, {
      action: "recruiter_site_link.deleted",
      entityType: "recruiter_site_link",
      entityId: linkId,
      before: siteLinkAuditView(before),
    });
    return { id: linkId };
  });
