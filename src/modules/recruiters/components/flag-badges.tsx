"use client";

import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";

import { isLicenceFlag } from "../flags";
import type { TRecruiterFlag } from "../schemas";

/**
 * Risk signs as badges with words (never colour alone): red for licence problems, amber for
 * fees charged to workers. Renders nothing when there is no flag, unless `showNone`.
 */
export const FlagBadges = ({
  flags,
  showNone = false,
}: {
  flags: readonly TRecruiterFlag[];
  showNone?: boolean;
}) => {
  const t = useTranslations("recruiters.flags");
  if (flags.length === 0) {
    return showNone ? <span className="text-sm text-slate-600">{t("none")}</span> : null;
  }
  return (
    <ul className="flex flex-wrap gap-1" aria-label={t("label")}>
      {flags.map((flag) => (
        <li key={flag}>
          <Badge tone={isLicenceFlag(flag) ? "red" : "amber"}>
            <span aria-hidden="true" className="mr-1">
              ⚠
            </span>
            {t(flag)}
          </Badge>
        </li>
      ))}
    </ul>
  );
};

/** Why each raised sign matters, and the reminder that signs are not proof (DOMAIN.md §2, §4). */
export const FlagExplanations = ({ flags }: { flags: readonly TRecruiterFlag[] }) => {
  const t = useTranslations("recruiters");
  if (flags.length === 0) return null;
  return (
    <Alert tone="warning" title={t("flagExplanations.title")}>
      <p>{t("flagExplanations.intro")}</p>
      <dl className="mt-2 space-y-2">
        {flags.map((flag) => (
          <div key={flag}>
            <dt className="font-semibold">{t(`flags.${flag}`)}</dt>
            <dd>{t(`flagExplanations.${flag}`)}</dd>
          </div>
        ))}
      </dl>
    </Alert>
  );
};
