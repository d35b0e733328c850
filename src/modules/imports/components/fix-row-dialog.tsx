"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { ImportDetail, ImportRowDto } from "../schemas";
import { useFieldTexts } from "./use-field-texts";

/**
 * Corrects one row's cells in the app: the mapped columns are editable, each with the problem
 * found in it; saving checks the row again. Closes when the row is valid.
 */
export const FixRowDialog = ({
  detail,
  row,
  onClose,
}: {
  detail: ImportDetail;
  row: ImportRowDto;
  /** Called with the row number when it was saved valid, or null when dismissed. */
  onClose: (fixedRow: number | null) => void;
}) => {
  const t = useTranslations("imports.fix");
  const tErrors = useTranslations("errors");
  const texts = useFieldTexts(detail.entityType);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [cells, setCells] = useState<Record<string, string>>(row.cells);
  const [errors, setErrors] = useState(row.errors);
  const [formError, setFormError] = useState<string | null>(null);
  const fix = useMutation(trpc.imports.fixImportRow.mutationOptions());

  const fieldOfHeader = new Map(
    Object.entries(detail.mapping).map(([field, header]) => [header, field]),
  );
  // Mapped columns in the file's order; the others are not imported and need no fixing.
  const headers = detail.headers.filter((header) => fieldOfHeader.has(header));
  const rowErrors = errors.filter((error) => !error.column);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    try {
      const result = await fix.mutateAsync({ id: detail.id, rowNumber: row.rowNumber, cells });
      await Promise.all([
        queryClient.invalidateQueries(trpc.imports.getImport.queryFilter({ id: detail.id })),
        queryClient.invalidateQueries(trpc.imports.listImportRows.pathFilter()),
      ]);
      if (result.row.isValid) onClose(row.rowNumber);
      else setErrors(result.row.errors);
    } catch (caught) {
      setFormError(appErrorOf(caught)?.userMessage ?? tErrors("code.INTERNAL"));
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose(null)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 max-h-[90vh] w-[min(40rem,94vw)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold text-slate-900">
            {t("title", { row: row.rowNumber })}
          </Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-700">
            {t("description")}
          </Dialog.Description>
          <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
            {formError && <Alert tone="error">{formError}</Alert>}
            {rowErrors.length > 0 && (
              <Alert tone="error">{rowErrors.map((error) => error.text).join(" ")}</Alert>
            )}
            {headers.map((header) => {
              const field = fieldOfHeader.get(header) ?? "";
              const error = errors.find((candidate) => candidate.column === header);
              return (
                <Field
                  key={header}
                  label={header}
                  hint={t("feeds", { field: texts[field]?.label ?? field })}
                  error={error?.text ?? null}
                >
                  {(control) => (
                    <Input
                      {...control}
                      value={cells[header] ?? ""}
                      onChange={(event) =>
                        setCells((current) => ({ ...current, [header]: event.target.value }))
                      }
                    />
                  )}
                </Field>
              );
            })}
            <div className="flex justify-end gap-3">
              <Dialog.Close asChild>
                <Button variant="secondary">{t("cancel")}</Button>
              </Dialog.Close>
              <Button type="submit" disabled={fix.isPending}>
                {fix.isPending ? t("saving") : t("save")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
};
