import { useTranslations } from "next-intl";

import { cn } from "@/components/ui/cn";
import type { TRecruiterFlag } from "@/modules/recruiters/schemas";

/** A warning sign: the flag's meaning is always in its text too, never in the colour alone. */
export const WarningIcon = ({ className }: { className?: string }) => (
  <svg
    viewBox="0 0 16 16"
    aria-hidden="true"
    focusable="false"
    className={cn("h-3.5 w-3.5 shrink-0", className)}
  >
    <path
      fill="currentColor"
      d="M8 1.2a1 1 0 0 1 .87.5l6.6 11.6A1 1 0 0 1 14.6 15H1.4a1 1 0 0 1-.87-1.5L7.13 1.7A1 1 0 0 1 8 1.2Zm0 4.3a.8.8 0 0 0-.8.8v3.2a.8.8 0 0 0 1.6 0V6.3a.8.8 0 0 0-.8-.8Zm0 6.9a.9.9 0 1 0 0-1.8.9.9 0 0 0 0 1.8Z"
    />
  </svg>
);

/** Licence flags in red, fees in amber; each with the warning sign and its words. */
export const RecruiterFlagBadge = ({ flag }: { flag: TRecruiterFlag }) => {
  const t = useTranslations("supplyChain.graph.flags");
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold",
        flag === "fees_charged"
          ? "border-amber-700 bg-amber-50 text-amber-900"
          : "border-red-700 bg-red-50 text-red-800",
      )}
    >
      <WarningIcon />
      {t(flag)}
    </span>
  );
};

export const RecruiterFlagList = ({
  flags,
  limit,
  className,
}: {
  flags: readonly TRecruiterFlag[];
  /** Show at most this many, then "+n more". */
  limit?: number;
  className?: string;
}) => {
  const t = useTranslations("supplyChain.graph");
  if (flags.length === 0) {
    return <span className={cn("text-xs text-slate-700", className)}>{t("noFlags")}</span>;
  }
  const shown = limit === undefined ? flags : flags.slice(0, limit);
  const hidden = flags.length - shown.length;
  return (
    <ul className={cn("flex flex-wrap gap-1", className)}>
      {shown.map((flag) => (
        <li key={flag}>
          <RecruiterFlagBadge flag={flag} />
        </li>
      ))}
      {hidden > 0 && (
        <li className="self-center text-xs text-slate-700">{t("moreFlags", { count: hidden })}</li>
      )}
    </ul>
  );
};
