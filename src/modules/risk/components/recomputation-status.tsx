"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import {
  ZRecomputationReasonSchema,
  type TRecomputation,
  type TRecomputationStatus,
} from "../schemas";

/** How often the page asks for progress while a run is waiting or running. */
const POLL_MS = 1000;

const isActive = (status: TRecomputationStatus | undefined): boolean =>
  status === "queued" || status === "running";

const STATUS_TONES = {
  queued: "neutral",
  running: "amber",
  completed: "teal",
  failed: "red",
} as const;

/**
 * The organisation's current recomputation (risk.getRecomputation), polled while it waits or
 * runs, with its progress and a "Recompute now" button for members with risk:configure. When a
 * run ends, what depends on the scores (the band summary, open risk panels) is refetched.
 */
export const RecomputationStatus = ({ canConfigure }: { canConfigure: boolean }) => {
  const t = useTranslations("risk.settings.recompute");
  const tRecomputation = useTranslations("risk.recomputation");
  const tErrors = useTranslations("errors.code");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(
    trpc.risk.getRecomputation.queryOptions(
      {},
      { refetchInterval: (current) => (isActive(current.state.data?.status) ? POLL_MS : false) },
    ),
  );
  const request = useMutation(
    trpc.risk.requestRecomputation.mutationOptions({
      onSuccess: (run) => queryClient.setQueryData(trpc.risk.getRecomputation.queryKey({}), run),
    }),
  );
  const run: TRecomputation | null | undefined = query.data;

  // A run that was active and is no longer: the scores changed, so what shows them is stale.
  const previous = useRef<{ id: string; status: TRecomputationStatus } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = run ? { id: run.id, status: run.status } : null;
    if (!run || !before || before.id !== run.id) return;
    if (isActive(before.status) && !isActive(run.status)) {
      void queryClient.invalidateQueries({ queryKey: trpc.risk.getRiskSummary.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.risk.getSupplierRisk.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.risk.getSiteRisk.pathKey() });
    }
  }, [run, queryClient, trpc]);

  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const reasonWord = (reason: string) => {
    const parsed = ZRecomputationReasonSchema.safeParse(reason);
    return parsed.success ? tRecomputation(`reasons.${parsed.data}`) : reason;
  };
  const isRunning = isActive(run?.status);

  return (
    <Card aria-labelledby="risk-recompute-heading" data-testid="risk-recomputation">
      <div className="mb-4">
        <h2 id="risk-recompute-heading" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      </div>
      <div className="space-y-3" aria-live="polite" data-status={run?.status ?? "none"}>
        {run === null && <p className="text-sm text-slate-700">{t("none")}</p>}
        {run && (
          <>
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
              <Badge tone={STATUS_TONES[run.status]}>
                {t("status", { status: tRecomputation(`statuses.${run.status}`) })}
              </Badge>
              <span>{t("reason", { reason: reasonWord(run.reason) })}</span>
            </p>
            <div className="space-y-1">
              <progress
                className="h-2 w-full accent-teal-700"
                max={Math.max(run.subjectsTotal, 1)}
                value={
                  run.status === "completed" ? Math.max(run.subjectsTotal, 1) : run.subjectsDone
                }
                aria-label={t("progressLabel")}
              />
              <p className="text-sm text-slate-700" data-testid="risk-recomputation-progress">
                {t("progress", { done: run.subjectsDone, total: run.subjectsTotal })}
                {run.status === "completed" && <> · {t("changed", { changed: run.changed })}</>}
              </p>
            </div>
            <p className="text-xs text-slate-600">
              {t("startedAt", { at: when(run.startedAt) })}
              {run.finishedAt && <> · {t("finishedAt", { at: when(run.finishedAt) })}</>}
            </p>
            {run.status === "failed" && run.errorMessage && (
              <Alert tone="error">{run.errorMessage}</Alert>
            )}
          </>
        )}
      </div>
      {query.isError && (
        <Alert tone="error" className="mt-3">
          {appErrorOf(query.error)?.userMessage ?? tErrors("INTERNAL")}
        </Alert>
      )}
      {request.isError && (
        <Alert tone="error" className="mt-3">
          {appErrorOf(request.error)?.userMessage ?? tErrors("INTERNAL")}
        </Alert>
      )}
      {canConfigure && (
        <Button
          className="mt-4"
          onClick={() => request.mutate()}
          disabled={request.isPending || isRunning}
        >
          {request.isPending ? t("requesting") : t("button")}
        </Button>
      )}
    </Card>
  );
};
