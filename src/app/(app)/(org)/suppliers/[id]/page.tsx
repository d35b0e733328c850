import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { firstParam, type SearchParams } from "@/app/search-params";
import {
  SupplierDetail,
  type SupplierNotice,
} from "@/modules/suppliers/components/supplier-detail";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

import { loadSupplier } from "./load-supplier";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { id } = await params;
  const detail = await loadSupplier(id);
  return { title: detail.supplier.legalName };
};

const noticeOf = (searchParams: SearchParams): SupplierNotice => {
  const kind = firstParam(searchParams.notice);
  const likely = Number(firstParam(searchParams.likely) ?? "0");
  if (kind !== "created" && kind !== "merged" && kind !== "updated") return null;
  return { kind, likely: Number.isInteger(likely) && likely > 0 ? likely : 0 };
};

const SupplierPage = async ({ params, searchParams }: Props) => {
  const { id } = await params;
  const t = await getTranslations("suppliers.detail");
  const [[me, sectors]] = await Promise.all([
    serverCall((caller) => Promise.all([caller.identity.getMe(), caller.reference.listSectors()])),
    loadSupplier(id),
    // For the risk panel. prefetchQuery never throws: without risk:read the panel is not shown,
    // and a failed query is not sent to the browser (the panel asks again and says it failed).
    getQueryClient().prefetchQuery(trpc.risk.getSupplierRisk.queryOptions({ supplierId: id })),
    getQueryClient().prefetchQuery(trpc.risk.getRiskSettings.queryOptions()),
  ]);
  const permissions = me.activeOrganization?.permissions ?? [];
  return (
    <HydrateClient>
      <p className="sr-only">{t("pageLabel")}</p>
      <SupplierDetail
        supplierId={id}
        sectors={sectors}
        canWrite={permissions.includes("supplier:write")}
        canReadRisk={permissions.includes("risk:read")}
        notice={noticeOf(await searchParams)}
      />
    </HydrateClient>
  );
};

export default SupplierPage;
