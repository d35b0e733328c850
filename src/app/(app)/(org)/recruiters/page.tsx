import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";

import { Alert } from "@/components/ui/alert";
import { findInputFromParams } from "@/modules/recruiters/components/list-params";
import { RecruiterList } from "@/modules/recruiters/components/recruiter-list";
import { firstParam, type SearchParams } from "@/app/search-params";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("recruiters"))("title"),
});

const RecruitersPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const params = await searchParams;
  const me = await serverCall((caller) => caller.identity.getMe());
  const permissions = me.activeOrganization?.permissions ?? [];
  if (!permissions.includes("recruiter:read")) {
    const tErrors = await getTranslations("errors.auth");
    return <Alert tone="warning">{tErrors("permissionDenied")}</Alert>;
  }
  // The list reads the same parameters in the browser, so this prefetch is the query it asks for.
  const input = findInputFromParams((name) => firstParam(params[name]));
  await getQueryClient().prefetchQuery(trpc.recruiters.findRecruiters.queryOptions(input));
  return (
    <HydrateClient>
      <Suspense>
        <RecruiterList canEdit={permissions.includes("recruiter:write")} />
      </Suspense>
    </HydrateClient>
  );
};

export default RecruitersPage;
