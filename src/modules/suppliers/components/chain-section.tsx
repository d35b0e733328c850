"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, Td, Th } from "@/components/ui/table";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TChainNode, TSupplierDetail, TSupplyLink } from "../dto";
import { AddEdgeForm } from "./add-edge-form";
import { CountryName, TierLabel } from "./labels";

const LinksTable = ({
  links,
  caption,
  emptyText,
  canWrite,
  onRemove,
  testId,
}: {
  links: TSupplyLink[];
  caption: string;
  emptyText: string;
  canWrite: boolean;
  onRemove: (link: TSupplyLink) => void;
  testId: string;
}) => {
  const t = useTranslations("suppliers.chain");
  const format = useFormatter();
  if (links.length === 0) return <p className="text-sm text-slate-700">{emptyText}</p>;
  return (
    <Table data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("columns.supplier")}</Th>
          <Th>{t("columns.country")}</Th>
          <Th>{t("columns.tier")}</Th>
          <Th>{t("columns.product")}</Th>
          <Th>{t("columns.sites")}</Th>
          <Th>{t("columns.since")}</Th>
          {canWrite && (
            <Th>
              <span className="sr-only">{t("columns.actions")}</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {links.map((link) => (
          <tr key={link.edgeId}>
            <Td>
              <Link
                href={`/suppliers/${link.other.id}`}
                className="font-medium text-teal-800 underline-offset-2 hover:underline"
              >
                {link.other.legalName}
              </Link>
              {link.other.isArchived && (
                <span className="ml-2 text-xs text-slate-600">{t("archived")}</span>
              )}
            </Td>
            <Td>
              <CountryName code={link.other.country} />
            </Td>
            <Td>
              <TierLabel tier={link.other.tier} short />
            </Td>
            <Td>{link.product ?? ""}</Td>
            <Td className="text-xs">
              {link.buyerSite || link.supplierSite
                ? `${link.buyerSite?.name ?? t("anySite")} → ${link.supplierSite?.name ?? t("anySite")}`
                : ""}
            </Td>
            <Td className="whitespace-nowrap">
              {link.since
                ? format.dateTime(link.since, { dateStyle: "medium", timeZone: "UTC" })
                : ""}
            </Td>
            {canWrite && (
              <Td className="text-right">
                <ConfirmDialog
                  trigger={
                    <Button variant="secondary" size="sm">
                      {t("remove")}
                      <span className="sr-only"> {link.other.legalName}</span>
                    </Button>
                  }
                  title={t("removeTitle", { name: link.other.legalName })}
                  description={t("removeDescription")}
                  confirmLabel={t("removeConfirm")}
                  cancelLabel={t("cancel")}
                  onConfirm={() => onRemove(link)}
                />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
};

const FurtherChain = ({ nodes, caption }: { nodes: TChainNode[]; caption: string }) => {
  const t = useTranslations("suppliers.chain");
  if (nodes.length === 0) return null;
  return (
    <div className="mt-4 space-y-2">
      <h4 className="text-sm font-medium text-slate-800">{caption}</h4>
      <ul className="space-y-1 text-sm">
        {nodes.map((node) => (
          <li key={node.id}>
            <Link
              href={`/suppliers/${node.id}`}
              className="text-teal-800 underline-offset-2 hover:underline"
            >
              {node.legalName}
            </Link>{" "}
            <span className="text-slate-700">
              · <TierLabel tier={node.tier} short /> · {t("stepsAway", { count: node.depth })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
};

/**
 * The supplier's place in the chain: who buys from it (downstream) and whom it buys from
 * (upstream), each with its tier; links can be added and removed. Tiers are recomputed by the
 * server at once, so the page shows the new ones after each change.
 */
export const ChainSection = ({
  detail,
  canWrite,
}: {
  detail: TSupplierDetail;
  canWrite: boolean;
}) => {
  const t = useTranslations("suppliers.chain");
  const tErrors = useTranslations("errors.code");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const remove = useMutation(
    trpc.suppliers.deleteSupplyEdge.mutationOptions({
      onSuccess: () => {
        setError(null);
        return queryClient.invalidateQueries(trpc.suppliers.pathFilter());
      },
      onError: (cause) => setError(appErrorOf(cause)?.userMessage ?? tErrors("INTERNAL")),
    }),
  );
  const onRemove = (link: TSupplyLink) => remove.mutate({ id: link.edgeId });

  return (
    <Card aria-labelledby="chain-heading">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="chain-heading" className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {detail.supplier.tier === null
              ? t("notConnected")
              : t("position", { tier: detail.supplier.tier })}
          </p>
        </div>
        {canWrite && !isAdding && (
          <Button variant="secondary" onClick={() => setIsAdding(true)}>
            {t("addButton")}
          </Button>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {isAdding && (
        <AddEdgeForm
          detail={detail}
          onDone={() => setIsAdding(false)}
          onSaved={() => queryClient.invalidateQueries(trpc.suppliers.pathFilter())}
        />
      )}
      <div className="mt-4 grid gap-6">
        <section aria-labelledby="upstream-heading">
          <CardHeader
            headingLevel={3}
            title={<span id="upstream-heading">{t("upstreamTitle")}</span>}
            description={t("upstreamDescription")}
          />
          <LinksTable
            links={detail.subSuppliers}
            caption={t("upstreamTitle")}
            emptyText={t("upstreamEmpty")}
            canWrite={canWrite}
            onRemove={onRemove}
            testId="sub-suppliers-table"
          />
          <FurtherChain nodes={detail.upstream} caption={t("furtherUpstream")} />
        </section>
        <section aria-labelledby="downstream-heading">
          <CardHeader
            headingLevel={3}
            title={<span id="downstream-heading">{t("downstreamTitle")}</span>}
            description={t("downstreamDescription")}
          />
          <LinksTable
            links={detail.buyers}
            caption={t("downstreamTitle")}
            emptyText={detail.supplier.isDirect ? t("downstreamDirect") : t("downstreamEmpty")}
            canWrite={canWrite}
            onRemove={onRemove}
            testId="buyers-table"
          />
          <FurtherChain nodes={detail.downstream} caption={t("furtherDownstream")} />
        </section>
      </div>
    </Card>
  );
};
