"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TBandThresholds, TSubjectRisk } from "@/modules/risk/schemas";
import { useTRPC } from "@/trpc/react";

import { RiskBadge } from "./risk-badge";
import { RiskExplanation } from "./risk-explanation";
import { RiskHistory } from "./risk-history";

/**
 * A site's own risk, shown from a plain DTO: its band and, on request, its explanation and the
 * history of its score (chart and table).
 */
export const SiteRiskContent = ({
  risk,
  siteName,
  thresholds,
  isOpen,
  onToggle,
}: {
  risk: TSubjectRisk;
  siteName: string;
  thresholds: TBandThresholds | null;
  isOpen: boolean;
  onToggle: () => void;
}) => {
  const t = useTranslations("riskPanel");
  const regionId = useId();
  const current = risk.current;
  return (
    <div className="space-y-3" data-testid="site-risk">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-xs text-slate-600">{t("siteRiskLabel")}</span>
        <RiskBadge band={current?.residualBand ?? null} score={current?.residualScore ?? null} />
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={isOpen}
          aria-controls={regionId}
          onClick={onToggle}
        >
          {isOpen ? t("hideSiteRisk") : t("showSiteRisk")}
          <span className="sr-only"> ({siteName})</span>
        </Button>
      </div>
      {isOpen && (
        <section
          id={regionId}
          aria-label={t("siteRiskOf", { name: siteName })}
          className="space-y-4 rounded-md bg-slate-50 p-4"
        >
          <RiskExplanation current={current} subject="site" headingLevel={4} />
          {current !== null && (
            <RiskHistory
              history={risk.history}
              thresholds={thresholds}
              name={siteName}
              headingLevel={4}
            />
          )}
        </section>
      )}
    </div>
  );
};

/** The risk line of a site row (risk.getSiteRisk): its own band, and its explanation on demand. */
export const SiteRisk = ({ siteId, siteName }: { siteId: string; siteName: string }) => {
  const t = useTranslations("riskPanel");
  const trpc = useTRPC();
  const [isOpen, setIsOpen] = useState(false);
  const query = useQuery(trpc.risk.getSiteRisk.queryOptions({ siteId }));
  const settings = useQuery(trpc.risk.getRiskSettings.queryOptions());
  if (query.isError) return <Alert tone="error">{t("loadFailed")}</Alert>;
  if (!query.data) return <p className="text-xs text-slate-600">{t("loading")}</p>;
  return (
    <SiteRiskContent
      risk={query.data}
      siteName={siteName}
      thresholds={settings.data?.bandThresholds ?? null}
      isOpen={isOpen}
      onToggle={() => setIsOpen((open) => !open)}
    />
  );
};
