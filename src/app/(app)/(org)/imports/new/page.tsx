import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card, CardHeader } from "@/components/ui/card";
import { firstParam, type SearchParams } from "@/app/search-params";
import { UploadForm } from "@/modules/imports/components/upload-form";
import { ZImportEntitySchema } from "@/modules/imports/fields";

import { importAccess, NoImportAccess } from "../import-access";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("imports.upload"))("title"),
});

const NewImportPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const t = await getTranslations("imports");
  const { canImport } = await importAccess();
  if (!canImport) return <NoImportAccess />;
  const requested = ZImportEntitySchema.safeParse(firstParam((await searchParams).entity));
  const entity = requested.success ? requested.data : "suppliers";
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        <Link href="/imports" className="text-teal-800 underline">
          {t("workspace.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">{t("upload.title")}</h1>
      <Card>
        <CardHeader title={t("upload.cardTitle")} description={t("upload.description")} />
        <UploadForm initialEntity={entity} />
      </Card>
    </div>
  );
};

export default NewImportPage;
