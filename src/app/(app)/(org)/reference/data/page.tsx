import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Card, CardHeader } from "@/components/ui/card";
import { ReferenceDatasets } from "@/modules/reference/components/reference-datasets";
import { UploadEditionForm } from "@/modules/reference/components/upload-edition-form";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

import { NoReferenceAccess, referenceAccess } from "../reference-access";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("reference.data"))("title"),
});

const ReferenceDataPage = async () => {
  const t = await getTranslations("reference");
  const { canRead, canManage } = await referenceAccess();
  if (!canRead) return <NoReferenceAccess />;
  await getQueryClient().prefetchQuery(trpc.reference.listEditions.queryOptions({}));
  return (
    <HydrateClient>
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold text-slate-900">{t("data.title")}</h1>
          <p className="max-w-3xl text-sm text-slate-700">{t("data.intro")}</p>
        </div>
        <ReferenceDatasets />
        {canManage ? (
          <Card data-testid="upload-edition">
            <CardHeader title={t("upload.title")} description={t("upload.description")} />
            <UploadEditionForm />
          </Card>
        ) : (
          <p className="text-sm text-slate-700">{t("upload.managersOnly")}</p>
        )}
      </div>
    </HydrateClient>
  );
};

export default ReferenceDataPage;
