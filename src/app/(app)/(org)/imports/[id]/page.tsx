import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { ImportWorkspace } from "@/modules/imports/components/import-workspace";
import { toAppError } from "@/modules/platform/errors/describe-error";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

import { importAccess, NoImportAccess } from "../import-access";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("imports.workspace"))("title"),
});

const ImportPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { canImport } = await importAccess();
  if (!canImport) return <NoImportAccess />;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // Another organisation's import is as missing as one that never existed.
  const detail = await serverCall((caller) => caller.imports.getImport({ id: id.data })).catch(
    (error: unknown) => {
      if (toAppError(error).code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  getQueryClient().setQueryData(trpc.imports.getImport.queryKey({ id: detail.id }), detail);
  return (
    <HydrateClient>
      <ImportWorkspace id={detail.id} />
    </HydrateClient>
  );
};

export default ImportPage;
