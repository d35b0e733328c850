"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { z } from "zod";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

import { IMPORT_ENTITIES, type ImportEntity } from "../fields";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MEGABYTES, MAX_IMPORT_ROWS } from "../limits";
import { ZUploadResponseSchema } from "../schemas";

const ZUploadErrorSchema = z.object({ error: z.object({ message: z.string() }) });

/** Chooses what the file holds and uploads it; the import page takes over from there. */
export const UploadForm = ({ initialEntity }: { initialEntity: ImportEntity }) => {
  const t = useTranslations("imports");
  const router = useRouter();
  const [entity, setEntity] = useState<ImportEntity>(initialEntity);
  const [file, setFile] = useState<File | null>(null);
  const [worksheet, setWorksheet] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isUploading, setIsUploading] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) {
      setError(t("upload.chooseFile"));
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(t("upload.tooLarge", { max: MAX_UPLOAD_MEGABYTES }));
      return;
    }
    const form = new FormData();
    form.set("entity", entity);
    form.set("file", file);
    if (worksheet.trim()) form.set("worksheet", worksheet.trim());
    setIsUploading(true);
    try {
      const response = await fetch("/api/imports", { method: "POST", body: form });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) {
        const { id } = ZUploadResponseSchema.parse(body);
        router.push(`/imports/${id}`);
        return;
      }
      const parsed = ZUploadErrorSchema.safeParse(body);
      setError(parsed.success ? parsed.data.error.message : t("upload.failed"));
    } catch {
      setError(t("upload.failed"));
    }
    setIsUploading(false);
  };

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("upload.entityLegend")}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {IMPORT_ENTITIES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name="entity"
                value={value}
                checked={entity === value}
                onChange={() => setEntity(value)}
                className="h-4 w-4 accent-teal-800"
              />
              {t(`entities.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t("upload.file")}
        hint={t("upload.fileHint", { max: MAX_UPLOAD_MEGABYTES, rows: MAX_IMPORT_ROWS })}
      >
        {(control) => (
          <Input
            {...control}
            type="file"
            name="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="h-auto py-2"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <Field label={t("upload.worksheet")} hint={t("upload.worksheetHint")}>
        {(control) => (
          <Input
            {...control}
            name="worksheet"
            value={worksheet}
            onChange={(event) => setWorksheet(event.target.value)}
            className="max-w-sm"
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isUploading}>
          {isUploading ? t("upload.uploading") : t("upload.submit")}
        </Button>
        <p className="text-sm text-slate-700">
          {t("upload.templates")}{" "}
          <a className="text-teal-800 underline" href={`/api/export/${entity}/template?format=csv`}>
            {t("upload.templateCsv")}
          </a>
          {" · "}
          <a
            className="text-teal-800 underline"
            href={`/api/export/${entity}/template?format=xlsx`}
          >
            {t("upload.templateXlsx")}
          </a>
        </p>
      </div>
    </form>
  );
};
