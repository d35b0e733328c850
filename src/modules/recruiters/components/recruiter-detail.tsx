"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { countryName } from "@/modules/reference/countries";
import { formatMoney } from "@/modules/reference/currencies";
import { useTRPC } from "@/trpc/react";

import type { TRecruiter } from "../schemas";
import { ChainSection } from "./chain-section";
import { CorridorsSection } from "./corridors-section";
import { FlagBadges, FlagExplanations } from "./flag-badges";
import { useNotice, useRefreshRecruiters } from "./hooks";
import { LicencesSection } from "./licences-section";
import { SiteLinksSection } from "./site-links-section";

/** Websites are stored as typed ("example.com"); the schema only accepts http(s) addresses. */
const websiteHref = (website: string): string =>
  /^https?:\/\//i.test(website) ? website : `https://${website}`;

const Overview = ({ recruiter }: { recruiter: TRecruiter }) => {
  const t = useTranslations("recruiters");
  const locale = useLocale();
  const none = t("detail.none");
  const facts = [
    { label: t("detail.type"), value: t(`types.${recruiter.recruiterType}`) },
    {
      label: t("detail.countries"),
      value:
        recruiter.countries.length > 0
          ? recruiter.countries.map((code) => countryName(code, locale)).join(", ")
          : none,
    },
    { label: t("detail.feePolicy"), value: t(`feePolicies.${recruiter.feePolicy}`) },
    ...(recruiter.feePolicy === "fees_charged"
      ? [
          {
            label: t("detail.fee"),
            value:
              recruiter.feeAmount && recruiter.feeCurrency
                ? formatMoney(recruiter.feeAmount, recruiter.feeCurrency, locale)
                : none,
          },
        ]
      : []),
    {
      label: t("detail.website"),
      value: recruiter.website ? (
        <a
          href={websiteHref(recruiter.website)}
          rel="noopener noreferrer"
          className="text-teal-800 underline-offset-2 hover:underline"
        >
          {recruiter.website}
        </a>
      ) : (
        none
      ),
    },
  ];
  return (
    <Card>
      <CardHeader title={t("detail.overview")} />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="text-sm text-slate-600">{fact.label}</dt>
            <dd className="text-sm font-medium text-slate-900">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
};

/** Everything about one recruiter; the sections are editable with recruiter:write. */
export const RecruiterDetail = ({ id, canEdit }: { id: string; canEdit: boolean }) => {
  const t = useTranslations("recruiters");
  const trpc = useTRPC();
  const refresh = useRefreshRecruiters();
  const { data } = useSuspenseQuery(trpc.recruiters.getRecruiter.queryOptions({ id }));
  const { notice, succeed, fail, clear } = useNotice();
  const archive = useMutation(trpc.recruiters.archiveRecruiter.mutationOptions());
  const restore = useMutation(trpc.recruiters.restoreRecruiter.mutationOptions());
  const { recruiter } = data;
  const isArchived = recruiter.archivedAt !== null;
  const isEditable = canEdit && !isArchived;

  const toggleArchive = async () => {
    clear();
    try {
      if (isArchived) await restore.mutateAsync({ id });
      else await archive.mutateAsync({ id });
      await refresh();
      succeed(t(isArchived ? "detail.restored" : "detail.archived", { name: recruiter.name }));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="space-y-6">
      <Link href="/recruiters" className="text-sm text-teal-800 underline-offset-2 hover:underline">
        ← {t("detail.back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold text-slate-900">{recruiter.name}</h1>
          <div className="flex flex-wrap items-center gap-2">
            <Badge>{t(`types.${recruiter.recruiterType}`)}</Badge>
            {isArchived && <Badge>{t("list.archived")}</Badge>}
          </div>
          <div data-testid="recruiter-flags">
            <FlagBadges flags={data.flags} showNone />
          </div>
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            {!isArchived && (
              <Button asChild variant="secondary">
                <Link href={`/recruiters/${id}/edit`}>{t("detail.edit")}</Link>
              </Button>
            )}
            {isArchived ? (
              <Button variant="secondary" onClick={() => void toggleArchive()}>
                {t("detail.restore")}
              </Button>
            ) : (
              <ConfirmDialog
                trigger={<Button variant="secondary">{t("detail.archive")}</Button>}
                title={t("detail.archiveTitle", { name: recruiter.name })}
                description={t("detail.archiveDescription")}
                confirmLabel={t("detail.archiveConfirm")}
                cancelLabel={t("form.cancel")}
                onConfirm={() => void toggleArchive()}
              />
            )}
          </div>
        )}
      </div>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {isArchived && <Alert tone="info">{t("detail.archivedNotice")}</Alert>}
      {!canEdit && <Alert tone="info">{t("detail.readOnly")}</Alert>}
      <FlagExplanations flags={data.flags} />
      <Overview recruiter={recruiter} />
      <LicencesSection recruiterId={id} licences={data.licences} isEditable={isEditable} />
      <CorridorsSection recruiterId={id} corridors={data.corridors} isEditable={isEditable} />
      <SiteLinksSection recruiterId={id} siteLinks={data.siteLinks} isEditable={isEditable} />
      <ChainSection recruiterId={id} chain={data.chain} isEditable={isEditable} />
    </div>
  );
};
