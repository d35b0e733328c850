"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

import type { TDatasetEditions } from "../schemas";
import { DateOnly, DateTime } from "./labels";

const DatasetCard = ({ dataset }: { dataset: TDatasetEditions }) => {
  const t = useTranslations("reference.data");
  const tDatasets = useTranslations("reference.datasets");
  const title = tDatasets(`${dataset.dataset}.title`);
  return (
    <Card data-testid={`dataset-${dataset.dataset}`}>
      <CardHeader title={title} description={tDatasets(`${dataset.dataset}.description`)} />
      {dataset.editions.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noEditions")}</p>
      ) : (
        <Table>
          <caption className="sr-only">{t("caption", { dataset: title })}</caption>
          <thead>
            <tr>
              <Th>{t("columns.edition")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>{t("columns.effectiveDate")}</Th>
              <Th>{t("columns.rows")}</Th>
              <Th>{t("columns.source")}</Th>
              <Th>{t("columns.loaded")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {dataset.editions.map((edition) => (
              <tr
                key={edition.id}
                data-edition={edition.edition}
                data-active={edition.isActive ? "true" : "false"}
              >
                <Td>
                  <Link
                    href={`/reference/data/${edition.id}`}
                    className="font-medium text-teal-800 underline-offset-2 hover:underline"
                  >
                    {edition.edition}
                  </Link>
                  <p className="text-xs text-slate-600">
                    {edition.isBuiltIn ? t("builtIn") : t("own")}
                  </p>
                </Td>
                <Td>
                  {edition.isActive ? (
                    <Badge tone="teal">{t("active")}</Badge>
                  ) : (
                    <span className="text-slate-600">{t("kept")}</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  <DateOnly value={edition.effectiveDate} />
                </Td>
                <Td className="whitespace-nowrap">{t("rowCount", { count: edition.rowCount })}</Td>
                <Td className="max-w-md text-xs">
                  <p>{edition.source}</p>
                  <p className="mt-1 text-slate-600">
                    {t("licence", { licence: edition.licence })}
                  </p>
                </Td>
                <Td className="text-xs">
                  {edition.isBuiltIn ? (
                    <p>{t("shipped")}</p>
                  ) : (
                    <p>{t("loadedBy", { name: edition.loadedByName ?? t("formerMember") })}</p>
                  )}
                  <p className="text-slate-600">
                    <DateTime value={edition.createdAt} />
                  </p>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
};

/**
 * Every reference dataset with its editions (built-in and the organisation's own) and which one
 * the organisation's risk scores use. Older editions stay, so past scores remain explainable.
 */
export const ReferenceDatasets = () => {
  const t = useTranslations("reference.data");
  const tErrors = useTranslations("errors.code");
  const trpc = useTRPC();
  const query = useQuery(trpc.reference.listEditions.queryOptions({}));
  if (query.isError) return <Alert tone="error">{tErrors("INTERNAL")}</Alert>;
  if (!query.data) return <p className="text-sm text-slate-700">{t("loading")}</p>;
  return (
    <div className="space-y-6">
      {query.data.map((dataset) => (
        <DatasetCard key={dataset.dataset} dataset={dataset} />
      ))}
    </div>
  );
};
