"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";

import { useTRPC } from "@/trpc/react";

import type { TMyOrganization } from "../schemas";

/** Lists the user's organisations; choosing one makes it the session's active organisation. */
export const OrganizationSwitcher = ({ organizations }: { organizations: TMyOrganization[] }) => {
  const t = useTranslations();
  const trpc = useTRPC();
  const active = organizations.find((organization) => organization.isActive);
  const switchOrganization = useMutation(
    trpc.identity.switchOrganization.mutationOptions({
      // A full reload: every page and cached query belongs to the previous organisation.
      onSuccess: () => window.location.assign("/"),
    }),
  );
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-teal-800"
        aria-label={t("nav.switchOrganization")}
        data-testid="organization-switcher"
      >
        <span>{active?.name ?? t("nav.organizations")}</span>
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="z-50 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold text-slate-600 uppercase">
            {t("nav.organizations")}
          </DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={active?.id ?? ""}
            onValueChange={(organizationId) => {
              if (organizationId !== active?.id) switchOrganization.mutate({ organizationId });
            }}
          >
            {organizations.map((organization) => (
              <DropdownMenu.RadioItem
                key={organization.id}
                value={organization.id}
                className="flex cursor-pointer items-center justify-between gap-4 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100"
              >
                <span>{organization.name}</span>
                <span className="text-xs text-slate-600">{t(`roles.${organization.role}`)}</span>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item asChild>
            <Link
              href="/organizations"
              className="block rounded px-2 py-1.5 text-sm text-teal-800 outline-none data-[highlighted]:bg-slate-100"
            >
              {t("nav.createOrganization")}
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
};
