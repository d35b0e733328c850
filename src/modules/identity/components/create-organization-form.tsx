"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { useTRPC } from "@/trpc/react";

import { OrganizationProfileForm } from "./organization-profile-form";

export const CreateOrganizationForm = () => {
  const t = useTranslations("organizations.create");
  const trpc = useTRPC();
  const create = useMutation(trpc.identity.createOrganization.mutationOptions());
  return (
    <OrganizationProfileForm
      profile={null}
      submitLabel={t("submit")}
      pendingLabel={t("submitting")}
      onSubmit={async (input) => {
        await create.mutateAsync(input);
        window.location.assign("/");
      }}
    />
  );
};
