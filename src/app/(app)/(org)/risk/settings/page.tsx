import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { RiskSettingsView } from "@/modules/risk/components/risk-settings-view";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("risk.settings"))("title"),
});

const RiskSettingsPage = async () => {
  const me = await serverCall((caller) => caller.identity.getMe());
  const permissions = me.activeOrganization?.permissions ?? [];
  if (!permissions.includes("risk:read")) {
    const tErrors = await getTranslations("errors.auth");
    return <Alert tone="warning">{tErrors("permissionDenied")}</Alert>;
  }
  const queryClient = getQueryClient();
  const [sectors] = await Promise.all([
    serverCall((caller) => caller.reference.listSectors()),
    queryClient.prefetchQuery(trpc.risk.getRiskSettings.queryOptions()),
    queryClient.prefetchQuery(trpc.risk.listCountryOverrides.queryOptions()),
    queryClient.prefetchQuery(trpc.risk.getRecomputation.queryOptions({})),
    queryClient.prefetchQuery(trpc.risk.getRiskSummary.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <RiskSettingsView canConfigure={permissions.includes("risk:configure")} sectors={sectors} />
    </HydrateClient>
  );
};

export default RiskSettingsPage;
