import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { OrganizationSettings } from "@/modules/identity/components/organization-settings";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("settings"))("title"),
});

const SettingsPage = async () => {
  const t = await getTranslations("settings");
  const [me] = await Promise.all([
    serverCall((caller) => caller.identity.getMe()),
    getQueryClient().prefetchQuery(trpc.identity.getOrganization.queryOptions()),
  ]);
  const canEdit = me.activeOrganization?.permissions.includes("organization:update") ?? false;
  return (
    <HydrateClient>
      <h1 className="sr-only">{t("title")}</h1>
      <OrganizationSettings canEdit={canEdit} />
    </HydrateClient>
  );
};

export default SettingsPage;
