"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import { fieldsOf, type ColumnMapping } from "../fields";
import type { ImportDetail } from "../schemas";
import { mappingProblems } from "../suggest-mapping";
import { useFieldTexts } from "./use-field-texts";

/**
 * Which column feeds which field: proposed from the headers, adjustable, required fields
 * enforced. Saving checks every row against the mapping.
 */
export const MappingStep = ({ detail }: { detail: ImportDetail }) => {
  const t = useTranslations("imports.mapping");
  const tErrors = useTranslations("errors");
  const texts = useFieldTexts(detail.entityType);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mapping, setMapping] = useState<ColumnMapping>(detail.mapping);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.imports.setImportMapping.mutationOptions());
  const fields = fieldsOf(detail.entityType);
  const problems = mappingProblems(detail.entityType, mapping);
  const usedHeaders = new Set(Object.values(mapping));
  const unusedHeaders = detail.headers.filter((header) => !usedHeaders.has(header));

  const choose = (field: string, header: string) => {
    setMapping((current) => {
      const next: ColumnMapping = {};
      // A column feeds one field: choosing it here takes it away from any other field.
      for (const [key, value] of Object.entries(current)) {
        if (key !== field && value !== header) next[key] = value;
      }
      if (header) next[field] = header;
      return next;
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await save.mutateAsync({ id: detail.id, mapping });
      await Promise.all([
        queryClient.invalidateQueries(trpc.imports.getImport.queryFilter({ id: detail.id })),
        queryClient.invalidateQueries(trpc.imports.listImportRows.pathFilter()),
      ]);
    } catch (caught) {
      setError(appErrorOf(caught)?.userMessage ?? tErrors("code.INTERNAL"));
    }
  };

  const form = (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map((field) => {
          const label = texts[field.key]?.label ?? field.key;
          return (
            <Field
              key={field.key}
              label={field.required ? t("requiredLabel", { label }) : label}
              hint={texts[field.key]?.help}
            >
              {(control) => (
                <Select
                  {...control}
                  value={mapping[field.key] ?? ""}
                  onChange={(event) => choose(field.key, event.target.value)}
                  aria-required={field.required}
                >
                  <option value="">{t("notImported")}</option>
                  {detail.headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          );
        })}
      </div>
      {detail.entityType === "sites" && (
        <p className="text-sm text-slate-700">{t("supplierReferenceHint")}</p>
      )}
      {unusedHeaders.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("unusedColumns", { columns: unusedHeaders.join(", ") })}
        </p>
      )}
      {(problems.missingRequired.length > 0 || problems.needsSupplierReference) && (
        <Alert tone="warning">
          {problems.missingRequired.length > 0 &&
            t("missingRequired", {
              fields: problems.missingRequired.map((key) => texts[key]?.label ?? key).join(", "),
            })}{" "}
          {problems.needsSupplierReference && t("needsSupplierReference")}
        </Alert>
      )}
      <Button
        type="submit"
        disabled={
          save.isPending || problems.missingRequired.length > 0 || problems.needsSupplierReference
        }
      >
        {save.isPending ? t("saving") : detail.isMapped ? t("saveAgain") : t("save")}
      </Button>
    </form>
  );

  // Once saved, the mapping folds away so that the report comes first; it can be reopened.
  if (detail.isMapped) {
    return (
      <Card>
        <details>
          <summary className="cursor-pointer text-lg font-semibold text-slate-900">
            {t("title")}{" "}
            <span className="text-sm font-normal text-slate-700">
              {t("summary", { count: Object.keys(detail.mapping).length })}
            </span>
          </summary>
          <p className="mt-1 mb-4 text-sm text-slate-600">{t("description")}</p>
          {form}
        </details>
      </Card>
    );
  }

  return (
    <Card aria-labelledby="mapping-title">
      <CardHeader
        title={<span id="mapping-title">{t("title")}</span>}
        description={t("description")}
      />
      {form}
    </Card>
  );
};
