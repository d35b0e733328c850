"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";

/** Previous / next paging with the position announced to screen readers. */
export const Pager = ({
  page,
  pageSize,
  total,
  onPage,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}) => {
  const t = useTranslations("imports.pager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3 text-sm">
      <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("previous")}
      </Button>
      <p aria-live="polite" className="text-slate-700">
        {t("position", { page, pages, total })}
      </p>
      <Button
        variant="secondary"
        size="sm"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t("next")}
      </Button>
    </nav>
  );
};
