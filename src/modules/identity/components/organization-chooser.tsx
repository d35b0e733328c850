"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TMyOrganization } from "../schemas";

export const OrganizationChooser = ({ organizations }: { organizations: TMyOrganization[] }) => {
  const t = useTranslations();
  const trpc = useTRPC();
  const switchOrganization = useMutation(
    trpc.identity.switchOrganization.mutationOptions({
      onSuccess: () => window.location.assign("/"),
    }),
  );
  if (organizations.length === 0)
    return <p className="text-sm text-slate-700">{t("organizations.none")}</p>;
  return (
    <div className="space-y-3">
      {switchOrganization.error && (
        <Alert tone="error">{appErrorOf(switchOrganization.error)?.userMessage}</Alert>
      )}
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {organizations.map((organization) => (
          <li key={organization.id} className="flex items-center justify-between gap-4 px-4 py-3">
            <div>
              <p className="font-medium text-slate-900">{organization.name}</p>
              <p className="text-xs text-slate-600">
                {t("organizations.yourRole", { role: t(`roles.${organization.role}`) })}
              </p>
            </div>
            {organization.isActive ? (
              <Button asChild variant="secondary" size="sm">
                <Link href="/">
                  {t("organizations.open")} <Badge tone="teal">{t("organizations.current")}</Badge>
                </Link>
              </Button>
            ) : (
              <Button
                size="sm"
                variant="secondary"
                disabled={switchOrganization.isPending}
                onClick={() => switchOrganization.mutate({ organizationId: organization.id })}
              >
                {t("organizations.open")}
                <span className="sr-only">{organization.name}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
};
