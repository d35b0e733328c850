import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { firstParam, type SearchParams } from "@/app/search-params";
import {
  SupplierDetail,
  type SupplierNotice,
} from "@/modules/suppliers/components/supplier-detail";
import { HydrateClient, serverCall } from "@/trpc/server";

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
  ]);
  return (
    <HydrateClient>
      <p className="sr-only">{t("pageLabel")}</p>
      <SupplierDetail
        supplierId={id}
        sectors={sectors}
        canWrite={me.activeOrganization?.permissions.includes("supplier:write") ?? false}
        notice={noticeOf(await searchParams)}
      />
    </HydrateClient>
  );
};

export default SupplierPage;
