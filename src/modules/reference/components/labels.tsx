"use client";

import { useFormatter, useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";

import { INDICATOR_GROUPS, type TIndicatorStrength, type TTipTier } from "../schemas";

const STRENGTH_TONES = { strong: "red", medium: "amber", weak: "neutral" } as const;

/** An indicator's strength in words (the colour only repeats them). */
export const StrengthBadge = ({ strength }: { strength: TIndicatorStrength | null }) => {
  const t = useTranslations("reference.strength");
  if (strength === null) return <span className="text-slate-600">{t("none")}</span>;
  return (
    <span data-strength={strength}>
      <Badge tone={STRENGTH_TONES[strength]}>{t(strength)}</Badge>
    </span>
  );
};

export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

export const isIndicatorGroup = (value: number | null): value is IndicatorGroup =>
  INDICATOR_GROUPS.some((group) => group === value);

/** "Group 1 · Deceptive recruitment". */
export const GroupLabel = ({ group }: { group: number | null }) => {
  const t = useTranslations("reference.groups");
  if (!isIndicatorGroup(group)) return null;
  return <>{t("label", { number: group, title: t(`titles.${group}`) })}</>;
};

const TIER_TONES: Record<TTipTier, "neutral" | "teal" | "amber" | "red"> = {
  tier_1: "teal",
  tier_2: "neutral",
  tier_1_or_2: "neutral",
  tier_2_watch_list: "amber",
  tier_3: "red",
  special_case: "amber",
};

export const TipTierBadge = ({ tier }: { tier: TTipTier | null }) => {
  const t = useTranslations("reference.tiers");
  if (tier === null) return <span className="text-slate-600">{t("unknown")}</span>;
  return (
    <span data-tier={tier}>
      <Badge tone={TIER_TONES[tier]}>{t(tier)}</Badge>
    </span>
  );
};

/** A DATE column (UTC midnight) as the reader expects it, without shifting the day. */
export const DateOnly = ({ value }: { value: Date }) => {
  const format = useFormatter();
  return <>{format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" })}</>;
};

export const DateTime = ({ value }: { value: Date }) => {
  const format = useFormatter();
  return <>{format.dateTime(value, { dateStyle: "medium", timeStyle: "short" })}</>;
};
