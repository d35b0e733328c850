/**
 * A deterministic layered layout of a supplier's chain (no layout library, no randomness: the
 * same graph always looks the same, whatever order the rows arrived in).
 *
 *  - Suppliers stand in columns by their place in the chain, material flowing left to right:
 *    the furthest sub-suppliers on the left, the chosen supplier, then its buyers on the right.
 *    Within a column, suppliers are ordered next to the neighbours they trade with in the
 *    column nearer the chosen supplier (barycentre), then by tier and name.
 *  - Each supplier's sites stand right under it, indented, like a tree.
 *  - Recruiters form rows under everything: those linked to sites first, then their sub-agents,
 *    and so on down the recruitment chain; each sits under what it serves, pushed right as little
 *    as needed so that none overlap.
 */
import type { TSupplierGraph } from "../schemas";

export const NODE_WIDTH = 248;
export const SUPPLIER_HEIGHT = 96;
export const SITE_HEIGHT = 80;
export const RECRUITER_HEIGHT = 148;
export const SITE_INDENT = 28;
const COLUMN_GAP = 150;
const STACK_GAP = 14;
const BLOCK_GAP = 36;
const BAND_GAP = 110;
const ROW_GAP = 90;
const RECRUITER_GAP = 28;

export const COLUMN_WIDTH = NODE_WIDTH + SITE_INDENT + COLUMN_GAP;

export type NodeKind = "supplier" | "site" | "recruiter";

export const nodeId = (kind: NodeKind, id: string): string => `${kind}:${id}`;

export type PlacedNode = {
  id: string;
  kind: NodeKind;
  entityId: string;
  x: number;
  y: number;
  width: number;
  height: number;
};

export type ChainLayout = {
  nodes: PlacedNode[];
  /** Supplier columns, left to right, with the chain level they show. */
  columns: { level: number; x: number }[];
  /** Recruiter rows, top to bottom, with the chain level (1 = linked to sites) they show. */
  rows: { level: number; y: number }[];
};

type LayoutInput = Pick<
  TSupplierGraph,
  "suppliers" | "sites" | "recruiters" | "supplyEdges" | "recruiterSiteLinks" | "recruiterEdges"
>;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const mean = (values: number[]): number =>
  values.length === 0
    ? Number.POSITIVE_INFINITY
    : values.reduce((sum, value) => sum + value, 0) / values.length;

export const layoutChain = (graph: LayoutInput): ChainLayout => {
  const nodes: PlacedNode[] = [];
  const levels = [...new Set(graph.suppliers.map((supplier) => supplier.level))].sort(
    (a, b) => b - a,
  );
  const columnX = new Map(levels.map((level, index) => [level, index * COLUMN_WIDTH]));

  // Who trades with whom, either way.
  const partners = new Map<string, Set<string>>();
  for (const edge of graph.supplyEdges) {
    for (const [from, to] of [
      [edge.buyerSupplierId, edge.supplierId],
      [edge.supplierId, edge.buyerSupplierId],
    ] as const) {
      const set = partners.get(from) ?? new Set<string>();
      set.add(to);
      partners.set(from, set);
    }
  }

  const levelOf = new Map(graph.suppliers.map((supplier) => [supplier.id, supplier.level]));

  // Order columns outwards from the chosen supplier, each next to the one nearer to it.
  const orderInColumn = new Map<string, number>();
  const columns = new Map<number, LayoutInput["suppliers"]>();
  const byNearness = [...levels].sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
  for (const level of byNearness) {
    const members = graph.suppliers.filter((supplier) => supplier.level === level);
    const weight = new Map(
      members.map((supplier) => [
        supplier.id,
        mean(
          [...(partners.get(supplier.id) ?? [])]
            .filter((partner) => {
              const partnerLevel = levelOf.get(partner);
              return partnerLevel !== undefined && Math.abs(partnerLevel) < Math.abs(level);
            })
            .map((partner) => orderInColumn.get(partner) ?? Number.POSITIVE_INFINITY),
        ),
      ]),
    );
    members.sort(
      (a, b) =>
        (weight.get(a.id) ?? 0) - (weight.get(b.id) ?? 0) ||
        (a.tier ?? Number.MAX_SAFE_INTEGER) - (b.tier ?? Number.MAX_SAFE_INTEGER) ||
        byText(a.legalName, b.legalName) ||
        byText(a.id, b.id),
    );
    members.forEach((supplier, index) => orderInColumn.set(supplier.id, index));
    columns.set(level, members);
  }

  const sitesOf = new Map<string, LayoutInput["sites"]>();
  for (const site of graph.sites) {
    sitesOf.set(site.supplierId, [...(sitesOf.get(site.supplierId) ?? []), site]);
  }

  let bottom = 0;
  for (const level of levels) {
    const x = columnX.get(level) ?? 0;
    let y = 0;
    for (const supplier of columns.get(level) ?? []) {
      nodes.push({
        id: nodeId("supplier", supplier.id),
        kind: "supplier",
        entityId: supplier.id,
        x,
        y,
        width: NODE_WIDTH,
        height: SUPPLIER_HEIGHT,
      });
      y += SUPPLIER_HEIGHT + STACK_GAP;
      const sites = [...(sitesOf.get(supplier.id) ?? [])].sort(
        (a, b) => byText(a.name, b.name) || byText(a.id, b.id),
      );
      for (const site of sites) {
        nodes.push({
          id: nodeId("site", site.id),
          kind: "site",
          entityId: site.id,
          x: x + SITE_INDENT,
          y,
          width: NODE_WIDTH,
          height: SITE_HEIGHT,
        });
        y += SITE_HEIGHT + STACK_GAP;
      }
      y += BLOCK_GAP - STACK_GAP;
    }
    bottom = Math.max(bottom, y);
  }

  // Recruiters, row by row down the recruitment chain.
  const centreX = new Map(nodes.map((node) => [node.id, node.x + node.width / 2]));
  const recruiterLevels = [...new Set(graph.recruiters.map((recruiter) => recruiter.level))].sort(
    (a, b) => a - b,
  );
  const bandTop = bottom + BAND_GAP - BLOCK_GAP;
  const rows: ChainLayout["rows"] = [];
  recruiterLevels.forEach((level, rowIndex) => {
    const y = bandTop + rowIndex * (RECRUITER_HEIGHT + ROW_GAP);
    rows.push({ level, y });
    const anchored = graph.recruiters
      .filter((recruiter) => recruiter.level === level)
      .map((recruiter) => {
        const served = [
          ...graph.recruiterSiteLinks
            .filter((link) => link.recruiterId === recruiter.id)
            .map((link) => nodeId("site", link.siteId)),
          ...graph.recruiterEdges
            .filter((edge) => edge.subAgentId === recruiter.id)
            .map((edge) => nodeId("recruiter", edge.recruiterId)),
        ]
          .map((id) => centreX.get(id))
          .filter((value): value is number => value !== undefined);
        const anchor = served.length === 0 ? 0 : mean(served) - NODE_WIDTH / 2;
        return { recruiter, anchor };
      })
      .sort(
        (a, b) =>
          a.anchor - b.anchor ||
          byText(a.recruiter.name, b.recruiter.name) ||
          byText(a.recruiter.id, b.recruiter.id),
      );
    let nextFree = Number.NEGATIVE_INFINITY;
    for (const { recruiter, anchor } of anchored) {
      const x = Math.round(Math.max(anchor, nextFree));
      nextFree = x + NODE_WIDTH + RECRUITER_GAP;
      const node: PlacedNode = {
        id: nodeId("recruiter", recruiter.id),
        kind: "recruiter",
        entityId: recruiter.id,
        x,
        y,
        width: NODE_WIDTH,
        height: RECRUITER_HEIGHT,
      };
      nodes.push(node);
      centreX.set(node.id, x + NODE_WIDTH / 2);
    }
  });

  return {
    nodes,
    columns: levels.map((level) => ({ level, x: columnX.get(level) ?? 0 })),
    rows,
  };
};
