"use client";

import { useFormatter, useTranslations } from "next-intl";

import { Card } from "@/components/ui/card";

import type { TRiskWeights } from "../schemas";
import { bareSupplierUnknownPoints, unknownPoints } from "./weights-form";

/**
 * What a score is and is not: indicators are signs, not proof; a missing input is not low risk
 * and adds points, stated with the organisation's current weights.
 */
export const RiskHonesty = ({ weights }: { weights: TRiskWeights }) => {
  const t = useTranslations("risk");
  const format = useFormatter();
  const items = unknownPoints(weights).map((unknown) =>
    t("settings.honesty.item", {
      label: t(`factors.${unknown.code}.label`),
      points: unknown.points,
    }),
  );
  return (
    <Card
      aria-labelledby="risk-honesty-heading"
      className="border-l-4 border-l-slate-500"
      data-testid="risk-honesty"
    >
      <h2 id="risk-honesty-heading" className="text-lg font-semibold text-slate-900">
        {t("settings.honesty.title")}
      </h2>
      <div className="mt-2 space-y-2 text-sm text-slate-800">
        <p>{t("signsNotProof")}</p>
        <p>{t("settings.honesty.unknowns", { items: format.list(items) })}</p>
        <p>{t("settings.honesty.bareSupplier", { points: bareSupplierUnknownPoints(weights) })}</p>
      </div>
    </Card>
  );
};
