import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { serverCall } from "@/trpc/server";

/** The viewer's import and export permissions, and the message for those without import. */
export const importAccess = async () => {
  const me = await serverCall((caller) => caller.identity.getMe());
  const permissions = me.activeOrganization?.permissions ?? [];
  return {
    canImport: permissions.includes("data:import"),
    canExport: permissions.includes("data:export"),
  };
};

export const NoImportAccess = async () => {
  const t = await getTranslations("imports.page");
  return (
    <Alert tone="warning" title={t("forbiddenTitle")}>
      {t("forbidden")}
    </Alert>
  );
};
