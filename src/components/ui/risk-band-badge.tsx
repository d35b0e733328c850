import type { ReactNode } from "react";

import { cn } from "./cn";

/** The four risk bands, least to most serious. */
export type RiskBandLevel = "low" | "medium" | "high" | "critical";

const LEVELS: Record<RiskBandLevel, number> = { low: 1, medium: 2, high: 3, critical: 4 };

const TONES: Record<RiskBandLevel, string> = {
  low: "border-emerald-400 bg-emerald-50 text-emerald-900",
  medium: "border-amber-400 bg-amber-50 text-amber-900",
  high: "border-orange-500 bg-orange-100 text-orange-950",
  critical: "border-red-800 bg-red-700 text-white",
};

/** Four bars, as many filled as the band's level: the order reads without colour. */
const LevelBars = ({ level }: { level: number }) => (
  <svg aria-hidden="true" viewBox="0 0 16 12" className="h-3 w-4 shrink-0" focusable="false">
    {[0, 1, 2, 3].map((index) => (
      <rect
        key={index}
        x={index * 4}
        y={9 - index * 3}
        width={3}
        height={3 + index * 3}
        rx={0.5}
        fill="currentColor"
        fillOpacity={index < level ? 1 : 0.25}
      />
    ))}
  </svg>
);

/**
 * A risk band in words (the caller passes the translated text, e.g. "High risk · 62"), with a
 * colour and a four-bar level glyph so that the band never relies on colour alone. `band` null
 * is a subject that has no score yet: a dashed, neutral badge, never the look of "low".
 */
export const RiskBandBadge = ({
  band,
  children,
  className,
}: {
  band: RiskBandLevel | null;
  children: ReactNode;
  className?: string;
}) => (
  <span
    className={cn(
      "inline-flex items-center gap-1.5 rounded border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
      band === null ? "border-dashed border-slate-400 bg-white text-slate-700" : TONES[band],
      className,
    )}
    data-band={band ?? "none"}
  >
    {band !== null && <LevelBars level={LEVELS[band]} />}
    {children}
  </span>
);
