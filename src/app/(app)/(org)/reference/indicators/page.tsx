import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import type { SearchParams } from "@/app/search-params";
import { IndicatorCatalogue } from "@/modules/reference/components/indicator-catalogue";
import {
  catalogueFiltersFromParams,
  catalogueQueryOf,
  paramReaderOf,
} from "@/modules/reference/components/list-params";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

import { NoReferenceAccess, referenceAccess } from "../reference-access";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("reference.catalogue"))("title"),
});

const IndicatorsPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const t = await getTranslations("reference.catalogue");
  const { canRead } = await referenceAccess();
  if (!canRead) return <NoReferenceAccess />;
  const filters = catalogueFiltersFromParams(paramReaderOf(await searchParams));
  await getQueryClient().prefetchQuery(
    trpc.reference.listIndicators.queryOptions(catalogueQueryOf(filters)),
  );
  return (
    <HydrateClient>
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        </div>
        <IndicatorCatalogue />
      </div>
    </HydrateClient>
  );
};

export default IndicatorsPage;
