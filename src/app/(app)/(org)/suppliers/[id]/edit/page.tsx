import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { SupplierForm } from "@/modules/suppliers/components/supplier-form";
import { serverCall } from "@/trpc/server";

import { loadSupplier } from "../load-supplier";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("suppliers.form"))("editTitle"),
});

const EditSupplierPage = async ({ params }: Props) => {
  const { id } = await params;
  const t = await getTranslations("suppliers.form");
  const [[me, sectors], detail] = await Promise.all([
    serverCall((caller) => Promise.all([caller.identity.getMe(), caller.reference.listSectors()])),
    loadSupplier(id),
  ]);
  if (!me.activeOrganization?.permissions.includes("supplier:write")) {
    const tErrors = await getTranslations("errors.auth");
    return <Alert tone="warning">{tErrors("permissionDenied")}</Alert>;
  }
  if (detail.supplier.archivedAt) {
    const tErrors = await getTranslations("errors.suppliers");
    return <Alert tone="warning">{tErrors("archivedReadOnly")}</Alert>;
  }
  return (
    <Card>
      <h1 className="sr-only">{t("editTitle")}</h1>
      <CardHeader
        title={t("editTitle")}
        description={t("editDescription", { name: detail.supplier.legalName })}
      />
      <SupplierForm supplier={detail.supplier} sectors={sectors} />
    </Card>
  );
};

export default EditSupplierPage;
