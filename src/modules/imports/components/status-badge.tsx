"use client";

import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";

import type { ImportStatus } from "../schemas";

const TONES = {
  uploaded: "amber",
  validated: "teal",
  importing: "teal",
  completed: "neutral",
  failed: "red",
  cancelled: "neutral",
} as const satisfies Record<ImportStatus, "amber" | "teal" | "red" | "neutral">;

export const ImportStatusBadge = ({ status }: { status: ImportStatus }) => {
  const t = useTranslations("imports.statuses");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
};
