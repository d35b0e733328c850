import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { RecruiterForm } from "@/modules/recruiters/components/recruiter-form";
import { serverCall } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("recruiters.form"))("createTitle"),
});

const NewRecruiterPage = async () => {
  const t = await getTranslations("recruiters.form");
  const me = await serverCall((caller) => caller.identity.getMe());
  if (!me.activeOrganization?.permissions.includes("recruiter:write")) {
    const tErrors = await getTranslations("errors.auth");
    return <Alert tone="warning">{tErrors("permissionDenied")}</Alert>;
  }
  return (
    <Card>
      <h1 className="sr-only">{t("createTitle")}</h1>
      <CardHeader title={t("createTitle")} description={t("createDescription")} />
      <RecruiterForm recruiter={null} />
    </Card>
  );
};

export default NewRecruiterPage;
