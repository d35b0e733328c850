"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TSite } from "../dto";
import type { TSiteInput } from "../schemas";
import { CountryName, Unknown } from "./labels";
import { SiteForm } from "./site-form";
import { SiteRisk } from "./site-risk";

const WorkforceProfile = ({ site }: { site: TSite }) => {
  const t = useTranslations("suppliers.sites");
  const percent = (value: number | null) => (value === null ? <Unknown /> : `${value} %`);
  const rows: { label: string; value: ReactNode }[] = [
    { label: t("fields.headcount"), value: site.headcount ?? <Unknown /> },
    { label: t("fields.migrantShare"), value: percent(site.migrantShare) },
    { label: t("fields.temporaryShare"), value: percent(site.temporaryShare) },
    { label: t("fields.seasonalShare"), value: percent(site.seasonalShare) },
    { label: t("fields.womenShare"), value: percent(site.womenShare) },
    { label: t("fields.youngWorkerShare"), value: percent(site.youngWorkerShare) },
    {
      label: t("fields.employerHousing"),
      value:
        site.employerHousing === null ? (
          <Unknown />
        ) : site.employerHousing ? (
          t("housing.yes")
        ) : (
          t("housing.no")
        ),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
      {rows.map((row) => (
        <div key={row.label}>
          <dt className="text-xs text-slate-600">{row.label}</dt>
          <dd className="text-slate-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
};

/** The supplier's sites with their workforce profiles; add, edit, archive and restore. */
export const SitesSection = ({
  supplierId,
  sites,
  canWrite,
  canReadRisk = false,
}: {
  supplierId: string;
  sites: TSite[];
  canWrite: boolean;
  /** Show each site's own risk band and explanation. */
  canReadRisk?: boolean;
}) => {
  const t = useTranslations("suppliers.sites");
  const tTypes = useTranslations("suppliers.siteTypes");
  const tErrors = useTranslations("errors.code");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The id of the site being edited, "new" while adding one, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.suppliers.pathFilter());
  const create = useMutation(trpc.suppliers.createSite.mutationOptions());
  const update = useMutation(trpc.suppliers.updateSite.mutationOptions());
  const handlers = {
    onSuccess: () => {
      setError(null);
      return refresh();
    },
    onError: (cause: unknown) => setError(appErrorOf(cause)?.userMessage ?? tErrors("INTERNAL")),
  };
  const archive = useMutation(trpc.suppliers.archiveSite.mutationOptions(handlers));
  const restore = useMutation(trpc.suppliers.restoreSite.mutationOptions(handlers));

  const save = async (input: TSiteInput, site: TSite | null) => {
    if (site) await update.mutateAsync({ id: site.id, data: input });
    else await create.mutateAsync({ supplierId, data: input });
    setEditing(null);
    await refresh();
  };

  return (
    <Card aria-labelledby="sites-heading">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="sites-heading" className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
        </div>
        {canWrite && editing !== "new" && (
          <Button variant="secondary" onClick={() => setEditing("new")}>
            {t("addButton")}
          </Button>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {editing === "new" && (
        <SiteForm
          site={null}
          isSaving={create.isPending}
          onSubmit={(input) => save(input, null)}
          onCancel={() => setEditing(null)}
        />
      )}
      {sites.length === 0 && editing !== "new" && (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      )}
      <ul className="mt-4 space-y-4" data-testid="sites-list">
        {sites.map((site) => (
          <li key={site.id} className="rounded-md border border-slate-200 p-4">
            {editing === site.id ? (
              <SiteForm
                site={site}
                isSaving={update.isPending}
                onSubmit={(input) => save(input, site)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="space-y-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="font-medium text-slate-900">
                      {site.name} {site.archivedAt && <Badge tone="amber">{t("archived")}</Badge>}
                    </h3>
                    <p className="text-sm text-slate-700">
                      {tTypes(site.siteType)} · <CountryName code={site.country} />
                      {site.region ? ` · ${site.region}` : ""}
                      {site.latitude !== null && site.longitude !== null
                        ? ` · ${site.latitude}, ${site.longitude}`
                        : ""}
                    </p>
                    {site.address && <p className="text-sm text-slate-600">{site.address}</p>}
                  </div>
                  {canWrite && (
                    <div className="flex gap-2">
                      {!site.archivedAt && (
                        <Button variant="secondary" size="sm" onClick={() => setEditing(site.id)}>
                          {t("edit")}
                          <span className="sr-only"> {site.name}</span>
                        </Button>
                      )}
                      {site.archivedAt ? (
                        <Button
                          variant="secondary"
                          size="sm"
                          onClick={() => restore.mutate({ id: site.id })}
                        >
                          {t("restore")}
                          <span className="sr-only"> {site.name}</span>
                        </Button>
                      ) : (
                        <ConfirmDialog
                          trigger={
                            <Button variant="secondary" size="sm">
                              {t("archive")}
                              <span className="sr-only"> {site.name}</span>
                            </Button>
                          }
                          title={t("archiveTitle", { name: site.name })}
                          description={t("archiveDescription")}
                          confirmLabel={t("archiveConfirm")}
                          cancelLabel={t("cancel")}
                          onConfirm={() => archive.mutate({ id: site.id })}
                        />
                      )}
                    </div>
                  )}
                </div>
                <WorkforceProfile site={site} />
                {canReadRisk && <SiteRisk siteId={site.id} siteName={site.name} />}
              </div>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
};
