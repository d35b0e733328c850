import { notFound } from "next/navigation";
import { z } from "zod";

import { toAppError } from "@/modules/platform/errors/describe-error";
import type { TSupplierDetail } from "@/modules/suppliers/dto";
import { getQueryClient, trpc } from "@/trpc/server";

/**
 * Prefetches a supplier's page data into the request's query client (the client component reads
 * it from there); an id that is malformed, unknown or another organisation's is a 404 page.
 */
export const loadSupplier = async (id: string): Promise<TSupplierDetail> => {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await getQueryClient().fetchQuery(trpc.suppliers.getSupplier.queryOptions({ id }));
  } catch (error) {
    if (toAppError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
};
