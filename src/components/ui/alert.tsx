import type { ReactNode } from "react";

import { cn } from "./cn";

const TONES = {
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-900",
} as const;

export const Alert = ({
  tone = "info",
  title,
  children,
  className,
}: {
  tone?: keyof typeof TONES;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) => (
  <div
    role={tone === "error" ? "alert" : "status"}
    className={cn("rounded-md border px-4 py-3 text-sm", TONES[tone], className)}
  >
    {title && <p className="font-semibold">{title}</p>}
    {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
  </div>
);
