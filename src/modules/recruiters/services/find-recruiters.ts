/**
 * The recruiter list: filtered, sorted and paginated in the database. The flag filter mirrors
 * `recruiterFlags` (../flags.ts) in SQL, so a filter and the badges on its results agree; the
 * integration tests check that they do.
 */
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";
import { Prisma, type Db } from "@/server/db";

import { recruiterFlags, todayDateOnly } from "../flags";
import type {
  TFindRecruitersInput,
  TFindRecruitersOutput,
  TRecruiterFlag,
  TRecruiterListItem,
} from "../schemas";
import { recruiterSelect, toDateOnly, toRecruiter } from "./dto";

type FlagFilter = NonNullable<TFindRecruitersInput["flag"]>;

/** The recruiters that raise `flag` (see ../flags.ts), as a Prisma filter. */
export const flagWhere = (
  organizationId: string,
  flag: FlagFilter,
  today: string,
): Prisma.RecruiterWhereInput => {
  const withLicence = (where: Prisma.RecruiterLicenceWhereInput): Prisma.RecruiterWhereInput => ({
    licences: { some: { organizationId, ...where } },
  });
  const byFlag: Record<TRecruiterFlag, Prisma.RecruiterWhereInput> = {
    licence_revoked: withLicence({ status: "revoked" }),
    licence_suspended: withLicence({ status: "suspended" }),
    unlicensed: withLicence({ status: "unlicensed" }),
    licence_expired: withLicence({
      OR: [
        { status: "expired" },
        { status: "valid", validUntil: { lt: new Date(`${today}T00:00:00.000Z`) } },
      ],
    }),
    licence_unknown: {
      OR: [withLicence({ status: "unknown" }), { licences: { none: { organizationId } } }],
    },
    fees_charged: { feePolicy: "fees_charged" },
  };
  return flag === "any" ? { OR: Object.values(byFlag) } : byFlag[flag];
};

const STATUS_WHERE: Record<TFindRecruitersInput["status"], Prisma.RecruiterWhereInput> = {
  active: { archivedAt: null },
  archived: { archivedAt: { not: null } },
  all: {},
};

/**
 * Names sort by their folded form, so case and legal forms do not decide the order ("PT Maju
 * Jaya" sits under M) and the order is the same whatever the database's collation. The id breaks
 * ties, so pages never overlap.
 */
const orderByFor = ({
  sort,
  direction,
}: TFindRecruitersInput): Prisma.RecruiterOrderByWithRelationInput[] => {
  const leading: Prisma.RecruiterOrderByWithRelationInput[] =
    sort === "name"
      ? [{ normalizedName: direction }, { name: direction }]
      : sort === "createdAt"
        ? [{ createdAt: direction }]
        : [{ updatedAt: direction }];
  return [...leading, { id: direction }];
};

export const findRecruiters = async ({
  db,
  organizationId,
  input,
  today = todayDateOnly(),
}: {
  db: Db;
  organizationId: string;
  input: TFindRecruitersInput;
  today?: string;
}): Promise<TFindRecruitersOutput> => {
  const folded = input.q === null ? "" : normalizeCompanyName(input.q);
  const where: Prisma.RecruiterWhereInput = {
    organizationId,
    ...STATUS_WHERE[input.status],
    normalizedName: folded === "" ? Prisma.skip : { contains: folded },
    countries: input.country === null ? Prisma.skip : { has: input.country },
    recruiterType: input.type ?? Prisma.skip,
    feePolicy: input.feePolicy ?? Prisma.skip,
    AND: input.flag === null ? Prisma.skip : [flagWhere(organizationId, input.flag, today)],
  };
  const [total, rows] = await Promise.all([
    db.recruiter.count({ where }),
    db.recruiter.findMany({
      where,
      select: {
        ...recruiterSelect,
        licences: { where: { organizationId }, select: { status: true, validUntil: true } },
        corridors: {
          where: { organizationId },
          select: { originCountry: true, destinationCountry: true },
          orderBy: [{ originCountry: "asc" }, { destinationCountry: "asc" }],
        },
        _count: { select: { siteLinks: { where: { organizationId } } } },
      },
      orderBy: orderByFor(input),
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  const items: TRecruiterListItem[] = rows.map((row) => ({
    ...toRecruiter(row),
    flags: recruiterFlags(
      {
        feePolicy: row.feePolicy,
        licences: row.licences.map((licence) => ({
          status: licence.status,
          validUntil: toDateOnly(licence.validUntil),
        })),
      },
      today,
    ),
    licenceCount: row.licences.length,
    siteCount: row._count.siteLinks,
    corridors: row.corridors,
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
};
