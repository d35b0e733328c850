"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TSector } from "@/modules/reference/sectors";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TSupplier } from "../dto";
import { ChainSection } from "./chain-section";
import { CountryName, Money, StatusBadge, TierLabel, Unknown } from "./labels";
import { RecruitersSection } from "./recruiters-section";
import { RiskPanel } from "./risk-panel";
import { SitesSection } from "./sites-section";

/** A notice carried in the address after a save (`?notice=merged` …). */
export type SupplierNotice = { kind: "created" | "merged" | "updated"; likely: number } | null;

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{label}</dt>
    <dd className="mt-1 text-sm text-slate-900">{children}</dd>
  </div>
);

const Overview = ({ supplier, sectors }: { supplier: TSupplier; sectors: TSector[] }) => {
  const t = useTranslations("suppliers.detail");
  const sector = supplier.sectorDivision
    ? sectors.find((entry) => entry.division === supplier.sectorDivision)
    : null;
  const sectionTitle = sectors.find(
    (entry) => entry.section === supplier.sectorSection,
  )?.sectionTitle;
  const listOrUnknown = (values: string[]) => (values.length > 0 ? values.join(", ") : <Unknown />);
  return (
    <dl className="grid gap-4 md:grid-cols-3">
      <Fact label={t("country")}>
        <CountryName code={supplier.country} />
      </Fact>
      <Fact label={t("tier")}>
        <TierLabel tier={supplier.tier} />
      </Fact>
      <Fact label={t("directSupplier")}>{supplier.isDirect ? t("yes") : t("no")}</Fact>
      <Fact label={t("otherNames")}>{listOrUnknown(supplier.otherNames)}</Fact>
      <Fact label={t("registrationId")}>{supplier.registrationId ?? <Unknown />}</Fact>
      <Fact label={t("website")}>
        {supplier.website ? (
          <a
            href={
              /^https?:\/\//i.test(supplier.website)
                ? supplier.website
                : `https://${supplier.website}`
            }
            className="text-teal-800 underline underline-offset-2"
            rel="noopener noreferrer"
            target="_blank"
          >
            {supplier.website}
          </a>
        ) : (
          <Unknown />
        )}
      </Fact>
      <Fact label={t("address")}>{supplier.address ?? <Unknown />}</Fact>
      <Fact label={t("sector")}>
        {sector ? (
          `${sector.section} ${sector.sectionTitle} — ${sector.division} ${sector.divisionTitle}`
        ) : supplier.sectorSection ? (
          `${supplier.sectorSection} ${sectionTitle ?? ""}`
        ) : (
          <Unknown />
        )}
      </Fact>
      <Fact label={t("products")}>{listOrUnknown(supplier.products)}</Fact>
      <Fact label={t("annualSpend")}>
        <Money amount={supplier.annualSpendAmount} currency={supplier.annualSpendCurrency} />
      </Fact>
      <Fact label={t("relationshipOwner")}>{supplier.relationshipOwner ?? <Unknown />}</Fact>
    </dl>
  );
};

/**
 * A supplier's page: overview, risk (with risk:read), sites, chain and recruiters. Writes need
 * supplier:write.
 */
export const SupplierDetail = ({
  supplierId,
  sectors,
  canWrite,
  canReadRisk = false,
  notice,
}: {
  supplierId: string;
  sectors: TSector[];
  canWrite: boolean;
  canReadRisk?: boolean;
  notice: SupplierNotice;
}) => {
  const t = useTranslations("suppliers.detail");
  const tErrors = useTranslations("errors.code");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.suppliers.getSupplier.queryOptions({ id: supplierId }));
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.suppliers.pathFilter());
  const mutationHandlers = {
    onSuccess: () => {
      setError(null);
      return refresh();
    },
    onError: (cause: unknown) => setError(appErrorOf(cause)?.userMessage ?? tErrors("INTERNAL")),
  };
  const archive = useMutation(trpc.suppliers.archiveSupplier.mutationOptions(mutationHandlers));
  const restore = useMutation(trpc.suppliers.restoreSupplier.mutationOptions(mutationHandlers));
  const { supplier } = data;
  const isArchived = supplier.archivedAt !== null;
  const isEditable = canWrite && !isArchived;

  return (
    <div className="space-y-6">
      {notice?.kind === "merged" && (
        <Alert tone="info" title={t("notices.mergedTitle")}>
          {t("notices.merged", { name: supplier.legalName })}
        </Alert>
      )}
      {notice?.kind === "created" && (
        <Alert tone="success">
          {t("notices.created", { name: supplier.legalName })}{" "}
          {notice.likely > 0 && (
            <Link
              href={`/suppliers/duplicates?supplier=${supplier.id}`}
              className="font-medium underline"
            >
              {t("notices.likely", { count: notice.likely })}
            </Link>
          )}
        </Alert>
      )}
      {notice?.kind === "updated" && <Alert tone="success">{t("notices.updated")}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      {isArchived && (
        <Alert tone="warning" title={t("archivedTitle")}>
          {data.mergedInto ? (
            <>
              {t("mergedInto")}{" "}
              <Link href={`/suppliers/${data.mergedInto.id}`} className="font-medium underline">
                {data.mergedInto.legalName}
              </Link>
            </>
          ) : (
            t("archivedOn", {
              date: format.dateTime(supplier.archivedAt ?? new Date(), { dateStyle: "medium" }),
            })
          )}
        </Alert>
      )}
      <Card>
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold text-slate-900">{supplier.legalName}</h1>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <StatusBadge status={supplier.status} />
              <Badge>
                <TierLabel tier={supplier.tier} />
              </Badge>
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <Link href={`/suppliers/${supplier.id}/chain`}>{t("viewGraph")}</Link>
            </Button>
            {isEditable && (
              <Button asChild>
                <Link href={`/suppliers/${supplier.id}/edit`}>{t("edit")}</Link>
              </Button>
            )}
            {canWrite && !isArchived && (
              <ConfirmDialog
                trigger={<Button variant="secondary">{t("archive")}</Button>}
                title={t("archiveTitle", { name: supplier.legalName })}
                description={t("archiveDescription")}
                confirmLabel={t("archiveConfirm")}
                cancelLabel={t("cancel")}
                onConfirm={() => archive.mutate({ id: supplier.id })}
              />
            )}
            {canWrite && isArchived && !supplier.mergedIntoId && (
              <Button
                variant="secondary"
                disabled={restore.isPending}
                onClick={() => restore.mutate({ id: supplier.id })}
              >
                {t("restore")}
              </Button>
            )}
          </div>
        </div>
        <Overview supplier={supplier} sectors={sectors} />
      </Card>
      {canReadRisk && <RiskPanel supplierId={supplier.id} name={supplier.legalName} />}
      <SitesSection
        supplierId={supplier.id}
        sites={data.sites}
        canWrite={isEditable}
        canReadRisk={canReadRisk}
      />
      <ChainSection detail={data} canWrite={isEditable} />
      <RecruitersSection recruiters={data.recruiters} />
    </div>
  );
};
