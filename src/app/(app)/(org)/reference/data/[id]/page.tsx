import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";

import type { SearchParams } from "@/app/search-params";
import { toAppError } from "@/modules/platform/errors/describe-error";
import { EditionRows } from "@/modules/reference/components/edition-rows";
import {
  editionQueryOf,
  editionRowsParamsOf,
  paramReaderOf,
} from "@/modules/reference/components/list-params";
import type { TEditionDetail } from "@/modules/reference/schemas";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

import { NoReferenceAccess, referenceAccess } from "../../reference-access";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/**
 * Prefetches the edition's page of rows into the request's query client; an id that is
 * malformed, unknown or another organisation's edition is a 404 page.
 */
const loadEdition = async (id: string, searchParams: SearchParams): Promise<TEditionDetail> => {
  if (!z.uuid().safeParse(id).success) notFound();
  const rows = editionRowsParamsOf(paramReaderOf(searchParams));
  try {
    return await getQueryClient().fetchQuery(
      trpc.reference.getEdition.queryOptions(editionQueryOf(id, rows)),
    );
  } catch (error) {
    if (toAppError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
};

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const { canRead } = await referenceAccess();
  if (!canRead) return {};
  const detail = await loadEdition((await params).id, await searchParams);
  return { title: detail.edition.edition };
};

const EditionPage = async ({ params, searchParams }: Props) => {
  const { canRead } = await referenceAccess();
  if (!canRead) return <NoReferenceAccess />;
  const { id } = await params;
  const query = await searchParams;
  const detail = await loadEdition(id, query);
  const { search } = editionRowsParamsOf(paramReaderOf(query));
  // A TIP edition searched by country also shows the country's tier year by year.
  if (detail.edition.dataset === "tip_tiers" && search) {
    await getQueryClient().prefetchQuery(
      trpc.reference.getTipTierHistory.queryOptions({ country: search.slice(0, 100) }),
    );
  }
  return (
    <HydrateClient>
      <EditionRows id={id} />
    </HydrateClient>
  );
};

export default EditionPage;
