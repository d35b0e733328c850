/**
 * A supplier's page: the supplier, its sites with their workforce profiles, its direct buyers
 * (downstream) and sub-suppliers (upstream) with the sites involved, the rest of the chain in both
 * directions, and the recruiters its sites use. Every read names the organisation.
 */
import { z } from "zod";

import { Prisma, type Db } from "@/server/db";

import {
  ZChainNodeSchema,
  ZSiteRecruiterSchema,
  type TChainNode,
  type TSiteRecruiter,
  type TSupplierDetail,
  type TSupplyLink,
} from "../dto";
import { findSupplierInOrganization } from "./find-in-organization";
import { siteSelect, toSiteDto, toSupplierDto } from "./supplier-dto";

/** How far the chain is followed on the supplier page; the graph page shows more. */
export const CHAIN_MAX_DEPTH = 10;
export const CHAIN_MAX_NODES = 200;

const supplierRefSelect = {
  id: true,
  legalName: true,
  country: true,
  tier: true,
  archivedAt: true,
} as const satisfies Prisma.SupplierSelect;

const toRef = (row: Prisma.SupplierGetPayload<{ select: typeof supplierRefSelect }>) => ({
  id: row.id,
  legalName: row.legalName,
  country: row.country,
  tier: row.tier,
  isArchived: row.archivedAt !== null,
});

const linkSelect = {
  id: true,
  product: true,
  since: true,
  buyer: { select: supplierRefSelect },
  supplier: { select: supplierRefSelect },
  buyerSite: { select: { id: true, name: true } },
  supplierSite: { select: { id: true, name: true } },
} as const satisfies Prisma.SupplyEdgeSelect;

type LinkRow = Prisma.SupplyEdgeGetPayload<{ select: typeof linkSelect }>;

const toLink = (row: LinkRow, otherSide: "buyer" | "supplier"): TSupplyLink => ({
  edgeId: row.id,
  other: toRef(otherSide === "buyer" ? row.buyer : row.supplier),
  buyerSite: row.buyerSite,
  supplierSite: row.supplierSite,
  product: row.product,
  since: row.since,
});

/**
 * The suppliers reachable from `supplierId` following edges upstream (towards sub-suppliers) or
 * downstream (towards buyers), beyond the direct links: each at its shortest distance, once.
 */
const findChain = async ({
  db,
  organizationId,
  supplierId,
  direction,
}: {
  db: Db;
  organizationId: string;
  supplierId: string;
  direction: "upstream" | "downstream";
}): Promise<TChainNode[]> => {
  const [from, to] =
    direction === "upstream"
      ? [Prisma.sql`buyer_supplier_id`, Prisma.sql`supplier_id`]
      : [Prisma.sql`supplier_id`, Prisma.sql`buyer_supplier_id`];
  const rows = await db.$queryRaw<unknown[]>`
    WITH RECURSIVE walk(id, via_id, depth) AS (
      SELECT e.${to}, e.${from}, 1
      FROM supply_edges e
      WHERE e.organization_id = ${organizationId}::uuid AND e.${from} = ${supplierId}::uuid
      UNION
      SELECT e.${to}, e.${from}, walk.depth + 1
      FROM walk
      JOIN supply_edges e ON e.organization_id = ${organizationId}::uuid AND e.${from} = walk.id
      WHERE walk.depth < ${CHAIN_MAX_DEPTH}
    ),
    nearest AS (
      SELECT DISTINCT ON (id) id, via_id, depth FROM walk
      WHERE id <> ${supplierId}::uuid
      ORDER BY id, depth, via_id
    )
    SELECT s.id::text AS id, s.legal_name AS "legalName", s.country, s.tier,
      s.archived_at IS NOT NULL AS "isArchived", n.depth, n.via_id::text AS "viaId"
    FROM nearest n
    JOIN suppliers s ON s.organization_id = ${organizationId}::uuid AND s.id = n.id
    WHERE n.depth > 1
    ORDER BY n.depth, s.legal_name, s.id
    LIMIT ${CHAIN_MAX_NODES}`;
  return z.array(ZChainNodeSchema).parse(rows);
};

const findSiteRecruiters = async ({
  db,
  organizationId,
  supplierId,
}: {
  db: Db;
  organizationId: string;
  supplierId: string;
}): Promise<TSiteRecruiter[]> => {
  const links = await db.recruiterSiteLink.findMany({
    where: { organizationId, site: { organizationId, supplierId }, recruiter: { organizationId } },
    select: {
      id: true,
      workersRecruited: true,
      year: true,
      site: { select: { id: true, name: true } },
      recruiter: {
        select: {
          id: true,
          name: true,
          licences: { where: { organizationId }, select: { status: true } },
        },
      },
    },
    orderBy: [{ recruiter: { name: "asc" } }, { id: "asc" }],
  });
  return z.array(ZSiteRecruiterSchema).parse(
    links.map((link) => ({
      linkId: link.id,
      recruiterId: link.recruiter.id,
      recruiterName: link.recruiter.name,
      siteId: link.site.id,
      siteName: link.site.name,
      workersRecruited: link.workersRecruited,
      year: link.year,
      licenceStatuses: [...new Set(link.recruiter.licences.map((licence) => licence.status))],
    })),
  );
};

export const getSupplier = async ({
  db,
  organizationId,
  supplierId,
}: {
  db: Db;
  organizationId: string;
  supplierId: string;
}): Promise<TSupplierDetail> => {
  const row = await findSupplierInOrganization({ db, organizationId, supplierId });
  // One query after another rather than all at once: on the embedded database (pglite-socket)
  // concurrent statements from several connections can interleave and corrupt each other
  // (electric-sql/pglite#1046), and on PostgreSQL these are a few milliseconds each.
  const mergedInto = row.mergedIntoId
    ? await db.supplier.findFirst({
        where: { id: row.mergedIntoId, organizationId },
        select: supplierRefSelect,
      })
    : null;
  const sites = await db.site.findMany({
    where: { organizationId, supplierId },
    select: siteSelect,
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
  });
  const buyers = await db.supplyEdge.findMany({
    where: { organizationId, supplierId },
    select: linkSelect,
    orderBy: [{ buyer: { legalName: "asc" } }, { id: "asc" }],
  });
  const subSuppliers = await db.supplyEdge.findMany({
    where: { organizationId, buyerSupplierId: supplierId },
    select: linkSelect,
    orderBy: [{ supplier: { legalName: "asc" } }, { id: "asc" }],
  });
  const upstream = await findChain({ db, organizationId, supplierId, direction: "upstream" });
  const downstream = await findChain({ db, organizationId, supplierId, direction: "downstream" });
  const recruiters = await findSiteRecruiters({ db, organizationId, supplierId });
  return {
    supplier: toSupplierDto(row),
    mergedInto: mergedInto ? toRef(mergedInto) : null,
    sites: sites.map(toSiteDto),
    buyers: buyers.map((edge) => toLink(edge, "buyer")),
    subSuppliers: subSuppliers.map((edge) => toLink(edge, "supplier")),
    upstream,
    downstream,
    recruiters,
  };
};
