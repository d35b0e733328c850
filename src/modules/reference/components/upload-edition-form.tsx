"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

import {
  MAX_EDITION_UPLOAD_BYTES,
  MAX_EDITION_UPLOAD_MEGABYTES,
  UPLOAD_COLUMNS,
  UPLOADABLE_DATASETS,
  ZUploadEditionFailureSchema,
  ZUploadEditionFieldsSchema,
  ZUploadEditionSuccessSchema,
  type TRowProblem,
  type TUploadableDataset,
  type TUploadEditionField,
  type TUploadEditionSuccess,
} from "../schemas";

type Values = Record<Exclude<TUploadEditionField, "dataset">, string>;

const EMPTY: Values = { edition: "", effectiveDate: "", source: "", licence: "" };

const ProblemsTable = ({ problems, more }: { problems: TRowProblem[]; more: number }) => {
  const t = useTranslations("reference.upload.problems");
  return (
    <div className="space-y-2" data-testid="upload-problems">
      <Table>
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <Th>{t("row")}</Th>
            <Th>{t("column")}</Th>
            <Th>{t("value")}</Th>
            <Th>{t("why")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {problems.map((problem, index) => (
            <tr key={`${problem.row}-${problem.column}-${index}`}>
              <Td>{problem.row}</Td>
              <Td className="font-mono text-xs">{problem.column}</Td>
              <Td>{problem.value}</Td>
              <Td>
                {t(`kinds.${problem.problem}`, { value: problem.value, column: problem.column })}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {more > 0 && <p className="text-sm text-slate-700">{t("more", { count: more })}</p>}
    </div>
  );
};

const Loaded = ({ result }: { result: TUploadEditionSuccess }) => {
  const t = useTranslations("reference.upload.loaded");
  const { edition } = result;
  return (
    <Alert tone="success" title={t("title", { edition: edition.edition })}>
      <div data-testid="upload-loaded">
        <p>{t("rows", { count: edition.rowCount })}</p>
        <p>{edition.isActive ? t("active") : t("notActive")}</p>
        <p>{result.isRecomputationRequested ? t("recomputing") : t("notRecomputing")}</p>
        <p>
          <Link href={`/reference/data/${edition.id}`} className="underline">
            {t("view")}
          </Link>
        </p>
      </div>
    </Alert>
  );
};

/**
 * An owner or admin loads a newer edition of the goods list or the TIP tiers for the
 * organisation: a CSV or XLSX file with the built-in file's columns, and what the edition is
 * (name, the date it applies from, source, licence). A file with bad rows is refused whole, each
 * problem listed with its row and column.
 */
export const UploadEditionForm = () => {
  const t = useTranslations("reference.upload");
  const tDatasets = useTranslations("reference.datasets");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dataset, setDataset] = useState<TUploadableDataset>("goods_list");
  const [values, setValues] = useState<Values>(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<TUploadEditionField | "file">>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ list: TRowProblem[]; more: number } | null>(null);
  const [loaded, setLoaded] = useState<TUploadEditionSuccess | null>(null);
  const [isUploading, setIsUploading] = useState(false);

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const fieldError = (field: TUploadEditionField | "file") =>
    invalid.has(field) ? t(`fieldErrors.${field}`, { max: MAX_EDITION_UPLOAD_MEGABYTES }) : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setProblems(null);
    setLoaded(null);
    const fields = ZUploadEditionFieldsSchema.safeParse({ dataset, ...values });
    const badFields = new Set<TUploadEditionField | "file">(
      fields.success
        ? []
        : fields.error.issues.flatMap((issue) => {
            const field = issue.path[0];
            return field === "edition" ||
              field === "effectiveDate" ||
              field === "source" ||
              field === "licence" ||
              field === "dataset"
              ? [field]
              : [];
          }),
    );
    if (!file || file.size === 0 || file.size > MAX_EDITION_UPLOAD_BYTES) badFields.add("file");
    setInvalid(badFields);
    if (!fields.success || !file || badFields.size > 0) return;

    const form = new FormData();
    for (const [name, value] of Object.entries(fields.data)) form.set(name, value);
    form.set("file", file);
    setIsUploading(true);
    try {
      const response = await fetch("/api/reference/editions", { method: "POST", body: form });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) {
        const result = ZUploadEditionSuccessSchema.parse(body);
        setLoaded(result);
        setValues(EMPTY);
        setFile(null);
        if (fileInput.current) fileInput.current.value = "";
        await queryClient.invalidateQueries({ queryKey: trpc.reference.pathKey() });
      } else {
        const failure = ZUploadEditionFailureSchema.safeParse(body);
        if (failure.success) {
          setError(failure.data.error.message);
          setInvalid(new Set(failure.data.invalidFields));
          if (failure.data.problems.length > 0) {
            setProblems({ list: failure.data.problems, more: failure.data.moreProblems });
          }
        } else {
          setError(t("failed"));
        }
      }
    } catch {
      setError(t("failed"));
    }
    setIsUploading(false);
  };

  const columns = UPLOAD_COLUMNS[dataset];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("formLabel")}>
      {loaded && <Loaded result={loaded} />}
      {error && <Alert tone="error">{error}</Alert>}
      {problems && <ProblemsTable problems={problems.list} more={problems.more} />}
      <fieldset disabled={isUploading} className="space-y-5">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("dataset")}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {UPLOADABLE_DATASETS.map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="radio"
                  name="dataset"
                  value={value}
                  checked={dataset === value}
                  onChange={() => setDataset(value)}
                  className="h-4 w-4 accent-teal-800"
                />
                {tDatasets(`${value}.title`)}
              </label>
            ))}
          </div>
          <p className="mt-2 text-xs text-slate-600" data-testid="upload-columns">
            {t("columns", {
              required: columns.required.join(", "),
              optional: columns.optional.join(", "),
            })}
          </p>
        </fieldset>
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={t("edition")} hint={t("editionHint")} error={fieldError("edition")}>
            {(control) => (
              <Input
                {...control}
                name="edition"
                maxLength={120}
                value={values.edition}
                onChange={set("edition")}
              />
            )}
          </Field>
          <Field
            label={t("effectiveDate")}
            hint={t("effectiveDateHint")}
            error={fieldError("effectiveDate")}
          >
            {(control) => (
              <Input
                {...control}
                type="date"
                name="effectiveDate"
                value={values.effectiveDate}
                onChange={set("effectiveDate")}
              />
            )}
          </Field>
        </div>
        <Field label={t("source")} hint={t("sourceHint")} error={fieldError("source")}>
          {(control) => (
            <Textarea
              {...control}
              name="source"
              rows={2}
              maxLength={1000}
              value={values.source}
              onChange={set("source")}
            />
          )}
        </Field>
        <Field label={t("licence")} hint={t("licenceHint")} error={fieldError("licence")}>
          {(control) => (
            <Input
              {...control}
              name="licence"
              maxLength={500}
              value={values.licence}
              onChange={set("licence")}
            />
          )}
        </Field>
        <Field
          label={t("file")}
          hint={t("fileHint", { max: MAX_EDITION_UPLOAD_MEGABYTES })}
          error={fieldError("file")}
        >
          {(control) => (
            <Input
              {...control}
              ref={fileInput}
              type="file"
              name="file"
              accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="h-auto py-2"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Button type="submit">{isUploading ? t("uploading") : t("submit")}</Button>
      </fieldset>
    </form>
  );
};
