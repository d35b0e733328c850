import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { OrganizationSwitcher } from "@/modules/identity/components/organization-switcher";
import { SignOutButton } from "@/modules/identity/components/sign-out-button";
import type { TGetMeResponse } from "@/modules/identity/procedures/get-me";
import type { TMyOrganization } from "@/modules/identity/schemas";

import { MainNav, type NavItem } from "./main-nav";

/**
 * The signed-in frame: organisation switcher, module navigation (only pages that exist and that
 * the role may open) and the account menu.
 */
export const AppShell = async ({
  me,
  organizations,
  children,
}: {
  me: TGetMeResponse;
  organizations: TMyOrganization[];
  children: ReactNode;
}) => {
  const t = await getTranslations();
  const permissions = new Set(me.activeOrganization?.permissions ?? []);
  const items: NavItem[] = [
    { href: "/", label: t("nav.home") },
    { href: "/suppliers", label: t("nav.suppliers") },
    { href: "/recruiters", label: t("nav.recruiters") },
    { href: "/suppliers/map", label: t("nav.map") },
    ...(permissions.has("data:import") ? [{ href: "/imports", label: t("nav.imports") }] : []),
    { href: "/reference/indicators", label: t("nav.indicators") },
    { href: "/reference/data", label: t("nav.referenceData") },
    // Every role reads the risk model (how scores are made); only risk:configure changes it.
    ...(permissions.has("risk:read")
      ? [{ href: "/risk/settings", label: t("nav.riskSettings") }]
      : []),
    { href: "/members", label: t("nav.members") },
    { href: "/settings", label: t("nav.settings") },
    ...(permissions.has("audit:read") ? [{ href: "/audit", label: t("nav.audit") }] : []),
  ];
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <span className="text-lg font-bold tracking-tight text-teal-900">{t("app.name")}</span>
          <OrganizationSwitcher organizations={organizations} />
          <MainNav items={items} label={t("nav.label")} />
          <div className="ml-auto flex items-center gap-3">
            <span className="text-sm text-slate-700" data-testid="signed-in-user">
              {me.user.name}
            </span>
            <SignOutButton label={t("nav.signOut")} variant="ghost" />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
};
