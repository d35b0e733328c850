import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Card, CardHeader } from "@/components/ui/card";
import { CreateOrganizationForm } from "@/modules/identity/components/create-organization-form";
import { OrganizationChooser } from "@/modules/identity/components/organization-chooser";
import { SignOutButton } from "@/modules/identity/components/sign-out-button";
import { serverCall } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("organizations"))("title"),
});

/** Where a user without an active organisation lands: choose one, or create one. */
const OrganizationsPage = async () => {
  const t = await getTranslations();
  const [me, organizations] = await serverCall((caller) =>
    Promise.all([caller.identity.getMe(), caller.identity.listMyOrganizations()]),
  );
  return (
    <main className="mx-auto max-w-3xl space-y-8 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-lg font-bold text-teal-900">{t("app.name")}</p>
        <div className="flex items-center gap-3 text-sm text-slate-700">
          <span data-testid="signed-in-user">{me.user.name}</span>
          <SignOutButton label={t("nav.signOut")} variant="ghost" />
        </div>
      </div>
      <h1 className="text-2xl font-semibold text-slate-900">{t("organizations.title")}</h1>
      <Card>
        <CardHeader title={t("nav.organizations")} description={t("organizations.description")} />
        <OrganizationChooser organizations={organizations} />
      </Card>
      <Card>
        <CardHeader
          title={t("organizations.create.title")}
          description={t("organizations.create.description")}
        />
        <CreateOrganizationForm />
      </Card>
    </main>
  );
};

export default OrganizationsPage;
