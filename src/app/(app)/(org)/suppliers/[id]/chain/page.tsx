import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { firstParam, type SearchParams } from "@/app/search-params";
import { toAppError } from "@/modules/platform/errors/describe-error";
import { SupplierChainView } from "@/modules/suppliers/supply-chain/components/supplier-chain-view";
import {
  DEFAULT_GRAPH_DEPTH,
  MAX_GRAPH_DEPTH,
  MIN_GRAPH_DEPTH,
} from "@/modules/suppliers/supply-chain/schemas";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("supplyChain.graph"))("title"),
});

const ZDepthParamSchema = z.coerce
  .number()
  .int()
  .min(MIN_GRAPH_DEPTH)
  .max(MAX_GRAPH_DEPTH)
  .catch(DEFAULT_GRAPH_DEPTH);

const SupplierChainPage = async ({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) => {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const supplierId = z.uuid().safeParse(id);
  if (!supplierId.success) notFound();
  const depth = ZDepthParamSchema.parse(firstParam(query.depth) ?? DEFAULT_GRAPH_DEPTH);

  // Loaded here (and handed to the client through the query cache) so that another
  // organisation's supplier, or a missing one, is a plain 404 page.
  const graph = await serverCall(async () => {
    try {
      return await getQueryClient().fetchQuery(
        trpc.supplyChain.getSupplierGraph.queryOptions({ supplierId: supplierId.data, depth }),
      );
    } catch (error) {
      if (toAppError(error).code === "NOT_FOUND") return null;
      throw error;
    }
  });
  if (!graph) notFound();
  const root = graph.suppliers.find((supplier) => supplier.id === graph.rootId);
  const name = root?.legalName ?? "";

  const t = await getTranslations("supplyChain.graph");
  return (
    <HydrateClient>
      <div className="mb-6 space-y-1">
        <Link
          href={`/suppliers/${supplierId.data}`}
          className="text-sm text-teal-800 underline underline-offset-2 hover:text-teal-900"
        >
          {t("backToSupplier")}
        </Link>
        <h1 className="text-2xl font-semibold text-slate-900">{t("heading", { name })}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("description")}</p>
      </div>
      <SupplierChainView supplierId={supplierId.data} initialDepth={depth} supplierName={name} />
    </HydrateClient>
  );
};

export default SupplierChainPage;
