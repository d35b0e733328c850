import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import type { Permission } from "@/modules/identity/permissions";

/** Downloads come from a route handler, not a page: a plain link, never client-side navigation. */
const exportHref = (format: "csv" | "xlsx") => `/api/export/suppliers?format=${format}`;

/**
 * Title and actions of the suppliers list. Links that change or move data appear only for roles
 * that may use them (the pages and routes behind them check again).
 */
export const SuppliersHeader = async ({
  permissions,
  pendingDuplicates,
}: {
  permissions: Permission[];
  pendingDuplicates: number;
}) => {
  const t = await getTranslations("suppliers");
  const can = (permission: Permission) => permissions.includes(permission);
  return (
    <div className="mb-6 space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("list.title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("list.description")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can("supplier:write") && (
            <Button asChild>
              <Link href="/suppliers/new">{t("list.add")}</Link>
            </Button>
          )}
          {can("data:import") && (
            <Button asChild variant="secondary">
              <Link href="/imports/new?entity=suppliers">{t("list.import")}</Link>
            </Button>
          )}
          {can("data:export") && (
            <>
              <Button asChild variant="secondary">
                <a href={exportHref("csv")} download>
                  {t("list.exportCsv")}
                </a>
              </Button>
              <Button asChild variant="secondary">
                <a href={exportHref("xlsx")} download>
                  {t("list.exportXlsx")}
                </a>
              </Button>
            </>
          )}
          <Button asChild variant="secondary">
            <Link href="/suppliers/map">{t("list.map")}</Link>
          </Button>
        </div>
      </div>
      <p className="text-sm">
        <Link
          href="/suppliers/duplicates"
          className="font-medium text-teal-800 underline underline-offset-2"
          data-testid="pending-duplicates-link"
        >
          {t("list.pendingDuplicates", { count: pendingDuplicates })}
        </Link>
      </p>
    </div>
  );
};
