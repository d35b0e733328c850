"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { TSector } from "@/modules/reference/sectors";
import { useTRPC } from "@/trpc/react";

import type { TSaveRiskSettingsResponse } from "../procedures/settings.schema";
import type { TRecomputation } from "../schemas";
import { CountryOverrides } from "./country-overrides";
import { RecomputationStatus } from "./recomputation-status";
import { RiskHonesty } from "./risk-honesty";
import { RiskSummaryCard } from "./risk-summary-card";
import { RiskWeightsForm } from "./risk-weights-form";

const MODEL_PARAGRAPHS = ["sum", "unknowns", "sites", "residual", "recompute"] as const;

/**
 * The risk model page: what a score is (signs, not proof; unknowns add points), how it is
 * computed, the suppliers per band, the current recomputation, the organisation's weights and
 * band thresholds, and its country overrides. Everyone with risk:read sees it; only members with
 * risk:configure change it.
 */
export const RiskSettingsView = ({
  canConfigure,
  sectors,
}: {
  canConfigure: boolean;
  sectors: readonly TSector[];
}) => {
  const t = useTranslations("risk.settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: settings } = useSuspenseQuery(trpc.risk.getRiskSettings.queryOptions());
  const [notice, setNotice] = useState<string | null>(null);

  const showRecomputation = (run: TRecomputation | null) => {
    if (run) queryClient.setQueryData(trpc.risk.getRecomputation.queryKey({}), run);
  };
  const handleSaved = (result: TSaveRiskSettingsResponse, kind: "saved" | "reset") => {
    queryClient.setQueryData(trpc.risk.getRiskSettings.queryKey(), result.settings);
    showRecomputation(result.recomputation);
    setNotice(
      result.recomputation === null
        ? t("savedNoChange")
        : kind === "reset"
          ? t("resetDone")
          : t("saved"),
    );
  };

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("description")}</p>
      </div>
      {!canConfigure && <Alert tone="info">{t("readOnly")}</Alert>}
      <RiskHonesty weights={settings.weights} />
      <Card aria-labelledby="risk-model-heading">
        <h2 id="risk-model-heading" className="text-lg font-semibold text-slate-900">
          {t("modelTitle")}
        </h2>
        <div className="mt-2 space-y-2 text-sm text-slate-800">
          {MODEL_PARAGRAPHS.map((paragraph) => (
            <p key={paragraph}>{t(`model.${paragraph}`)}</p>
          ))}
        </div>
      </Card>
      <div className="grid gap-8 lg:grid-cols-2">
        <RiskSummaryCard />
        <RecomputationStatus canConfigure={canConfigure} />
      </div>
      <div aria-live="polite">{notice && <Alert tone="success">{notice}</Alert>}</div>
      <RiskWeightsForm
        // A new version (saved here, restored, or loaded after a conflict) starts a fresh form.
        key={settings.version}
        settings={settings}
        sectors={sectors}
        canConfigure={canConfigure}
        onSaved={handleSaved}
      />
      <CountryOverrides canConfigure={canConfigure} onRecomputation={showRecomputation} />
    </div>
  );
};
