"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import { OrganizationProfileForm } from "./organization-profile-form";

export const OrganizationSettings = ({ canEdit }: { canEdit: boolean }) => {
  const t = useTranslations("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: profile } = useSuspenseQuery(trpc.identity.getOrganization.queryOptions());
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const update = useMutation(
    trpc.identity.updateOrganization.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.identity.getOrganization.queryKey(), updated);
        setSavedAt(new Date());
      },
    }),
  );
  const leave = useMutation(
    trpc.identity.leaveOrganization.mutationOptions({
      onSuccess: () => window.location.assign("/organizations"),
    }),
  );

  return (
    <div className="space-y-8">
      <Card>
        <CardHeader title={t("title")} description={t("description")} />
        {!canEdit && (
          <Alert tone="info" className="mb-4">
            {t("readOnly")}
          </Alert>
        )}
        {savedAt && (
          <Alert tone="success" className="mb-4">
            {t("saved")}
          </Alert>
        )}
        <OrganizationProfileForm
          key={profile.updatedAt.toISOString()}
          profile={profile}
          isReadOnly={!canEdit}
          submitLabel={t("save")}
          pendingLabel={t("saving")}
          onSubmit={async (input) => {
            setSavedAt(null);
            await update.mutateAsync(input);
          }}
        />
      </Card>
      <Card>
        <CardHeader
          title={t("leave.title")}
          description={t("leave.description")}
          headingLevel={2}
        />
        {leave.error && (
          <Alert tone="error" className="mb-4">
            {appErrorOf(leave.error)?.userMessage}
          </Alert>
        )}
        <ConfirmDialog
          trigger={<Button variant="danger">{t("leave.button")}</Button>}
          title={t("leave.confirmTitle", { organization: profile.name })}
          description={t("leave.confirmDescription")}
          confirmLabel={t("leave.confirm")}
          cancelLabel={t("leave.cancel")}
          onConfirm={() => leave.mutate()}
        />
      </Card>
    </div>
  );
};
