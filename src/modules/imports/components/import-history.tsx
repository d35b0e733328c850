"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

import { Pager } from "./pager";
import { ImportStatusBadge } from "./status-badge";

const PAGE_SIZE = 25;

/** The organisation's imports, newest first; refreshes itself while one is running. */
export const ImportHistory = () => {
  const t = useTranslations("imports");
  const format = useFormatter();
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const { data, isError } = useQuery({
    ...trpc.imports.listImports.queryOptions({ page, pageSize: PAGE_SIZE }),
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === "importing") ? 2_000 : false,
  });
  if (isError) return <Alert tone="error">{t("history.loadFailed")}</Alert>;
  if (!data) return <p className="text-sm text-slate-600">{t("history.loading")}</p>;
  if (data.total === 0) return <p className="text-sm text-slate-700">{t("history.empty")}</p>;
  return (
    <>
      <Table>
        <caption className="sr-only">{t("history.caption")}</caption>
        <thead>
          <tr>
            <Th>{t("history.file")}</Th>
            <Th>{t("history.entity")}</Th>
            <Th>{t("history.status")}</Th>
            <Th className="text-right">{t("history.rows")}</Th>
            <Th>{t("history.uploaded")}</Th>
            <Th>{t("history.by")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.items.map((item) => (
            <tr key={item.id}>
              <Td>
                <Link
                  href={`/imports/${item.id}`}
                  className="font-medium text-teal-800 underline hover:text-teal-950"
                >
                  {item.fileName}
                </Link>
              </Td>
              <Td>{t(`entities.${item.entityType}`)}</Td>
              <Td>
                <ImportStatusBadge status={item.status} />
              </Td>
              <Td className="text-right tabular-nums">{format.number(item.rowCount)}</Td>
              <Td>
                {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </Td>
              <Td>{item.createdByName ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={data.total}
        onPage={setPage}
        label={t("history.pages")}
      />
    </>
  );
};
