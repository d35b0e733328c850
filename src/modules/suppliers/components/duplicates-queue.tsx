"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TDuplicateCandidate, TDuplicateSide } from "../dto";
import { CountryName, StatusBadge, TierLabel, Unknown } from "./labels";
import { ReasonList } from "./reason-list";

const PAGE_SIZE = 10;

type Row = {
  label: string;
  render: (side: TDuplicateSide) => ReactNode;
  compare: (side: TDuplicateSide) => string;
};

const PairCard = ({
  pair,
  canWrite,
  onDecided,
}: {
  pair: TDuplicateCandidate;
  canWrite: boolean;
  onDecided: (message: string) => Promise<void>;
}) => {
  const t = useTranslations("suppliers.duplicates");
  const tErrors = useTranslations("errors.code");
  const format = useFormatter();
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const onError = (cause: unknown) =>
    setError(appErrorOf(cause)?.userMessage ?? tErrors("INTERNAL"));
  const merge = useMutation(trpc.suppliers.mergeDuplicates.mutationOptions({ onError }));
  const reject = useMutation(trpc.suppliers.rejectDuplicate.mutationOptions({ onError }));
  const isBusy = merge.isPending || reject.isPending;
  const text = (value: string | null) => value ?? "";
  const list = (values: string[]) => (values.length > 0 ? values.join(", ") : <Unknown />);
  const rows: Row[] = [
    {
      label: t("fields.otherNames"),
      render: (side) => list(side.otherNames),
      compare: (side) => side.otherNames.join(),
    },
    {
      label: t("fields.country"),
      render: (side) => <CountryName code={side.country} />,
      compare: (side) => side.country,
    },
    {
      label: t("fields.registrationId"),
      render: (side) => side.registrationId ?? <Unknown />,
      compare: (side) => text(side.registrationId),
    },
    {
      label: t("fields.website"),
      render: (side) => side.website ?? <Unknown />,
      compare: (side) => text(side.website),
    },
    {
      label: t("fields.address"),
      render: (side) => side.address ?? <Unknown />,
      compare: (side) => text(side.address),
    },
    {
      label: t("fields.sector"),
      render: (side) =>
        [side.sectorSection, side.sectorDivision].filter(Boolean).join(" / ") || <Unknown />,
      compare: (side) => `${text(side.sectorSection)}${text(side.sectorDivision)}`,
    },
    {
      label: t("fields.products"),
      render: (side) => list(side.products),
      compare: (side) => side.products.join(),
    },
    {
      label: t("fields.tier"),
      render: (side) => <TierLabel tier={side.tier} short />,
      compare: (side) => String(side.tier),
    },
    {
      label: t("fields.status"),
      render: (side) => <StatusBadge status={side.status} />,
      compare: (side) => side.status,
    },
    {
      label: t("fields.sites"),
      render: (side) => side.siteCount,
      compare: (side) => String(side.siteCount),
    },
    {
      label: t("fields.createdAt"),
      render: (side) => format.dateTime(side.createdAt, { dateStyle: "medium" }),
      compare: () => "",
    },
  ];
  const mergeInto = (survivor: TDuplicateSide, other: TDuplicateSide) =>
    merge.mutate(
      { candidateId: pair.id, survivorId: survivor.id },
      {
        onSuccess: () => {
          void onDecided(t("merged", { other: other.legalName, survivor: survivor.legalName }));
        },
      },
    );
  const keepButton = (survivor: TDuplicateSide, other: TDuplicateSide) => (
    <ConfirmDialog
      trigger={
        <Button disabled={isBusy} size="sm">
          {t("keep", { name: survivor.legalName })}
        </Button>
      }
      title={t("mergeTitle", { survivor: survivor.legalName })}
      description={t("mergeDescription", { other: other.legalName, survivor: survivor.legalName })}
      confirmLabel={t("mergeConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={() => mergeInto(survivor, other)}
    />
  );

  return (
    <Card aria-label={t("pairLabel", { a: pair.supplierA.legalName, b: pair.supplierB.legalName })}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700">
          {t("score", { score: Math.round(pair.score * 100) })}
        </p>
        <ReasonList reasons={pair.reasons} />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <Table>
        <caption className="sr-only">
          {t("pairLabel", { a: pair.supplierA.legalName, b: pair.supplierB.legalName })}
        </caption>
        <thead>
          <tr>
            <Th>
              <span className="sr-only">{t("fields.field")}</span>
            </Th>
            {[pair.supplierA, pair.supplierB].map((side) => (
              <Th key={side.id}>
                <Link
                  href={`/suppliers/${side.id}`}
                  className="text-teal-800 underline underline-offset-2"
                >
                  {side.legalName}
                </Link>
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const differs = row.compare(pair.supplierA) !== row.compare(pair.supplierB);
            return (
              <tr key={row.label} className={differs ? "bg-amber-50" : undefined}>
                <Th scope="row" className="font-medium">
                  {row.label}
                </Th>
                <Td>{row.render(pair.supplierA)}</Td>
                <Td>{row.render(pair.supplierB)}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {canWrite && (
        <div className="mt-4 flex flex-wrap gap-2">
          {keepButton(pair.supplierA, pair.supplierB)}
          {keepButton(pair.supplierB, pair.supplierA)}
          <Button
            variant="secondary"
            size="sm"
            disabled={isBusy}
            onClick={() =>
              reject.mutate(
                { candidateId: pair.id },
                {
                  onSuccess: () => {
                    void onDecided(t("rejected"));
                  },
                },
              )
            }
          >
            {t("reject")}
          </Button>
        </div>
      )}
    </Card>
  );
};

/**
 * The review queue of likely duplicates: each pending pair side by side (differences
 * highlighted) with the reasons and score; merge into either one, or reject (remembered).
 */
export const DuplicatesQueue = ({
  canWrite,
  supplierId,
}: {
  canWrite: boolean;
  /** Only the pairs involving this supplier. */
  supplierId: string | null;
}) => {
  const t = useTranslations("suppliers.duplicates");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const query = useQuery({
    ...trpc.suppliers.findDuplicateCandidates.queryOptions({
      supplierId,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const onDecided = async (message: string) => {
    setNotice(message);
    await queryClient.invalidateQueries(trpc.suppliers.pathFilter());
  };
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <div className="space-y-4">
      {notice && <Alert tone="success">{notice}</Alert>}
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="duplicates-total">
        {data ? t("pending", { count: data.total }) : t("loading")}
      </p>
      {data?.items.map((pair) => (
        <PairCard key={pair.id} pair={pair} canWrite={canWrite} onDecided={onDecided} />
      ))}
      {data && data.total > PAGE_SIZE && (
        <Pagination
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          pageSizes={[PAGE_SIZE]}
          labels={{
            navigation: t("pagination.label"),
            previous: t("pagination.previous"),
            next: t("pagination.next"),
            status: t("pagination.status", { page: data.page, pages }),
            pageSize: "",
          }}
          onPageChange={setPage}
        />
      )}
    </div>
  );
};
