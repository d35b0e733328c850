"use client";

import "@xyflow/react/dist/style.css";

import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
  type NodeTypes,
} from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useMemo, type KeyboardEvent } from "react";

import { cn } from "@/components/ui/cn";

import {
  layoutChain,
  nodeId,
  NODE_WIDTH,
  RECRUITER_HEIGHT,
  SITE_HEIGHT,
  SUPPLIER_HEIGHT,
} from "../graph/layout";
import type { TGraphRecruiter, TGraphSite, TGraphSupplier, TSupplierGraph } from "../schemas";
import { recruiterHref, supplierHref, useChainText, type ChainText } from "./chain-text";
import { RecruiterFlagList, WarningIcon } from "./recruiter-flags";

// ─── Nodes ──────────────────────────────────────────────────────────────────────────────────────

type SupplierNode = Node<{ supplier: TGraphSupplier; href: string }, "supplier">;
type SiteNode = Node<{ site: TGraphSite; href: string }, "site">;
type RecruiterNode = Node<{ recruiter: TGraphRecruiter; href: string }, "recruiter">;
type LabelNode = Node<{ text: string }, "label">;
type ChainNode = SupplierNode | SiteNode | RecruiterNode | LabelNode;

// Edges attach to fixed points; nobody draws new ones, so the handles stay invisible.
const HIDDEN_HANDLE = "!h-1 !w-1 !min-w-0 !border-0 !bg-transparent";

const KindLine = ({ icon, children }: { icon: string; children: string }) => (
  <p className="flex items-center gap-1 text-[11px] font-semibold tracking-wide uppercase">
    <span aria-hidden="true">{icon}</span>
    <span className="truncate">{children}</span>
  </p>
);

const SupplierNodeView = ({ data }: NodeProps<SupplierNode>) => {
  const text = useChainText();
  const { supplier } = data;
  const isRoot = supplier.level === 0;
  const sector = text.sector(supplier);
  return (
    <div
      style={{ width: NODE_WIDTH, height: SUPPLIER_HEIGHT }}
      className={cn(
        "flex cursor-pointer flex-col gap-0.5 overflow-hidden rounded-md border border-l-[6px] bg-white px-3 py-2 shadow-sm",
        isRoot ? "border-teal-900 ring-2 ring-teal-800" : "border-slate-400 border-l-teal-700",
      )}
    >
      <Handle type="target" position={Position.Left} id="in" className={HIDDEN_HANDLE} />
      <div className="text-teal-900">
        <KindLine icon="▣">{`${text.t("graph.kindSupplier")} · ${text.tier(supplier)}`}</KindLine>
      </div>
      <p className="line-clamp-2 text-sm leading-tight font-semibold text-slate-900">
        {supplier.legalName}
      </p>
      <p className="truncate text-xs text-slate-700">
        {[text.country(supplier.country), sector, text.status(supplier)]
          .filter((part) => part !== null)
          .join(" · ")}
      </p>
      <Handle type="source" position={Position.Right} id="out" className={HIDDEN_HANDLE} />
      <Handle
        type="source"
        position={Position.Bottom}
        id="sites"
        className={HIDDEN_HANDLE}
        style={{ left: 14 }}
      />
    </div>
  );
};

const SiteNodeView = ({ data }: NodeProps<SiteNode>) => {
  const text = useChainText();
  const { site } = data;
  const migrant = text.migrantShare(site);
  return (
    <div
      style={{ width: NODE_WIDTH, height: SITE_HEIGHT }}
      className="flex cursor-pointer flex-col gap-0.5 overflow-hidden rounded-md border border-dashed border-slate-500 bg-slate-50 px-3 py-1.5"
    >
      <Handle type="target" position={Position.Left} id="owner" className={HIDDEN_HANDLE} />
      <div className="text-slate-800">
        <KindLine icon={site.siteType === "vessel" ? "⛴" : "⌂"}>
          {`${text.t("graph.kindSite")} · ${text.siteType(site)}`}
        </KindLine>
      </div>
      <p className="truncate text-sm font-semibold text-slate-900">{site.name}</p>
      <p className="truncate text-xs text-slate-700">
        {[text.country(site.country), text.headcount(site), migrant]
          .filter((part) => part !== null)
          .join(" · ")}
      </p>
      <Handle type="target" position={Position.Right} id="recruits" className={HIDDEN_HANDLE} />
    </div>
  );
};

const RecruiterNodeView = ({ data }: NodeProps<RecruiterNode>) => {
  const text = useChainText();
  const { recruiter } = data;
  const flagged = recruiter.flags.length > 0;
  return (
    <div
      style={{ width: NODE_WIDTH, height: RECRUITER_HEIGHT }}
      className={cn(
        "flex cursor-pointer flex-col gap-1 overflow-hidden rounded-lg bg-violet-50 px-3 py-2",
        flagged ? "border-2 border-red-700" : "border border-violet-400",
      )}
    >
      <Handle type="source" position={Position.Top} id="up" className={HIDDEN_HANDLE} />
      <div className="flex items-center justify-between gap-2 text-violet-900">
        <KindLine icon="☍">
          {`${text.t("graph.kindRecruiter")} · ${text.recruiterType(recruiter)}`}
        </KindLine>
        {flagged && <WarningIcon className="h-4 w-4 text-red-700" />}
      </div>
      <p className="line-clamp-2 text-sm leading-tight font-semibold text-slate-900">
        {recruiter.name}
      </p>
      <p className="truncate text-xs text-slate-700">{text.countries(recruiter.countries)}</p>
      <RecruiterFlagList flags={recruiter.flags} limit={2} />
      <Handle type="target" position={Position.Bottom} id="down" className={HIDDEN_HANDLE} />
    </div>
  );
};

const LabelNodeView = ({ data }: NodeProps<LabelNode>) => (
  <p
    style={{ width: NODE_WIDTH }}
    className="text-xs font-semibold tracking-wide text-slate-700 uppercase"
  >
    {data.text}
  </p>
);

const NODE_TYPES = {
  supplier: SupplierNodeView,
  site: SiteNodeView,
  recruiter: RecruiterNodeView,
  label: LabelNodeView,
} satisfies NodeTypes;

// ─── From the graph to nodes and edges ─────────────────────────────────────────────────────────

const EDGE_COLOURS = {
  supply: "#0f766e",
  site: "#64748b",
  recruitment: "#6d28d9",
  subAgent: "#6d28d9",
} as const;

const edgeStyle = (kind: keyof typeof EDGE_COLOURS, dashed = false) => ({
  style: {
    stroke: EDGE_COLOURS[kind],
    strokeWidth: 1.6,
    ...(dashed ? { strokeDasharray: "6 4" } : {}),
  },
  markerEnd: { type: MarkerType.ArrowClosed, color: EDGE_COLOURS[kind], width: 16, height: 16 },
  labelStyle: { fill: "#1e293b", fontSize: 11 },
  labelBgStyle: { fill: "#ffffff", fillOpacity: 0.95 },
  labelBgPadding: [4, 2] as [number, number],
});

const buildFlow = (graph: TSupplierGraph, text: ChainText) => {
  const layout = layoutChain(graph);
  const supplierById = new Map(graph.suppliers.map((supplier) => [supplier.id, supplier]));
  const siteById = new Map(graph.sites.map((site) => [site.id, site]));
  const recruiterById = new Map(graph.recruiters.map((recruiter) => [recruiter.id, recruiter]));
  const t = text.t;
  const keyboardHint = t("graph.nodeKeyboardHelp");

  const nodes: ChainNode[] = [];
  for (const placed of layout.nodes) {
    const position = { x: placed.x, y: placed.y };
    if (placed.kind === "supplier") {
      const supplier = supplierById.get(placed.entityId);
      if (!supplier) continue;
      nodes.push({
        id: placed.id,
        type: "supplier",
        position,
        data: { supplier, href: supplierHref(supplier.id) },
        ariaLabel: `${t(supplier.level === 0 ? "graph.rootNode" : "graph.supplierNode", {
          name: supplier.legalName,
          tier: text.tier(supplier),
          country: text.country(supplier.country),
          status: text.status(supplier),
        })} ${keyboardHint}`,
      });
    } else if (placed.kind === "site") {
      const site = siteById.get(placed.entityId);
      if (!site) continue;
      nodes.push({
        id: placed.id,
        type: "site",
        position,
        data: { site, href: supplierHref(site.supplierId) },
        ariaLabel: `${t("graph.siteNode", {
          name: site.name,
          supplier: supplierById.get(site.supplierId)?.legalName ?? "",
          type: text.siteType(site),
          country: text.country(site.country),
          headcount: text.headcount(site),
        })} ${keyboardHint}`,
      });
    } else {
      const recruiter = recruiterById.get(placed.entityId);
      if (!recruiter) continue;
      nodes.push({
        id: placed.id,
        type: "recruiter",
        position,
        data: { recruiter, href: recruiterHref(recruiter.id) },
        ariaLabel: `${t("graph.recruiterNode", {
          name: recruiter.name,
          type: text.recruiterType(recruiter),
          flags: text.flags(recruiter),
        })} ${keyboardHint}`,
      });
    }
  }
  const labelNode = (id: string, x: number, y: number, value: string): LabelNode => ({
    id,
    type: "label",
    position: { x, y },
    data: { text: value },
    focusable: false,
    selectable: false,
    draggable: false,
  });
  for (const column of layout.columns) {
    const label =
      column.level === 0
        ? t("graph.columnRoot")
        : column.level > 0
          ? t("graph.columnUpstream", { steps: column.level })
          : t("graph.columnDownstream", { steps: -column.level });
    nodes.push(labelNode(`label:column:${column.level}`, column.x, -36, label));
  }
  const left = Math.min(0, ...layout.nodes.map((node) => node.x));
  for (const row of layout.rows) {
    const label =
      row.level === 1 ? t("graph.rowRecruiters") : t("graph.rowSubAgents", { level: row.level });
    nodes.push(labelNode(`label:row:${row.level}`, left, row.y - 32, label));
  }

  const edges: Edge[] = [];
  // Several products between the same two suppliers travel as one edge with all of them.
  const supplyPairs = new Map<string, { buyer: string; supplier: string; products: string[] }>();
  for (const edge of graph.supplyEdges) {
    const key = `${edge.supplierId}>${edge.buyerSupplierId}`;
    const pair = supplyPairs.get(key) ?? {
      buyer: edge.buyerSupplierId,
      supplier: edge.supplierId,
      products: [],
    };
    if (edge.product && !pair.products.includes(edge.product)) pair.products.push(edge.product);
    supplyPairs.set(key, pair);
  }
  for (const [key, pair] of supplyPairs) {
    const product = pair.products.join(", ");
    const names = {
      supplier: supplierById.get(pair.supplier)?.legalName ?? "",
      buyer: supplierById.get(pair.buyer)?.legalName ?? "",
    };
    edges.push({
      id: `supply:${key}`,
      source: nodeId("supplier", pair.supplier),
      sourceHandle: "out",
      target: nodeId("supplier", pair.buyer),
      targetHandle: "in",
      label: product || undefined,
      ariaLabel: product
        ? t("graph.supplyEdgeProduct", { ...names, product })
        : t("graph.supplyEdge", names),
      ...edgeStyle("supply"),
    });
  }
  for (const site of graph.sites) {
    edges.push({
      id: `site:${site.id}`,
      source: nodeId("supplier", site.supplierId),
      sourceHandle: "sites",
      target: nodeId("site", site.id),
      targetHandle: "owner",
      type: "step",
      ariaLabel: t("graph.siteEdge", {
        site: site.name,
        supplier: supplierById.get(site.supplierId)?.legalName ?? "",
      }),
      ...edgeStyle("site", true),
      markerEnd: undefined,
    });
  }
  for (const link of graph.recruiterSiteLinks) {
    edges.push({
      id: `recruits:${link.id}`,
      source: nodeId("recruiter", link.recruiterId),
      sourceHandle: "up",
      target: nodeId("site", link.siteId),
      targetHandle: "recruits",
      type: "smoothstep",
      label: text.workers(link) ?? undefined,
      ariaLabel: t("graph.recruitmentEdge", {
        recruiter: recruiterById.get(link.recruiterId)?.name ?? "",
        site: siteById.get(link.siteId)?.name ?? "",
      }),
      ...edgeStyle("recruitment"),
    });
  }
  for (const edge of graph.recruiterEdges) {
    edges.push({
      id: `sub-agent:${edge.id}`,
      source: nodeId("recruiter", edge.subAgentId),
      sourceHandle: "up",
      target: nodeId("recruiter", edge.recruiterId),
      targetHandle: "down",
      type: "smoothstep",
      ariaLabel: t("graph.subAgentEdge", {
        recruiter: recruiterById.get(edge.recruiterId)?.name ?? "",
        subAgent: recruiterById.get(edge.subAgentId)?.name ?? "",
      }),
      ...edgeStyle("subAgent", true),
    });
  }
  return { nodes, edges };
};

const hrefOf = (node: ChainNode | undefined): string | null =>
  node && node.type !== "label" ? node.data.href : null;

/**
 * The interactive graph: zoom and pan, and every supplier, site and recruiter a
 * focusable node that opens its page on click or Enter.
 */
export const ChainGraph = ({ graph, label }: { graph: TSupplierGraph; label: string }) => {
  const text = useChainText();
  const router = useRouter();
  const { nodes, edges } = useMemo(() => buildFlow(graph, text), [graph, text]);
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);

  const open = (node: ChainNode | undefined) => {
    const href = hrefOf(node);
    if (href) router.push(href);
  };
  // Enter on a focused node (xyflow marks node elements with data-id) opens it.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Enter" || !(event.target instanceof HTMLElement)) return;
    if (!event.target.classList.contains("react-flow__node")) return;
    const id = event.target.dataset.id;
    if (!id) return;
    event.preventDefault();
    open(byId.get(id));
  };

  return (
    <div
      className="h-[640px] w-full overflow-hidden rounded-md border border-slate-300 bg-white"
      onKeyDown={onKeyDown}
    >
      <ReactFlow<ChainNode, Edge>
        aria-label={label}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodeClick={(_, node) => open(node)}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        nodesFocusable
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
        minZoom={0.1}
        maxZoom={2}
        ariaLabelConfig={{
          "node.a11yDescription.default": text.t("graph.nodeKeyboardHelp"),
          "node.a11yDescription.keyboardDisabled": text.t("graph.nodeKeyboardHelp"),
          "edge.a11yDescription.default": text.t("graph.edgeKeyboardHelp"),
        }}
      >
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
};
