/**
 * One recruiter with everything its page shows: licences, corridors, the sites that use it (and
 * their suppliers), and its chain of sub-agents and principals, each with its own flags.
 */
import type { Db } from "@/server/db";

import { recruiterFlags, todayDateOnly } from "../flags";
import type { TRecruiterDetail, TRecruiterRef } from "../schemas";
import {
  corridorSelect,
  licenceSelect,
  recruiterSelect,
  siteLinkSelect,
  toCorridor,
  toDateOnly,
  toLicence,
  toRecruiter,
  toSiteLink,
} from "./dto";
import { recruiterNotFound } from "./guards";
import { readChain } from "./sub-agents";

/** Names, types and flags of the given recruiters of the organisation. */
const recruiterRefs = async (
  db: Db,
  { organizationId, ids, today }: { organizationId: string; ids: string[]; today: string },
): Promise<TRecruiterRef[]> => {
  const rows = await db.recruiter.findMany({
    where: { organizationId, id: { in: ids } },
    select: {
      id: true,
      name: true,
      recruiterType: true,
      archivedAt: true,
      feePolicy: true,
      licences: { select: { status: true, validUntil: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    recruiterType: row.recruiterType,
    isArchived: row.archivedAt !== null,
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
  }));
};

export const getRecruiter = async ({
  db,
  organizationId,
  recruiterId,
  today = todayDateOnly(),
}: {
  db: Db;
  organizationId: string;
  recruiterId: string;
  today?: string;
}): Promise<TRecruiterDetail> => {
  const row = await db.recruiter.findFirst({
    where: { id: recruiterId, organizationId },
    select: {
      ...recruiterSelect,
      licences: {
        where: { organizationId },
        select: licenceSelect,
        orderBy: [{ validUntil: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
      },
      corridors: {
        where: { organizationId },
        select: corridorSelect,
        orderBy: [{ originCountry: "asc" }, { destinationCountry: "asc" }],
      },
      siteLinks: {
        where: { organizationId },
        select: siteLinkSelect,
        orderBy: [{ year: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
      },
    },
  });
  if (!row) throw recruiterNotFound();
  const [downstream, upstream] = await Promise.all([
    readChain(db, { organizationId, recruiterId, direction: "downstream" }),
    readChain(db, { organizationId, recruiterId, direction: "upstream" }),
  ]);
  const ids = new Set<string>([recruiterId]);
  for (const edge of [...downstream.edges, ...upstream.edges]) {
    ids.add(edge.principalId);
    ids.add(edge.subAgentId);
  }
  const licences = row.licences.map(toLicence);
  return {
    recruiter: toRecruiter(row),
    flags: recruiterFlags({ feePolicy: row.feePolicy, licences }, today),
    licences,
    corridors: row.corridors.map(toCorridor),
    siteLinks: row.siteLinks.map(toSiteLink),
    chain: {
      downstream: downstream.edges,
      upstream: upstream.edges,
      recruiters: await recruiterRefs(db, { organizationId, ids: [...ids], today }),
      isTruncated: downstream.isTruncated || upstream.isTruncated,
    },
  };
};
