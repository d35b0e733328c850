import { describe, expect, it } from "vitest";

import type { TSupplierGraph } from "../schemas";
import { layoutChain, nodeId, SITE_INDENT, type PlacedNode } from "./layout";

const uuid = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;

const supplier = (n: number, level: number, legalName: string, tier: number | null = null) => ({
  id: uuid(n),
  legalName,
  country: "TH",
  tier,
  status: "active" as const,
  sectorSection: null,
  sectorDivision: null,
  level,
  archived: false,
});

const site = (n: number, supplierN: number, name: string) => ({
  id: uuid(n),
  supplierId: uuid(supplierN),
  name,
  country: "TH",
  region: null,
  siteType: "factory" as const,
  headcount: null,
  migrantShare: null,
  employerHousing: null,
});

const recruiter = (n: number, level: number, name: string) => ({
  id: uuid(n),
  name,
  recruiterType: "recruitment_agency" as const,
  countries: [],
  feePolicy: "unknown" as const,
  feeAmount: null,
  feeCurrency: null,
  licences: [],
  flags: [],
  level,
});

/** root (1) buys from 2 and 3; 2 buys from 4; 5 buys from root. */
const GRAPH: TSupplierGraph = {
  rootId: uuid(1),
  depth: 2,
  truncated: false,
  nodeCap: 300,
  suppliers: [
    supplier(1, 0, "Root Garments"),
    supplier(2, 1, "Zeta Mill", 2),
    supplier(3, 1, "Alpha Mill", 2),
    supplier(4, 2, "Cotton Farm", 3),
    supplier(5, -1, "Buyer Brand", 1),
  ],
  sites: [site(11, 1, "Unit B"), site(12, 1, "Unit A"), site(13, 4, "Fields")],
  recruiters: [
    recruiter(21, 1, "Agency"),
    recruiter(22, 2, "Sub-agent"),
    recruiter(23, 1, "Provider"),
  ],
  supplyEdges: [
    { id: uuid(31), buyerSupplierId: uuid(1), supplierId: uuid(2), product: "Yarn", since: null },
    { id: uuid(32), buyerSupplierId: uuid(1), supplierId: uuid(3), product: null, since: null },
    { id: uuid(33), buyerSupplierId: uuid(2), supplierId: uuid(4), product: null, since: null },
    { id: uuid(34), buyerSupplierId: uuid(5), supplierId: uuid(1), product: null, since: null },
  ],
  recruiterSiteLinks: [
    { id: uuid(41), recruiterId: uuid(21), siteId: uuid(13), workersRecruited: 5, year: 2024 },
    { id: uuid(42), recruiterId: uuid(23), siteId: uuid(11), workersRecruited: null, year: null },
  ],
  recruiterEdges: [{ id: uuid(51), recruiterId: uuid(21), subAgentId: uuid(22) }],
};

const place = (nodes: PlacedNode[], kind: PlacedNode["kind"], n: number): PlacedNode => {
  const found = nodes.find((node) => node.id === nodeId(kind, uuid(n)));
  if (!found) throw new Error(`${kind} ${n} not placed`);
  return found;
};

const overlaps = (a: PlacedNode, b: PlacedNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const reversed = <T>(items: readonly T[]): T[] => [...items].reverse();

describe("chain graph layout", () => {
  const { nodes, columns, rows } = layoutChain(GRAPH);

  it("places every supplier, site and recruiter once", () => {
    expect(nodes).toHaveLength(5 + 3 + 3);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
  });

  it("puts sub-suppliers left of the chosen supplier and buyers right of it", () => {
    expect(columns.map((column) => column.level)).toEqual([2, 1, 0, -1]);
    const x = (n: number) => place(nodes, "supplier", n).x;
    expect(x(4)).toBeLessThan(x(2));
    expect(x(2)).toBe(x(3));
    expect(x(3)).toBeLessThan(x(1));
    expect(x(1)).toBeLessThan(x(5));
  });

  it("orders a column by tier and name when nothing else decides", () => {
    expect(place(nodes, "supplier", 3).y).toBeLessThan(place(nodes, "supplier", 2).y);
  });

  it("stands sites under their supplier, indented, in name order", () => {
    const root = place(nodes, "supplier", 1);
    const unitA = place(nodes, "site", 12);
    const unitB = place(nodes, "site", 11);
    expect(unitA.x).toBe(root.x + SITE_INDENT);
    expect(root.y).toBeLessThan(unitA.y);
    expect(unitA.y).toBeLessThan(unitB.y);
  });

  it("puts recruiters under everything and sub-agents under their principals", () => {
    const lowestSupplierSide = Math.max(
      ...nodes.filter((node) => node.kind !== "recruiter").map((node) => node.y + node.height),
    );
    const agency = place(nodes, "recruiter", 21);
    const subAgent = place(nodes, "recruiter", 22);
    expect(agency.y).toBeGreaterThan(lowestSupplierSide);
    expect(subAgent.y).toBeGreaterThan(agency.y + agency.height);
    expect(subAgent.x).toBe(agency.x);
    expect(rows.map((row) => row.level)).toEqual([1, 2]);
    // The agency recruits for the cotton farm's fields: it sits under them.
    expect(agency.x).toBe(place(nodes, "site", 13).x);
  });

  it("never overlaps two nodes", () => {
    for (const a of nodes) {
      for (const b of nodes) {
        if (a !== b) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it("is deterministic: the order of the rows does not matter", () => {
    const shuffled = layoutChain({
      suppliers: reversed(GRAPH.suppliers),
      sites: reversed(GRAPH.sites),
      recruiters: reversed(GRAPH.recruiters),
      supplyEdges: reversed(GRAPH.supplyEdges),
      recruiterSiteLinks: reversed(GRAPH.recruiterSiteLinks),
      recruiterEdges: reversed(GRAPH.recruiterEdges),
    });
    const sorted = (list: PlacedNode[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(shuffled.nodes)).toEqual(sorted(nodes));
  });

  it("keeps many recruiters under the same site apart", () => {
    const crowded = layoutChain({
      ...GRAPH,
      recruiters: Array.from({ length: 6 }, (_, index) => recruiter(60 + index, 1, `R${index}`)),
      recruiterSiteLinks: Array.from({ length: 6 }, (_, index) => ({
        id: uuid(70 + index),
        recruiterId: uuid(60 + index),
        siteId: uuid(11),
        workersRecruited: null,
        year: null,
      })),
      recruiterEdges: [],
    });
    const placed = crowded.nodes.filter((node) => node.kind === "recruiter");
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
  });

  it("lays out a graph of the chosen supplier alone", () => {
    const alone = layoutChain({
      suppliers: [supplier(1, 0, "Root Garments")],
      sites: [],
      recruiters: [],
      supplyEdges: [],
      recruiterSiteLinks: [],
      recruiterEdges: [],
    });
    expect(alone.nodes).toEqual([expect.objectContaining({ x: 0, y: 0, kind: "supplier" })]);
  });
});
