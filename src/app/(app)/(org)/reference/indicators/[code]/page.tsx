import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { toAppError } from "@/modules/platform/errors/describe-error";
import { IndicatorDetail } from "@/modules/reference/components/indicator-detail";
import { ZIndicatorCodeSchema, type TIndicator } from "@/modules/reference/schemas";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

import { NoReferenceAccess, referenceAccess } from "../../reference-access";

type Props = { params: Promise<{ code: string }> };

/**
 * Prefetches the indicator into the request's query client; a malformed or unknown code is a
 * 404 page.
 */
const loadIndicator = async (raw: string): Promise<TIndicator> => {
  const code = ZIndicatorCodeSchema.safeParse(decodeURIComponent(raw));
  if (!code.success) notFound();
  try {
    return await getQueryClient().fetchQuery(
      trpc.reference.getIndicator.queryOptions({ code: code.data }),
    );
  } catch (error) {
    if (toAppError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
};

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { canRead } = await referenceAccess();
  if (!canRead) return {};
  const indicator = await loadIndicator((await params).code);
  return { title: `${indicator.code} · ${indicator.title}` };
};

const IndicatorPage = async ({ params }: Props) => {
  const { canRead, canManage } = await referenceAccess();
  if (!canRead) return <NoReferenceAccess />;
  const indicator = await loadIndicator((await params).code);
  return (
    <HydrateClient>
      <IndicatorDetail code={indicator.code} canManage={canManage} />
    </HydrateClient>
  );
};

export default IndicatorPage;
