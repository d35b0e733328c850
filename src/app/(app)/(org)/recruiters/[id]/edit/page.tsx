import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { RecruiterForm } from "@/modules/recruiters/components/recruiter-form";
import { serverCall } from "@/trpc/server";

import { loadRecruiter } from "../load-recruiter";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { id } = await params;
  const detail = await loadRecruiter(id);
  return {
    title: (await getTranslations("recruiters.form"))("editTitle", {
      name: detail.recruiter.name,
    }),
  };
};

const EditRecruiterPage = async ({ params }: Props) => {
  const { id } = await params;
  const t = await getTranslations("recruiters.form");
  const [detail, me] = await Promise.all([
    loadRecruiter(id),
    serverCall((caller) => caller.identity.getMe()),
  ]);
  if (!me.activeOrganization?.permissions.includes("recruiter:write")) {
    const tErrors = await getTranslations("errors.auth");
    return <Alert tone="warning">{tErrors("permissionDenied")}</Alert>;
  }
  // An archived recruiter is frozen: its page says how to restore it.
  if (detail.recruiter.archivedAt) redirect(`/recruiters/${id}`);
  const title = t("editTitle", { name: detail.recruiter.name });
  return (
    <Card>
      <h1 className="sr-only">{title}</h1>
      <CardHeader title={title} />
      <RecruiterForm recruiter={detail.recruiter} />
    </Card>
  );
};

export default EditRecruiterPage;
