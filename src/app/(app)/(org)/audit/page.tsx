import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { AuditLog } from "@/modules/platform/components/audit-log";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("audit"))("title"),
});

const AuditPage = async () => {
  const t = await getTranslations("audit");
  const me = await serverCall((caller) => caller.identity.getMe());
  if (!me.activeOrganization?.permissions.includes("audit:read")) {
    const tErrors = await getTranslations("errors.auth");
    return <Alert tone="warning">{tErrors("permissionDenied")}</Alert>;
  }
  const [members] = await Promise.all([
    serverCall((caller) => caller.identity.listMembers()),
    getQueryClient().prefetchInfiniteQuery(
      trpc.platform.listAuditEvents.infiniteQueryOptions(
        { limit: 50 },
        { getNextPageParam: (page) => page.nextCursor ?? undefined },
      ),
    ),
  ]);
  return (
    <HydrateClient>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("description")}</p>
      </div>
      <AuditLog people={members.map(({ userId, name }) => ({ userId, name }))} />
    </HydrateClient>
  );
};

export default AuditPage;
