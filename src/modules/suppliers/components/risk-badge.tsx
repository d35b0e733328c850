"use client";

import { useTranslations } from "next-intl";

import { RiskBandBadge, type RiskBandLevel } from "@/components/ui/risk-band-badge";

/**
 * A supplier's or site's current residual risk in words: "High · 62"; "Not yet scored" when
 * the risk engine has not scored it (never shown as low).
 */
export const RiskBadge = ({
  band,
  score,
  className,
}: {
  band: RiskBandLevel | null;
  score: number | null;
  className?: string;
}) => {
  const t = useTranslations("riskPanel");
  return (
    <RiskBandBadge band={band} className={className}>
      {band === null
        ? t("bands.none")
        : score === null
          ? t(`bands.${band}`)
          : t("bandScore", { band: t(`bands.${band}`), score })}
    </RiskBandBadge>
  );
};
