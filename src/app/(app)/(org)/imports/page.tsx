import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { IMPORT_ENTITIES } from "@/modules/imports/fields";
import { ImportHistory } from "@/modules/imports/components/import-history";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

import { importAccess, NoImportAccess } from "./import-access";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("imports.page"))("title"),
});

/** Import history, new imports and exports. */
const ImportsPage = async () => {
  const t = await getTranslations("imports");
  const { canImport, canExport } = await importAccess();
  if (!canImport) return <NoImportAccess />;
  await getQueryClient().prefetchQuery(
    trpc.imports.listImports.queryOptions({ page: 1, pageSize: 25 }),
  );
  return (
    <HydrateClient>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("page.title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("page.description")}</p>
        </div>
        <Card>
          <CardHeader title={t("page.newTitle")} description={t("page.newDescription")} />
          <div className="flex flex-wrap gap-3">
            {IMPORT_ENTITIES.map((entity) => (
              <Button key={entity} asChild variant="secondary">
                <Link href={`/imports/new?entity=${entity}`}>{t(`page.new.${entity}`)}</Link>
              </Button>
            ))}
          </div>
        </Card>
        {canExport && (
          <Card>
            <CardHeader title={t("page.exportTitle")} description={t("page.exportDescription")} />
            <ul className="space-y-2 text-sm">
              {IMPORT_ENTITIES.map((entity) => (
                <li key={entity} className="flex flex-wrap items-center gap-3">
                  <span className="w-28 font-medium text-slate-800">{t(`entities.${entity}`)}</span>
                  <a
                    className="text-teal-800 underline"
                    href={`/api/export/${entity}?format=csv`}
                    aria-label={t("page.exportAs", {
                      entity: t(`entities.${entity}`),
                      format: "CSV",
                    })}
                  >
                    CSV
                  </a>
                  <a
                    className="text-teal-800 underline"
                    href={`/api/export/${entity}?format=xlsx`}
                    aria-label={t("page.exportAs", {
                      entity: t(`entities.${entity}`),
                      format: "XLSX",
                    })}
                  >
                    XLSX
                  </a>
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Card>
          <CardHeader title={t("history.title")} />
          <ImportHistory />
        </Card>
      </div>
    </HydrateClient>
  );
};

export default ImportsPage;
