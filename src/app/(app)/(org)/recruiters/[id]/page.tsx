import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { RecruiterDetail } from "@/modules/recruiters/components/recruiter-detail";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

import { loadRecruiter } from "./load-recruiter";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { id } = await params;
  const detail = await loadRecruiter(id);
  return { title: `${detail.recruiter.name} — ${(await getTranslations("recruiters"))("title")}` };
};

const RecruiterPage = async ({ params }: Props) => {
  const { id } = await params;
  const [detail, me] = await Promise.all([
    loadRecruiter(id),
    serverCall((caller) => caller.identity.getMe()),
  ]);
  // Hand the loaded recruiter to the client's cache, so the page renders without a second fetch.
  getQueryClient().setQueryData(trpc.recruiters.getRecruiter.queryKey({ id }), detail);
  const canEdit = me.activeOrganization?.permissions.includes("recruiter:write") ?? false;
  return (
    <HydrateClient>
      <RecruiterDetail id={id} canEdit={canEdit} />
    </HydrateClient>
  );
};

export default RecruiterPage;
