/**
 * A recruiter's chain (DOMAIN.md §4): origin-country sub-agent → licensed recruiter →
 * destination labour provider → worksite. Edges go from a recruiter to a sub-agent it works
 * through; the graph has no cycles, checked with a recursive query before each new edge.
 */
import { z } from "zod";

import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, Tx } from "@/server/db";
import { rescoreSuppliersUsingRecruiters } from "@/modules/risk/services/recompute-risk";

import { MAX_CHAIN_DEPTH, type TRecruiterEdge } from "../schemas";
import { edgeSelect, toEdge } from "./dto";
import { lockActiveRecruiter, lockRecruiter } from "./guards";

/**
 * Serialises the additions of edges within one organisation. Two concurrent additions (A → B
 * and B → A) would each pass the cycle check on their own; taking this lock first makes the
 * second one see the first. FOR NO KEY UPDATE does not block inserts that reference the
 * organisation, so the rest of the organisation's work goes on.
 */
const lockOrganizationChain = async (tx: Tx, organizationId: string) => {
  await tx.$queryRaw`
    SELECT id FROM organizations WHERE id = ${organizationId}::uuid FOR NO KEY UPDATE`;
};

const ZExistsSchema = z.array(z.object({ found: z.literal(1) }));

/** True when `to` can already be reached from `from` by following recruiter → sub-agent edges. */
export const isReachable = async (
  tx: Tx,
  { organizationId, from, to }: { organizationId: string; from: string; to: string },
): Promise<boolean> => {
  // UNION (not UNION ALL) keeps each recruiter once, so the query ends even on bad data.
  const rows = ZExistsSchema.parse(
    await tx.$queryRaw`
      WITH RECURSIVE reach(id) AS (
        SELECT sub_agent_id FROM recruiter_edges
        WHERE organization_id = ${organizationId}::uuid AND recruiter_id = ${from}::uuid
        UNION
        SELECT edge.sub_agent_id
        FROM reach
        JOIN recruiter_edges edge
          ON edge.organization_id = ${organizationId}::uuid AND edge.recruiter_id = reach.id
      )
      SELECT 1 AS found FROM reach WHERE id = ${to}::uuid LIMIT 1`,
  );
  return rows.length > 0;
};

export const addSubAgent = async ({
  db,
  actor,
  organizationId,
  recruiterId,
  subAgentId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
  subAgentId: string;
}): Promise<TRecruiterEdge> =>
  db.$transaction(async (tx) => {
    await lockOrganizationChain(tx, organizationId);
    const principal = await lockActiveRecruiter(tx, { organizationId, recruiterId });
    const subAgent = await lockRecruiter(tx, { organizationId, recruiterId: subAgentId }).catch(
      (error: unknown) => {
        throw error instanceof AppError && error.code === "NOT_FOUND"
          ? new AppError("NOT_FOUND", { userMessageKey: "recruiters.subAgentNotFound" })
          : error;
      },
    );
    // After both lookups, so that another organisation's id is NOT_FOUND whatever else is wrong.
    if (principal.id === subAgent.id) {
      throw new AppError("INVALID_INPUT", { userMessageKey: "recruiters.subAgentSelf" });
    }
    if (subAgent.isArchived) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessageKey: "recruiters.subAgentArchived",
        userMessageValues: { name: subAgent.name },
      });
    }
    const existing = await tx.recruiterEdge.findFirst({
      where: { organizationId, recruiterId, subAgentId },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("CONFLICT", {
        userMessageKey: "recruiters.subAgentExists",
        userMessageValues: { recruiter: principal.name, subAgent: subAgent.name },
      });
    }
    if (await isReachable(tx, { organizationId, from: subAgentId, to: recruiterId })) {
      throw new AppError("CONFLICT", {
        userMessageKey: "recruiters.subAgentCycle",
        userMessageValues: { recruiter: principal.name, subAgent: subAgent.name },
      });
    }
    const created = toEdge(
      await tx.recruiterEdge.create({
        data: { organizationId, recruiterId, subAgentId },
        select: edgeSelect,
      }),
    );
    await rescoreSuppliersUsingRecruiters({ tx, organizationId, recruiterIds: [recruiterId] });
    await recordAuditEvent(tx, actor, {
      action: "recruiter_edge.created",
      entityType: "recruiter_edge",
      entityId: created.id,
      after: created,
    });
    return created;
  });

export const removeSubAgent = async ({
  db,
  actor,
  organizationId,
  edgeId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  edgeId: string;
}): Promise<{ id: string }> =>
  db.$transaction(async (tx) => {
    const row = await tx.recruiterEdge.findFirst({
      where: { id: edgeId, organizationId },
      select: edgeSelect,
    });
    if (!row) throw new AppError("NOT_FOUND", { userMessageKey: "recruiters.edgeNotFound" });
    await lockActiveRecruiter(tx, { organizationId, recruiterId: row.recruiterId });
    await tx.recruiterEdge.delete({ where: { id: edgeId, organizationId } });
    await rescoreSuppliersUsingRecruiters({
      tx,
      organizationId,
      recruiterIds: [row.recruiterId],
    });
    await recordAuditEvent(tx, actor, {
      action: "recruiter_edge.deleted",
      entityType: "recruiter_edge",
      entityId: edgeId,
      before: toEdge(row),
    });
    return { id: edgeId };
  });

// ─── Reading the chain ────────────────────────────────────────────────────────────────────────

const ZChainRowsSchema = z.array(
  z.object({
    edge_id: z.string(),
    principal_id: z.string(),
    sub_agent_id: z.string(),
    depth: z.number().int(),
  }),
);

export type ChainEdge = { edgeId: string; principalId: string; subAgentId: string; depth: number };

/**
 * Every edge reachable from the recruiter, downstream (towards sub-agents) or upstream (towards
 * principals), each at its shortest distance. One level past the limit is read only to know
 * whether the chain goes on.
 */
export const readChain = async (
  db: Db | Tx,
  {
    organizationId,
    recruiterId,
    direction,
  }: { organizationId: string; recruiterId: string; direction: "downstream" | "upstream" },
): Promise<{ edges: ChainEdge[]; isTruncated: boolean }> => {
  const raw =
    direction === "downstream"
      ? await db.$queryRaw`
          WITH RECURSIVE walk(edge_id, principal_id, sub_agent_id, depth) AS (
            SELECT id, recruiter_id, sub_agent_id, 1 FROM recruiter_edges
            WHERE organization_id = ${organizationId}::uuid AND recruiter_id = ${recruiterId}::uuid
            UNION
            SELECT edge.id, edge.recruiter_id, edge.sub_agent_id, walk.depth + 1
            FROM walk
            JOIN recruiter_edges edge
              ON edge.organization_id = ${organizationId}::uuid
             AND edge.recruiter_id = walk.sub_agent_id
            WHERE walk.depth <= ${MAX_CHAIN_DEPTH}
          )
          SELECT edge_id::text, principal_id::text, sub_agent_id::text, min(depth)::int AS depth
          FROM walk GROUP BY edge_id, principal_id, sub_agent_id
          ORDER BY depth, edge_id`
      : await db.$queryRaw`
          WITH RECURSIVE walk(edge_id, principal_id, sub_agent_id, depth) AS (
            SELECT id, recruiter_id, sub_agent_id, 1 FROM recruiter_edges
            WHERE organization_id = ${organizationId}::uuid AND sub_agent_id = ${recruiterId}::uuid
            UNION
            SELECT edge.id, edge.recruiter_id, edge.sub_agent_id, walk.depth + 1
            FROM walk
            JOIN recruiter_edges edge
              ON edge.organization_id = ${organizationId}::uuid
             AND edge.sub_agent_id = walk.principal_id
            WHERE walk.depth <= ${MAX_CHAIN_DEPTH}
          )
          SELECT edge_id::text, principal_id::text, sub_agent_id::text, min(depth)::int AS depth
          FROM walk GROUP BY edge_id, principal_id, sub_agent_id
          ORDER BY depth, edge_id`;
  const rows = ZChainRowsSchema.parse(raw);
  return {
    edges: rows
      .filter((row) => row.depth <= MAX_CHAIN_DEPTH)
      .map((row) => ({
        edgeId: row.edge_id,
        principalId: row.principal_id,
        subAgentId: row.sub_agent_id,
        depth: row.depth,
      })),
    isTruncated: rows.some((row) => row.depth > MAX_CHAIN_DEPTH),
  };
};
