"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { ImportDetail } from "../schemas";
import { MappingStep } from "./mapping-step";
import { ImportPreview, RowReport } from "./row-report";
import { ImportStatusBadge } from "./status-badge";

/**
 * One import, step by step: mapping → preview and validation report (with fixes) → confirm →
 * progress → result. Polls while the import runs, so leaving and coming back shows where it is.
 */
export const ImportWorkspace = ({ id }: { id: string }) => {
  const t = useTranslations("imports");
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: detail } = useSuspenseQuery({
    ...trpc.imports.getImport.queryOptions({ id }),
    // While the import runs, and after a failed poll (the server may be busy), ask again.
    refetchInterval: (query) =>
      query.state.data?.status === "importing" ? 1_000 : query.state.error ? 3_000 : false,
  });
  const isEditable = ["uploaded", "validated", "failed"].includes(detail.status);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link href="/imports" className="text-teal-800 underline">
            {t("workspace.back")}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold break-all text-slate-900">{detail.fileName}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <ImportStatusBadge status={detail.status} />
          <span>{t(`entities.${detail.entityType}`)}</span>
          <span>{t("workspace.rows", { count: detail.rowCount })}</span>
          <span>
            {t("workspace.uploaded", {
              date: format.dateTime(detail.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              name: detail.createdByName ?? "—",
            })}
          </span>
        </div>
      </div>

      {detail.status === "failed" && detail.errorMessage && (
        <Alert tone="error" title={t("workspace.failedTitle")}>
          {detail.errorMessage}
        </Alert>
      )}
      {detail.status === "cancelled" && <Alert tone="info">{t("workspace.cancelled")}</Alert>}
      {detail.status === "importing" && <ImportProgress detail={detail} />}
      {detail.status === "completed" && <ImportResultPanel detail={detail} />}

      {isEditable && <MappingStep key={JSON.stringify(detail.mapping)} detail={detail} />}
      {isEditable && detail.isMapped && (
        <>
          <ImportPreview detail={detail} />
          <RowReport detail={detail} />
          <ConfirmPanel detail={detail} />
        </>
      )}
    </div>
  );
};

const ConfirmPanel = ({ detail }: { detail: ImportDetail }) => {
  const t = useTranslations("imports.confirm");
  const tEntities = useTranslations("imports.entitySingular");
  const tErrors = useTranslations("errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const confirm = useMutation(trpc.imports.confirmImport.mutationOptions());
  const cancel = useMutation(trpc.imports.cancelImport.mutationOptions());
  const refresh = () =>
    queryClient.invalidateQueries(trpc.imports.getImport.queryFilter({ id: detail.id }));
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await refresh();
    } catch (caught) {
      setError(appErrorOf(caught)?.userMessage ?? tErrors("code.INTERNAL"));
    }
  };
  const isBlocked = detail.invalidRowCount > 0 || detail.validRowCount === 0;
  return (
    <Card aria-labelledby="confirm-title">
      <CardHeader
        title={<span id="confirm-title">{t("title")}</span>}
        description={t("description")}
      />
      {error && (
        <Alert tone="error" className="mb-4">
          {error}
        </Alert>
      )}
      {detail.invalidRowCount > 0 && (
        <p className="mb-4 text-sm text-slate-700">
          {t("blocked", { count: detail.invalidRowCount })}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button
          disabled={isBlocked || confirm.isPending}
          onClick={() =>
            run(async () => {
              await confirm.mutateAsync({ id: detail.id });
              // The import has started: follow it from now on, even if a refresh fails.
              queryClient.setQueryData(
                trpc.imports.getImport.queryKey({ id: detail.id }),
                (current): ImportDetail | undefined =>
                  current ? { ...current, status: "importing", processedRows: 0 } : current,
              );
            })
          }
        >
          {t("submit", {
            count: detail.validRowCount,
            entity: tEntities(detail.entityType),
          })}
        </Button>
        <Button
          variant="secondary"
          disabled={cancel.isPending}
          onClick={() => run(() => cancel.mutateAsync({ id: detail.id }))}
        >
          {t("cancel")}
        </Button>
      </div>
    </Card>
  );
};

const ImportProgress = ({ detail }: { detail: ImportDetail }) => {
  const t = useTranslations("imports.progress");
  const format = useFormatter();
  const total = Math.max(detail.rowCount, 1);
  const percent = Math.min(100, Math.round((detail.processedRows / total) * 100));
  return (
    <Card aria-labelledby="progress-title">
      <CardHeader
        title={<span id="progress-title">{t("title")}</span>}
        description={t("description")}
      />
      <div
        role="progressbar"
        aria-labelledby="progress-title"
        aria-valuemin={0}
        aria-valuemax={detail.rowCount}
        aria-valuenow={detail.processedRows}
        aria-valuetext={t("status", {
          done: format.number(detail.processedRows),
          total: format.number(detail.rowCount),
        })}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-teal-700 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-2 text-sm text-slate-700" aria-live="polite">
        {t("status", {
          done: format.number(detail.processedRows),
          total: format.number(detail.rowCount),
        })}
      </p>
    </Card>
  );
};

const RECORD_PATHS = {
  suppliers: "/suppliers",
  sites: "/suppliers",
  recruiters: "/recruiters",
} as const;

const ImportResultPanel = ({ detail }: { detail: ImportDetail }) => {
  const t = useTranslations("imports.result");
  const result = detail.result;
  if (!result) return null;
  const listPath = RECORD_PATHS[detail.entityType];
  return (
    <Card aria-labelledby="result-title">
      <CardHeader
        title={<span id="result-title">{t("title")}</span>}
        description={t("description", {
          seconds: Math.max(1, Math.round(result.durationMs / 1000)),
        })}
      />
      <dl className="grid gap-4 sm:grid-cols-3" data-testid="import-result">
        <div>
          <dt className="text-sm text-slate-700">{t(`created.${detail.entityType}`)}</dt>
          <dd className="text-2xl font-semibold text-slate-900">{result.created}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("merged")}</dt>
          <dd className="text-2xl font-semibold text-slate-900">{result.merged}</dd>
        </div>
        {detail.entityType === "suppliers" ? (
          <div>
            <dt className="text-sm text-slate-700">{t("queued")}</dt>
            <dd className="text-2xl font-semibold text-slate-900">{result.queuedAsDuplicates}</dd>
          </div>
        ) : detail.entityType === "recruiters" ? (
          <div>
            <dt className="text-sm text-slate-700">{t("licencesAndCorridors")}</dt>
            <dd className="text-2xl font-semibold text-slate-900">
              {t("licencesAndCorridorsValue", {
                licences: result.licencesAdded,
                corridors: result.corridorsAdded,
              })}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button asChild>
          <Link href={listPath}>{t(`open.${detail.entityType}`)}</Link>
        </Button>
        {detail.entityType === "suppliers" && result.queuedAsDuplicates > 0 && (
          <Button asChild variant="secondary">
            <Link href="/suppliers/duplicates">{t("reviewDuplicates")}</Link>
          </Button>
        )}
      </div>
      {result.mergedInto.length > 0 && detail.entityType !== "sites" && (
        <div className="mt-6">
          <h3 className="text-sm font-semibold text-slate-900">{t("mergedInto")}</h3>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {result.mergedInto.map((record) => (
              <li key={record.id}>
                <Link href={`${listPath}/${record.id}`} className="text-teal-800 underline">
                  {record.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
};
