"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName, countryOptions } from "@/modules/reference/countries";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import {
  ZSaveCountryOverrideRequestSchema,
  type TCountryOverride,
  type TRecomputation,
} from "../schemas";
import { parseNumber, validationMessageKey, type ValidationMessageKey } from "./weights-form";

type OverrideField = "country" | "points" | "reason";
type Draft = { country: string; points: string; reason: string };

const EMPTY: Draft = { country: "", points: "", reason: "" };

const isOverrideField = (field: unknown): field is OverrideField =>
  field === "country" || field === "points" || field === "reason";

/**
 * The organisation's country overrides (risk.listCountryOverrides): a table, and for members
 * with risk:configure a form to add or change one (country, points, reason) and a confirmed
 * removal. Each change queues a recomputation, handed to `onRecomputation`.
 */
export const CountryOverrides = ({
  canConfigure,
  onRecomputation,
}: {
  canConfigure: boolean;
  onRecomputation: (run: TRecomputation | null) => void;
}) => {
  const t = useTranslations("risk.settings.overrides");
  const tMessages = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: overrides } = useSuspenseQuery(trpc.risk.listCountryOverrides.queryOptions());
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<OverrideField, ValidationMessageKey>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation(trpc.risk.saveCountryOverride.mutationOptions());
  const remove = useMutation(trpc.risk.removeCountryOverride.mutationOptions());

  const nameOf = (code: string) => countryName(code, locale);
  const rows = [...overrides].sort((a, b) =>
    nameOf(a.country).localeCompare(nameOf(b.country), locale),
  );
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.risk.listCountryOverrides.queryKey() });
  const failed = (error: unknown) =>
    setFailure(appErrorOf(error)?.userMessage ?? tMessages("errors.code.INTERNAL"));

  const startEdit = (override: TCountryOverride) => {
    setEditing(override.country);
    setDraft({
      country: override.country,
      points: String(override.points),
      reason: override.reason,
    });
    setErrors({});
    setNotice(null);
    setFailure(null);
  };
  const stopEdit = () => {
    setEditing(null);
    setDraft(EMPTY);
    setErrors({});
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const parsed = ZSaveCountryOverrideRequestSchema.safeParse({
      country: draft.country,
      points: parseNumber(draft.points),
      reason: draft.reason,
    });
    if (!parsed.success) {
      const next: Partial<Record<OverrideField, ValidationMessageKey>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (isOverrideField(field)) next[field] ??= validationMessageKey(issue.message);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      const result = await save.mutateAsync(parsed.data);
      await refresh();
      onRecomputation(result.recomputation);
      setNotice(result.recomputation ? t("saved") : t("unchanged"));
      stopEdit();
    } catch (error) {
      failed(error);
    }
  };

  const handleRemove = async (override: TCountryOverride) => {
    setNotice(null);
    setFailure(null);
    try {
      const result = await remove.mutateAsync({ id: override.id });
      await refresh();
      onRecomputation(result.recomputation);
      setNotice(t("removed"));
      if (editing === override.country) stopEdit();
    } catch (error) {
      failed(error);
    }
  };

  const errorOf = (field: OverrideField) => {
    const key = errors[field];
    return key ? tMessages(key) : null;
  };

  return (
    <Card aria-labelledby="risk-overrides-heading" data-testid="risk-overrides">
      <div className="mb-4">
        <h2 id="risk-overrides-heading" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      </div>
      <div aria-live="polite">
        {notice && (
          <Alert tone="success" className="mb-4">
            {notice}
          </Alert>
        )}
      </div>
      {failure && (
        <Alert tone="error" className="mb-4">
          {failure}
        </Alert>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <Table data-testid="risk-overrides-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <Th>{t("country")}</Th>
              <Th className="text-right">{t("points")}</Th>
              <Th>{t("reason")}</Th>
              <Th>{t("updatedAt")}</Th>
              {canConfigure && (
                <Th>
                  <span className="sr-only">{t("actions")}</span>
                </Th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((override) => (
              <tr key={override.id} data-country={override.country}>
                <Td className="font-medium">{nameOf(override.country)}</Td>
                <Td className="text-right tabular-nums">{override.points}</Td>
                <Td>{override.reason}</Td>
                <Td className="whitespace-nowrap">
                  {format.dateTime(override.updatedAt, { dateStyle: "medium" })}
                </Td>
                {canConfigure && (
                  <Td className="whitespace-nowrap">
                    <div className="flex gap-2">
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => startEdit(override)}
                        aria-label={t("editLabel", { country: nameOf(override.country) })}
                      >
                        {t("edit")}
                      </Button>
                      <ConfirmDialog
                        trigger={
                          <Button
                            variant="ghost"
                            size="sm"
                            disabled={remove.isPending}
                            aria-label={t("removeLabel", { country: nameOf(override.country) })}
                          >
                            {t("remove")}
                          </Button>
                        }
                        title={t("removeTitle", { country: nameOf(override.country) })}
                        description={t("removeDescription", {
                          country: nameOf(override.country),
                        })}
                        confirmLabel={t("removeConfirm")}
                        cancelLabel={t("removeCancel")}
                        onConfirm={() => void handleRemove(override)}
                      />
                    </div>
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      {canConfigure && (
        <form
          onSubmit={handleSubmit}
          noValidate
          className="mt-6 space-y-4 border-t border-slate-200 pt-6"
          aria-labelledby="risk-override-form-heading"
        >
          <h3 id="risk-override-form-heading" className="font-semibold text-slate-900">
            {editing ? t("editTitle", { country: nameOf(editing) }) : t("addTitle")}
          </h3>
          <fieldset disabled={save.isPending} className="space-y-4">
            <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
              <Field label={t("country")} error={errorOf("country")}>
                {(control) => (
                  <Select
                    {...control}
                    name="country"
                    value={draft.country}
                    disabled={editing !== null}
                    onChange={(event) => setDraft({ ...draft, country: event.target.value })}
                  >
                    <option value="">{t("chooseCountry")}</option>
                    {countries.map((country) => (
                      <option key={country.code} value={country.code}>
                        {country.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field label={t("points")} hint={t("pointsHint")} error={errorOf("points")}>
                {(control) => (
                  <Input
                    {...control}
                    name="points"
                    inputMode="numeric"
                    autoComplete="off"
                    value={draft.points}
                    onChange={(event) => setDraft({ ...draft, points: event.target.value })}
                  />
                )}
              </Field>
            </div>
            <Field label={t("reason")} hint={t("reasonHint")} error={errorOf("reason")}>
              {(control) => (
                <Textarea
                  {...control}
                  name="reason"
                  rows={3}
                  value={draft.reason}
                  onChange={(event) => setDraft({ ...draft, reason: event.target.value })}
                />
              )}
            </Field>
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={save.isPending}>
              {t("add")}
            </Button>
            {editing && (
              <Button variant="secondary" onClick={stopEdit}>
                {t("cancel")}
              </Button>
            )}
          </div>
        </form>
      )}
    </Card>
  );
};
