/**
 * A supplier's chain as a graph: the supplier, its sub-suppliers upstream and its buyers
 * downstream up to `depth` steps, their sites, the recruiters linked to those sites and the
 * recruiters' own chains of sub-agents.
 *
 * Set-based and bounded: one recursive statement walks the supply edges in both directions,
 * one more the recruiter chains; the reach of each walk is limited by depth, and the whole graph
 * by GRAPH_NODE_CAP nodes (suppliers nearest the chosen one first, then sites, then recruiters),
 * with `truncated` saying when something was left out. Every statement names the organisation;
 * a supplier of another organisation is NOT_FOUND, exactly like a missing one. Archived
 * suppliers, sites and recruiters are left out (the chosen supplier itself is always shown).
 */
import { z } from "zod";

import { recruiterFlags, todayDateOnly } from "@/modules/recruiters/flags";
import { AppError } from "@/modules/platform/errors/app-error";
import type { DbOrTx } from "@/server/db";

import {
  GRAPH_NODE_CAP,
  MAX_RECRUITER_CHAIN,
  SITE_TYPES,
  SUPPLIER_STATUSES,
  type TGraphRecruiter,
  type TGraphSite,
  type TGraphSupplier,
  type TSupplierGraph,
} from "../schemas";

const toDateOnly = (value: Date | null): string | null =>
  value === null ? null : value.toISOString().slice(0, 10);

const ZSupplierRowsSchema = z.array(
  z.object({
    id: z.string(),
    legal_name: z.string(),
    country: z.string().transform((code) => code.trim()),
    tier: z.number().int().nullable(),
    status: z.enum(SUPPLIER_STATUSES),
    sector_section: z.string().nullable(),
    sector_division: z.string().nullable(),
    archived: z.boolean(),
    level: z.number().int(),
  }),
);

const ZRecruiterLevelRowsSchema = z.array(z.object({ id: z.string(), level: z.number().int() }));

/** Suppliers reachable from the root within `depth` steps each way, nearest first. */
const findChainSuppliers = async (
  db: DbOrTx,
  organizationId: string,
  rootId: string,
  depth: number,
  limit: number,
): Promise<TGraphSupplier[]> => {
  const rows: unknown = await db.$queryRaw`
    WITH RECURSIVE upstream(id, distance) AS (
      SELECT ${rootId}::uuid, 0
      UNION
      SELECT edge.supplier_id, upstream.distance + 1
      FROM upstream
      JOIN supply_edges edge
        ON edge.organization_id = ${organizationId}::uuid AND edge.buyer_supplier_id = upstream.id
      JOIN suppliers next
        ON next.id = edge.supplier_id
       AND next.organization_id = ${organizationId}::uuid
       AND next.archived_at IS NULL
      WHERE upstream.distance < ${depth}
    ),
    downstream(id, distance) AS (
      SELECT ${rootId}::uuid, 0
      UNION
      SELECT edge.buyer_supplier_id, downstream.distance + 1
      FROM downstream
      JOIN supply_edges edge
        ON edge.organization_id = ${organizationId}::uuid AND edge.supplier_id = downstream.id
      JOIN suppliers next
        ON next.id = edge.buyer_supplier_id
       AND next.organization_id = ${organizationId}::uuid
       AND next.archived_at IS NULL
      WHERE downstream.distance < ${depth}
    ),
    reached(id, level) AS (
      SELECT id, distance FROM upstream
      UNION ALL
      SELECT id, -distance FROM downstream
    ),
    nearest AS (
      -- A supplier reached both ways (only possible through a cycle) keeps its nearest place,
      -- upstream first.
      SELECT DISTINCT ON (id) id, level
      FROM reached
      ORDER BY id, abs(level), level DESC
    )
    SELECT supplier.id::text AS id,
           supplier.legal_name,
           supplier.country,
           supplier.tier::int AS tier,
           supplier.status::text AS status,
           supplier.sector_section,
           supplier.sector_division,
           supplier.archived_at IS NOT NULL AS archived,
           nearest.level
    FROM nearest
    JOIN suppliers supplier
      ON supplier.id = nearest.id AND supplier.organization_id = ${organizationId}::uuid
    ORDER BY abs(nearest.level), nearest.level DESC, supplier.legal_name, supplier.id
    LIMIT ${limit}`;
  return ZSupplierRowsSchema.parse(rows).map((row) => ({
    id: row.id,
    legalName: row.legal_name,
    country: row.country,
    tier: row.tier,
    status: row.status,
    sectorSection: row.sector_section,
    sectorDivision: row.sector_division,
    level: row.level,
    archived: row.archived,
  }));
};

const ZSiteRowsSchema = z.array(
  z.object({
    id: z.string(),
    supplier_id: z.string(),
    name: z.string(),
    country: z.string().transform((code) => code.trim()),
    region: z.string().nullable(),
    site_type: z.enum(SITE_TYPES),
    headcount: z.number().int().nullable(),
    migrant_share: z.string().nullable(),
    employer_housing: z.boolean().nullable(),
  }),
);

/** Sites of the given suppliers (ordered nearest first), those of the nearest suppliers first. */
const findSites = async (
  db: DbOrTx,
  organizationId: string,
  supplierIds: string[],
  limit: number,
): Promise<TGraphSite[]> => {
  if (supplierIds.length === 0 || limit <= 0) return [];
  const rows: unknown = await db.$queryRaw`
    SELECT site.id::text AS id,
           site.supplier_id::text AS supplier_id,
           site.name,
           site.country,
           site.region,
           site.site_type::text AS site_type,
           site.headcount,
           site.migrant_share::text AS migrant_share,
           site.employer_housing
    FROM sites site
    WHERE site.organization_id = ${organizationId}::uuid
      AND site.archived_at IS NULL
      AND site.supplier_id = ANY(${supplierIds}::uuid[])
    ORDER BY array_position(${supplierIds}::uuid[], site.supplier_id), site.name, site.id
    LIMIT ${limit}`;
  return ZSiteRowsSchema.parse(rows).map((row) => ({
    id: row.id,
    supplierId: row.supplier_id,
    name: row.name,
    country: row.country,
    region: row.region,
    siteType: row.site_type,
    headcount: row.headcount,
    migrantShare: row.migrant_share,
    employerHousing: row.employer_housing,
  }));
};

/**
 * Recruiters linked to the given sites (level 1) and their sub-agents, followed through the
 * recruiter edges (level 2, 3 …), each at its nearest level.
 */
const findChainRecruiters = async (
  db: DbOrTx,
  organizationId: string,
  siteIds: string[],
  limit: number,
  today: string,
): Promise<TGraphRecruiter[]> => {
  if (siteIds.length === 0 || limit <= 0) return [];
  const levels: unknown = await db.$queryRaw`
    WITH RECURSIVE chain(id, level) AS (
      SELECT link.recruiter_id, 1
      FROM recruiter_site_links link
      JOIN recruiters recruiter
        ON recruiter.id = link.recruiter_id
       AND recruiter.organization_id = ${organizationId}::uuid
       AND recruiter.archived_at IS NULL
      WHERE link.organization_id = ${organizationId}::uuid
        AND link.site_id = ANY(${siteIds}::uuid[])
      UNION
      SELECT edge.sub_agent_id, chain.level + 1
      FROM chain
      JOIN recruiter_edges edge
        ON edge.organization_id = ${organizationId}::uuid AND edge.recruiter_id = chain.id
      JOIN recruiters sub_agent
        ON sub_agent.id = edge.sub_agent_id
       AND sub_agent.organization_id = ${organizationId}::uuid
       AND sub_agent.archived_at IS NULL
      WHERE chain.level < ${MAX_RECRUITER_CHAIN}
    )
    SELECT recruiter.id::text AS id, min(chain.level)::int AS level
    FROM chain
    JOIN recruiters recruiter
      ON recruiter.id = chain.id AND recruiter.organization_id = ${organizationId}::uuid
    GROUP BY recruiter.id
    ORDER BY min(chain.level), recruiter.name, recruiter.id
    LIMIT ${limit}`;
  const levelById = new Map(
    ZRecruiterLevelRowsSchema.parse(levels).map((row) => [row.id, row.level]),
  );
  if (levelById.size === 0) return [];
  const recruiters = await db.recruiter.findMany({
    where: { organizationId, id: { in: [...levelById.keys()] } },
    select: {
      id: true,
      name: true,
      recruiterType: true,
      countries: true,
      feePolicy: true,
      feeAmount: true,
      feeCurrency: true,
      licences: {
        where: { organizationId },
        select: {
          status: true,
          licenceNumber: true,
          issuingAuthority: true,
          issuingCountry: true,
          validUntil: true,
        },
        orderBy: [{ validUntil: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      },
    },
  });
  return recruiters
    .map((recruiter): TGraphRecruiter => {
      const licences = recruiter.licences.map((licence) => ({
        status: licence.status,
        licenceNumber: licence.licenceNumber,
        issuingAuthority: licence.issuingAuthority,
        issuingCountry: licence.issuingCountry?.trim() ?? null,
        validUntil: toDateOnly(licence.validUntil),
      }));
      return {
        id: recruiter.id,
        name: recruiter.name,
        recruiterType: recruiter.recruiterType,
        countries: recruiter.countries,
        feePolicy: recruiter.feePolicy,
        feeAmount: recruiter.feeAmount?.toFixed(2) ?? null,
        feeCurrency: recruiter.feeCurrency?.trim() ?? null,
        licences,
        flags: recruiterFlags({ feePolicy: recruiter.feePolicy, licences }, today),
        level: levelById.get(recruiter.id) ?? 1,
      };
    })
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
};

export const getSupplierGraph = async ({
  db,
  organizationId,
  supplierId,
  depth,
  nodeCap = GRAPH_NODE_CAP,
  now = new Date(),
}: {
  db: DbOrTx;
  organizationId: string;
  supplierId: string;
  depth: number;
  /** For tests; the procedure always uses GRAPH_NODE_CAP. */
  nodeCap?: number;
  /** The day licence end dates are compared with. */
  now?: Date;
}): Promise<TSupplierGraph> => {
  const root = await db.supplier.findFirst({
    where: { id: supplierId, organizationId },
    select: { id: true },
  });
  if (!root) {
    throw new AppError("NOT_FOUND", { userMessageKey: "supplyChain.supplierNotFound" });
  }

  // One more row than fits tells whether anything was left out.
  const suppliersFound = await findChainSuppliers(db, organizationId, root.id, depth, nodeCap + 1);
  const suppliers = suppliersFound.slice(0, nodeCap);
  let truncated = suppliersFound.length > nodeCap;
  const supplierIds = suppliers.map((supplier) => supplier.id);

  const siteBudget = nodeCap - suppliers.length;
  const sitesFound = await findSites(db, organizationId, supplierIds, siteBudget + 1);
  const sites = sitesFound.slice(0, Math.max(siteBudget, 0));
  truncated ||= sitesFound.length > sites.length;
  const siteIds = sites.map((site) => site.id);

  const recruiterBudget = siteBudget - sites.length;
  const recruitersFound = await findChainRecruiters(
    db,
    organizationId,
    siteIds,
    recruiterBudget + 1,
    todayDateOnly(now),
  );
  const recruiters = recruitersFound.slice(0, Math.max(recruiterBudget, 0));
  truncated ||= recruitersFound.length > recruiters.length;
  // Sites were kept but the budget left no room for their recruiters: say so too.
  if (recruiterBudget <= 0 && siteIds.length > 0 && !truncated) {
    truncated =
      (await db.recruiterSiteLink.count({
        where: { organizationId, siteId: { in: siteIds }, recruiter: { archivedAt: null } },
      })) > 0;
  }
  const recruiterIds = recruiters.map((recruiter) => recruiter.id);

  const [supplyEdges, recruiterSiteLinks, recruiterEdges] = await Promise.all([
    db.supplyEdge.findMany({
      where: {
        organizationId,
        buyerSupplierId: { in: supplierIds },
        supplierId: { in: supplierIds },
      },
      select: { id: true, buyerSupplierId: true, supplierId: true, product: true, since: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    recruiterIds.length === 0
      ? Promise.resolve([])
      : db.recruiterSiteLink.findMany({
          where: { organizationId, siteId: { in: siteIds }, recruiterId: { in: recruiterIds } },
          select: { id: true, recruiterId: true, siteId: true, workersRecruited: true, year: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
    recruiterIds.length === 0
      ? Promise.resolve([])
      : db.recruiterEdge.findMany({
          where: {
            organizationId,
            recruiterId: { in: recruiterIds },
            subAgentId: { in: recruiterIds },
          },
          select: { id: true, recruiterId: true, subAgentId: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
  ]);

  return {
    rootId: root.id,
    depth,
    truncated,
    nodeCap,
    suppliers,
    sites,
    recruiters,
    supplyEdges: supplyEdges.map((edge) => ({ ...edge, since: toDateOnly(edge.since) })),
    recruiterSiteLinks,
    recruiterEdges,
  };
};
