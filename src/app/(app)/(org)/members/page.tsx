import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { env } from "@/env";
import { MembersManager } from "@/modules/identity/components/members-manager";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("members"))("title"),
});

const MembersPage = async () => {
  const t = await getTranslations("members");
  const [me] = await Promise.all([
    serverCall((caller) => caller.identity.getMe()),
    getQueryClient().prefetchQuery(trpc.identity.listMembers.queryOptions()),
  ]);
  if (!me.activeOrganization) redirect("/organizations");
  const { role, permissions } = me.activeOrganization;
  if (permissions.includes("member:invite")) {
    await getQueryClient().prefetchQuery(trpc.identity.listInvitations.queryOptions());
  }
  return (
    <HydrateClient>
      <h1 className="sr-only">{t("title")}</h1>
      <MembersManager
        viewer={{ userId: me.user.id, role, permissions }}
        invitationTtlHours={env.INVITATION_TTL_HOURS}
      />
    </HydrateClient>
  );
};

export default MembersPage;
