"use client";

import { useLocale, useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import { countryName } from "@/modules/reference/countries";
import { formatMoney } from "@/modules/reference/currencies";

import type { TSupplierStatus } from "../schemas";

const STATUS_TONES = {
  onboarding: "amber",
  active: "teal",
  suspended: "red",
  exited: "neutral",
} as const;

export const StatusBadge = ({ status }: { status: TSupplierStatus }) => {
  const t = useTranslations("suppliers.status");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
};

/** "Tier 2", or "Not connected to a direct supplier" when no chain reaches it. */
export const TierLabel = ({ tier, short = false }: { tier: number | null; short?: boolean }) => {
  const t = useTranslations("suppliers.tier");
  if (tier === null)
    return <span className="text-slate-600">{t(short ? "noneShort" : "none")}</span>;
  return <span>{t("label", { tier })}</span>;
};

export const CountryName = ({ code }: { code: string }) => {
  const locale = useLocale();
  return <>{countryName(code, locale)}</>;
};

export const Money = ({ amount, currency }: { amount: string | null; currency: string | null }) => {
  const t = useTranslations("suppliers.common");
  const locale = useLocale();
  if (amount === null || currency === null)
    return <span className="text-slate-600">{t("unknown")}</span>;
  return <>{formatMoney(amount, currency, locale)}</>;
};

/** Null is unknown, never 0. */
export const Unknown = () => {
  const t = useTranslations("suppliers.common");
  return <span className="text-slate-600">{t("unknown")}</span>;
};
