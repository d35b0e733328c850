import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { SupplierForm } from "@/modules/suppliers/components/supplier-form";
import { serverCall } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("suppliers.form"))("createTitle"),
});

const NewSupplierPage = async () => {
  const t = await getTranslations("suppliers.form");
  const [me, sectors] = await serverCall((caller) =>
    Promise.all([caller.identity.getMe(), caller.reference.listSectors()]),
  );
  if (!me.activeOrganization?.permissions.includes("supplier:write")) {
    const tErrors = await getTranslations("errors.auth");
    return <Alert tone="warning">{tErrors("permissionDenied")}</Alert>;
  }
  return (
    <Card>
      <h1 className="sr-only">{t("createTitle")}</h1>
      <CardHeader title={t("createTitle")} description={t("createDescription")} />
      <SupplierForm supplier={null} sectors={sectors} />
    </Card>
  );
};

export default NewSupplierPage;
