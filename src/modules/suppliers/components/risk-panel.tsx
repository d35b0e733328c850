"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { TBandThresholds, TSubjectRisk } from "@/modules/risk/schemas";
import { useTRPC } from "@/trpc/react";

import { RiskBadge } from "./risk-badge";
import { RiskExplanation } from "./risk-explanation";
import { RiskHistory } from "./risk-history";

/**
 * The supplier's risk, shown from plain DTOs: the explanation of the current score, then its
 * history (chart, table, CSV). Testable without a server.
 */
export const RiskPanelContent = ({
  risk,
  name,
  thresholds,
}: {
  risk: TSubjectRisk;
  name: string;
  thresholds: TBandThresholds | null;
}) => (
  <div className="space-y-8">
    <RiskExplanation current={risk.current} subject="supplier" />
    {risk.current !== null && (
      <RiskHistory history={risk.history} thresholds={thresholds} name={name} />
    )}
  </div>
);

/**
 * The risk panel of a supplier's page (risk.getSupplierRisk, prefetched by the page): the
 * current residual and inherent scores and bands in words, every factor with its points, reason,
 * source and edition, the unknown inputs, the score over time, and the reminder that risk
 * factors and indicators are signs, not proof.
 */
export const RiskPanel = ({ supplierId, name }: { supplierId: string; name: string }) => {
  const t = useTranslations("riskPanel");
  const trpc = useTRPC();
  const query = useQuery(trpc.risk.getSupplierRisk.queryOptions({ supplierId }));
  // The organisation's band thresholds, drawn on the history chart (none while unknown).
  const settings = useQuery(trpc.risk.getRiskSettings.queryOptions());
  const thresholds = settings.data?.bandThresholds ?? null;
  const current = query.data?.current;

  return (
    <Card aria-labelledby="risk-heading" data-testid="risk-panel">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="risk-heading" className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
        </div>
        {query.data && (
          <RiskBadge
            band={current?.residualBand ?? null}
            score={current?.residualScore ?? null}
            className="text-sm"
          />
        )}
      </div>
      <p
        className="mb-6 rounded-md border-l-4 border-slate-400 bg-slate-50 px-4 py-3 text-sm text-slate-800"
        data-testid="risk-signs-not-proof"
      >
        {t("signsNotProof")}
      </p>
      {query.isError ? (
        <Alert tone="error">{t("loadFailed")}</Alert>
      ) : query.data ? (
        <RiskPanelContent risk={query.data} name={name} thresholds={thresholds} />
      ) : (
        <p className="text-sm text-slate-700" aria-live="polite">
          {t("loading")}
        </p>
      )}
    </Card>
  );
};
