import type { ReactNode } from "react";

import { cn } from "./cn";

const TONES = {
  neutral: "bg-slate-100 text-slate-800",
  teal: "bg-teal-100 text-teal-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
} as const;

export const Badge = ({
  tone = "neutral",
  children,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
}) => (
  <span
    className={cn("inline-flex items-center rounded px-2 py-0.5 text-xs font-medium", TONES[tone])}
  >
    {children}
  </span>
);
