"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useTRPC } from "@/trpc/react";

import { MAX_GRAPH_DEPTH, MIN_GRAPH_DEPTH } from "../schemas";
import { ChainGraph } from "./chain-graph";
import { ChainTables } from "./chain-tables";

const DEPTHS = Array.from(
  { length: MAX_GRAPH_DEPTH - MIN_GRAPH_DEPTH + 1 },
  (_, index) => MIN_GRAPH_DEPTH + index,
);

/** The chain page's interactive part: the depth, the graph, and the same data as tables. */
export const SupplierChainView = ({
  supplierId,
  initialDepth,
  supplierName,
}: {
  supplierId: string;
  initialDepth: number;
  supplierName: string;
}) => {
  const t = useTranslations("supplyChain.graph");
  const trpc = useTRPC();
  const pathname = usePathname();
  const tablesId = useId();
  const [depth, setDepth] = useState(initialDepth);
  const query = useQuery(
    trpc.supplyChain.getSupplierGraph.queryOptions(
      { supplierId, depth },
      { placeholderData: keepPreviousData },
    ),
  );

  const changeDepth = (value: string) => {
    const next = DEPTHS.find((option) => String(option) === value);
    if (next === undefined) return;
    setDepth(next);
    // The URL keeps the depth (for reloads and shared links) without asking the server again.
    window.history.replaceState(null, "", `${pathname}?depth=${next}`);
  };

  const graph = query.data;
  return (
    <div className="space-y-6">
      <Card>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <Field label={t("depth")} className="w-56">
            {(control) => (
              <Select
                {...control}
                name="depth"
                value={String(depth)}
                onChange={(event) => changeDepth(event.target.value)}
              >
                {DEPTHS.map((option) => (
                  <option key={option} value={String(option)}>
                    {t("depthOption", { depth: option })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <a href={`#${tablesId}`} className="text-sm text-teal-800 underline underline-offset-2">
            {t("skipToTables")}
          </a>
        </div>
        <p className="sr-only" aria-live="polite">
          {query.isFetching ? t("updating") : ""}
        </p>
      </Card>
      {query.isError && <Alert tone="error">{t("loadFailed")}</Alert>}
      {graph && (
        <>
          {graph.truncated && (
            <Alert tone="warning">{t("truncated", { cap: graph.nodeCap })}</Alert>
          )}
          <Card className="space-y-3">
            <p className="text-sm text-slate-700">{t("graphHelp")}</p>
            <p className="text-sm text-slate-700">{t("flagsNote")}</p>
            <ChainGraph graph={graph} label={t("graphLabel", { name: supplierName })} />
          </Card>
          <Card>
            <ChainTables graph={graph} headingId={tablesId} />
          </Card>
        </>
      )}
    </div>
  );
};
