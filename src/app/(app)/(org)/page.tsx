import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { countryName } from "@/modules/reference/countries";
import { formatMoney } from "@/modules/reference/currencies";
import { serverCall } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("nav"))("home"),
});

const MONTHS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const;

/** Greets the user and shows the active organisation's key settings. */
const HomePage = async () => {
  const t = await getTranslations();
  const locale = await getLocale();
  const [me, profile] = await serverCall((caller) =>
    Promise.all([caller.identity.getMe(), caller.identity.getOrganization()]),
  );
  const role = me.activeOrganization?.role ?? "viewer";
  const permissions = new Set(me.activeOrganization?.permissions ?? []);
  const notSet = t("profile.notSet");
  const month = profile.financialYearEndMonth
    ? MONTHS[profile.financialYearEndMonth - 1]
    : undefined;
  const isIncomplete =
    !profile.country ||
    !profile.turnoverAmount ||
    profile.employeeCount === null ||
    !profile.financialYearEndMonth ||
    profile.jurisdictions.length === 0;

  const facts: { label: string; value: string }[] = [
    {
      label: t("home.country"),
      value: profile.country ? countryName(profile.country, locale) : notSet,
    },
    {
      label: t("home.turnover"),
      value:
        profile.turnoverAmount && profile.turnoverCurrency
          ? formatMoney(profile.turnoverAmount, profile.turnoverCurrency, locale)
          : notSet,
    },
    {
      label: t("home.employees"),
      value: profile.employeeCount === null ? notSet : profile.employeeCount.toLocaleString(locale),
    },
    {
      label: t("home.yearEnd"),
      value:
        month && profile.financialYearEndDay
          ? `${profile.financialYearEndDay} ${t(`months.${month}`)}`
          : notSet,
    },
    {
      label: t("home.jurisdictions"),
      value:
        profile.jurisdictions.length > 0
          ? profile.jurisdictions.map((code) => countryName(code, locale)).join(", ")
          : notSet,
    },
    { label: t("home.yourRole"), value: t(`roles.${role}`) },
  ];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">
          {t("home.greeting", { name: me.user.name })}
        </h1>
        <p className="mt-1 text-slate-700">
          {t("home.intro", { organization: profile.name, role: t(`roles.${role}`) })}
        </p>
      </div>
      {profile.isDemo && <Alert tone="info">{t("home.demoNotice")}</Alert>}
      <Card>
        <CardHeader
          title={t("home.profileTitle")}
          actions={
            permissions.has("organization:update") ? (
              <Button asChild variant="secondary" size="sm">
                <Link href="/settings">
                  {isIncomplete ? t("home.completeProfile") : t("home.editProfile")}
                </Link>
              </Button>
            ) : undefined
          }
        />
        {isIncomplete && (
          <Alert tone="warning" className="mb-4">
            {t("home.profileIncomplete")}
          </Alert>
        )}
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="organization-facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {fact.label}
              </dt>
              <dd className="mt-1 text-sm text-slate-900">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card>
        <CardHeader title={t("home.nextSteps")} />
        <ul className="list-inside list-disc space-y-1 text-sm">
          {permissions.has("member:invite") && (
            <li>
              <Link className="text-teal-800 underline" href="/members">
                {t("home.inviteColleagues")}
              </Link>
            </li>
          )}
          {permissions.has("audit:read") && (
            <li>
              <Link className="text-teal-800 underline" href="/audit">
                {t("home.reviewAudit")}
              </Link>
            </li>
          )}
        </ul>
        <p className="mt-4 text-xs text-slate-600">{t("home.indicatorsNotice")}</p>
      </Card>
    </div>
  );
};

export default HomePage;
