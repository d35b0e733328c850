import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { serverCall } from "@/trpc/server";

/** Whether the viewer may read the reference pages (risk:read) and manage them (reference:manage). */
export const referenceAccess = async () => {
  const me = await serverCall((caller) => caller.identity.getMe());
  const permissions = me.activeOrganization?.permissions ?? [];
  return {
    canRead: permissions.includes("risk:read"),
    canManage: permissions.includes("reference:manage"),
  };
};

export const NoReferenceAccess = async () => {
  const t = await getTranslations("reference.access");
  return (
    <Alert tone="warning" title={t("title")}>
      {t("body")}
    </Alert>
  );
};
