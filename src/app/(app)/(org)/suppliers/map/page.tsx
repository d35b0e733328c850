import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { SupplierMapView } from "@/modules/suppliers/supply-chain/components/supplier-map-view";
import {
  countryCountsInput,
  INITIAL_MAP_FILTERS,
} from "@/modules/suppliers/supply-chain/map/map-query";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("supplyChain.map"))("title"),
});

const SupplierMapPage = async () => {
  const t = await getTranslations("supplyChain.map");
  const [sectors] = await Promise.all([
    serverCall((caller) => caller.reference.listSectors()),
    getQueryClient().prefetchQuery(
      trpc.supplyChain.getCountryCounts.queryOptions(countryCountsInput(INITIAL_MAP_FILTERS)),
    ),
  ]);
  const sections = [...new Map(sectors.map((sector) => [sector.section, sector])).values()].map(
    (sector) => ({ section: sector.section, title: sector.sectionTitle }),
  );
  return (
    <HydrateClient>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("description")}</p>
      </div>
      <SupplierMapView sections={sections} />
    </HydrateClient>
  );
};

export default SupplierMapPage;
