"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

import { ROW_FILTERS, type ImportDetail, type ImportRowDto } from "../schemas";
import { FixRowDialog } from "./fix-row-dialog";
import { Pager } from "./pager";
import { useFieldTexts } from "./use-field-texts";

const PAGE_SIZE = 25;

type RowFilter = (typeof ROW_FILTERS)[number];

/**
 * The row-by-row validation report: each problem with its row (as numbered in the file), column,
 * value and message; paged; each row can be fixed here. Also downloadable as CSV.
 */
export const RowReport = ({ detail }: { detail: ImportDetail }) => {
  const t = useTranslations("imports.report");
  const format = useFormatter();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<RowFilter>(detail.invalidRowCount > 0 ? "invalid" : "all");
  const [page, setPage] = useState(1);
  const [fixing, setFixing] = useState<ImportRowDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, isError } = useQuery(
    trpc.imports.listImportRows.queryOptions({ id: detail.id, filter, page, pageSize: PAGE_SIZE }),
  );
  const isEditable = detail.status === "validated" || detail.status === "failed";

  return (
    <Card aria-labelledby="report-title">
      <CardHeader
        title={<span id="report-title">{t("title")}</span>}
        description={t("description")}
        actions={
          detail.invalidRowCount > 0 ? (
            <Button asChild variant="secondary" size="sm">
              <a href={`/api/imports/${detail.id}/report`}>{t("download")}</a>
            </Button>
          ) : undefined
        }
      />
      <div className="space-y-4">
        {detail.invalidRowCount > 0 ? (
          <Alert tone="warning" title={t("problemsTitle", { count: detail.invalidRowCount })}>
            {t("problemsBody")}
          </Alert>
        ) : (
          <Alert tone="success">{t("allValid", { count: detail.validRowCount })}</Alert>
        )}
        {notice && <Alert tone="success">{notice}</Alert>}
        <div role="group" aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
          {ROW_FILTERS.map((value) => (
            <Button
              key={value}
              size="sm"
              variant={filter === value ? "primary" : "secondary"}
              aria-pressed={filter === value}
              onClick={() => {
                setFilter(value);
                setPage(1);
              }}
            >
              {t(`filters.${value}`, {
                count:
                  value === "all"
                    ? detail.rowCount
                    : value === "invalid"
                      ? detail.invalidRowCount
                      : detail.validRowCount,
              })}
            </Button>
          ))}
        </div>
        {isError && <Alert tone="error">{t("loadFailed")}</Alert>}
        {data && data.rows.length === 0 && <p className="text-sm text-slate-700">{t("noRows")}</p>}
        {data && data.rows.length > 0 && (
          <Table>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <Th>{t("row")}</Th>
                <Th>{t("outcome")}</Th>
                {isEditable && <Th>{t("actions")}</Th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((row) => (
                <tr key={row.rowNumber} data-testid={`import-row-${row.rowNumber}`}>
                  <Td className="tabular-nums">{format.number(row.rowNumber)}</Td>
                  <Td>
                    {row.isValid ? (
                      <span className="text-emerald-800">{t("ready")}</span>
                    ) : (
                      <ul className="space-y-1">
                        {row.errors.map((error, index) => (
                          <li key={index}>
                            {error.column && <span className="font-medium">{error.column}: </span>}
                            {error.text}
                            {error.value ? (
                              <span className="text-slate-600">
                                {" "}
                                {t("given", { value: error.value })}
                              </span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Td>
                  {isEditable && (
                    <Td>
                      <Button
                        size="sm"
                        variant={row.isValid ? "ghost" : "secondary"}
                        onClick={() => {
                          setNotice(null);
                          setFixing(row);
                        }}
                      >
                        {row.isValid
                          ? t("edit", { row: row.rowNumber })
                          : t("fix", { row: row.rowNumber })}
                      </Button>
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {data && (
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onPage={setPage}
            label={t("pages")}
          />
        )}
      </div>
      {fixing && (
        <FixRowDialog
          detail={detail}
          row={fixing}
          onClose={(fixedRow) => {
            setFixing(null);
            if (fixedRow) setNotice(t("fixed", { row: fixedRow }));
          }}
        />
      )}
    </Card>
  );
};

/** The first rows as they will be imported (values read, countries as codes …). */
export const ImportPreview = ({ detail }: { detail: ImportDetail }) => {
  const t = useTranslations("imports.preview");
  const texts = useFieldTexts(detail.entityType);
  const trpc = useTRPC();
  const { data } = useQuery(
    trpc.imports.listImportRows.queryOptions({
      id: detail.id,
      filter: "valid",
      page: 1,
      pageSize: 10,
    }),
  );
  const fields = Object.keys(detail.mapping);
  const rows = data?.rows.filter((row) => row.preview) ?? [];
  if (!data) return null;
  if (rows.length === 0) {
    return (
      <Card aria-labelledby="preview-title">
        <CardHeader title={<span id="preview-title">{t("title")}</span>} />
        <p className="text-sm text-slate-700">{t("empty")}</p>
      </Card>
    );
  }
  const previewFields = Object.keys(rows[0]?.preview ?? {}).filter(
    (key) => fields.includes(key) || rows.some((row) => row.preview?.[key]),
  );
  return (
    <Card aria-labelledby="preview-title">
      <CardHeader
        title={<span id="preview-title">{t("title")}</span>}
        description={t("description")}
      />
      <Table>
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <Th>{t("row")}</Th>
            {previewFields.map((key) => (
              <Th key={key}>{texts[key]?.label ?? key}</Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.rowNumber}>
              <Td className="tabular-nums">{row.rowNumber}</Td>
              {previewFields.map((key) => (
                <Td key={key}>{row.preview?.[key] ?? ""}</Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
};
