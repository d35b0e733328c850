"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { MultiSelect } from "@/components/ui/multi-select";
import type { TSector } from "@/modules/reference/sectors";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TSaveRiskSettingsResponse } from "../procedures/settings.schema";
import { ZUpdateRiskSettingsRequestSchema, type TRiskSettings } from "../schemas";
import {
  FIELDS,
  formErrorKeys,
  GROUPS,
  SHARE_FIELDS,
  toFormValues,
  toRequest,
  type FieldId,
  type FormErrorTarget,
  type FormValues,
  type GroupId,
  type ShareKind,
  type ValidationMessageKey,
} from "./weights-form";

type FormError = { message: string; isConflict: boolean };

const SHARE_KINDS: readonly ShareKind[] = ["migrant", "temporary", "seasonal"];

const Group = ({ id, children }: { id: GroupId; children: ReactNode }) => {
  const t = useTranslations("risk.settings.groups");
  return (
    <fieldset className="space-y-4 border-t border-slate-200 pt-6" data-group={id}>
      <legend className="float-left w-full text-base font-semibold text-slate-900">
        {t(`${id}.title`)}
      </legend>
      <p className="clear-left text-sm text-slate-700">{t(`${id}.description`)}</p>
      {children}
    </fieldset>
  );
};

/**
 * Every weight and band threshold of the organisation's risk model, each with its meaning; the
 * high-risk ISIC divisions as a multi-select of the reference sector list. Validated in the
 * browser with the server's schema; saved with the version it was loaded with, so a concurrent
 * change is reported (with a way to load it) instead of being overwritten. Read-only without
 * risk:configure.
 */
export const RiskWeightsForm = ({
  settings,
  sectors,
  canConfigure,
  onSaved,
}: {
  settings: TRiskSettings;
  sectors: readonly TSector[];
  canConfigure: boolean;
  onSaved: (result: TSaveRiskSettingsResponse, kind: "saved" | "reset") => void;
}) => {
  const t = useTranslations("risk.settings");
  const tMessages = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FormValues>(() =>
    toFormValues(settings.weights, settings.bandThresholds),
  );
  const [errors, setErrors] = useState<Partial<Record<FormErrorTarget, ValidationMessageKey>>>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const update = useMutation(trpc.risk.updateRiskSettings.mutationOptions());
  const reset = useMutation(trpc.risk.resetRiskSettings.mutationOptions());
  const isSaving = update.isPending || reset.isPending;

  const errorOf = (target: FormErrorTarget): string | null => {
    const key = errors[target];
    return key ? tMessages(key) : null;
  };
  const setField = (id: FieldId) => (event: { target: { value: string } }) =>
    setValues((current) => ({
      ...current,
      fields: { ...current.fields, [id]: event.target.value },
    }));

  const showFailure = (error: unknown) => {
    const appError = appErrorOf(error);
    setFormError({
      message: appError?.userMessage ?? tMessages("errors.code.INTERNAL"),
      isConflict: appError?.code === "CONFLICT",
    });
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = ZUpdateRiskSettingsRequestSchema.safeParse(
      toRequest({ values, base: settings.weights, expectedVersion: settings.version }),
    );
    if (!parsed.success) {
      setErrors(formErrorKeys(parsed.error.issues));
      setFormError({ message: t("fixErrors"), isConflict: false });
      return;
    }
    setErrors({});
    try {
      onSaved(await update.mutateAsync(parsed.data), "saved");
    } catch (error) {
      showFailure(error);
    }
  };

  const handleReset = async () => {
    setFormError(null);
    try {
      onSaved(await reset.mutateAsync({ expectedVersion: settings.version }), "reset");
    } catch (error) {
      showFailure(error);
    }
  };

  const numberField = (id: FieldId) => {
    const spec = FIELDS[id];
    return (
      <Field
        key={id}
        label={t("fieldLabel", {
          label: t(`fields.${id}.label`),
          unit: t(`units.${spec.unit}`),
        })}
        hint={t(`fields.${id}.hint`)}
        error={errorOf(id)}
      >
        {(control) => (
          <Input
            {...control}
            name={id}
            inputMode={spec.unit === "percent" ? "decimal" : "numeric"}
            autoComplete="off"
            className="max-w-32"
            value={values.fields[id] ?? ""}
            onChange={setField(id)}
          />
        )}
      </Field>
    );
  };
  const fieldGrid = (ids: readonly FieldId[]) => (
    <div className="grid gap-x-6 gap-y-4 md:grid-cols-2 lg:grid-cols-3">{ids.map(numberField)}</div>
  );

  const sectorOptions = sectors.map((sector) => ({
    value: sector.division,
    label: t("divisions.option", { division: sector.division, title: sector.divisionTitle }),
  }));
  const divisionLabel = (division: string) =>
    sectorOptions.find((option) => option.value === division)?.label ?? division;

  const groupBody = (id: GroupId, fields: readonly FieldId[]): ReactNode => {
    if (id === "sector") {
      return (
        <>
          {fieldGrid(fields)}
          {canConfigure ? (
            <MultiSelect
              options={sectorOptions}
              value={values.divisions}
              onChange={(divisions) => setValues((current) => ({ ...current, divisions }))}
              error={errorOf("divisions")}
              maxHeightClass="max-h-64"
              labels={{
                legend: t("divisions.legend"),
                hint: t("divisions.hint"),
                filter: t("divisions.filter"),
                selected: t("divisions.selected", { count: values.divisions.length }),
                remove: (label) => t("divisions.remove", { division: label }),
              }}
            />
          ) : (
            <div className="space-y-1" data-testid="risk-divisions">
              <p className="text-sm font-medium text-slate-800">{t("divisions.legend")}</p>
              <p className="text-xs text-slate-600">{t("divisions.hint")}</p>
              <ul className="grid list-disc gap-x-6 pl-5 text-sm text-slate-800 md:grid-cols-2">
                {values.divisions.map((division) => (
                  <li key={division}>{divisionLabel(division)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      );
    }
    if (id === "workforce") {
      return (
        <>
          {SHARE_KINDS.map((kind) => {
            const share = SHARE_FIELDS[kind];
            return (
              <fieldset key={kind} className="space-y-3 rounded-md border border-slate-200 p-4">
                <legend className="px-1 text-sm font-semibold text-slate-900">
                  {t(`shares.${kind}.title`)}
                </legend>
                <p className="text-xs text-slate-600">{t(`shares.${kind}.description`)}</p>
                <div className="grid gap-x-6 gap-y-4 md:grid-cols-2">
                  {numberField(share.highAtLeast)}
                  {numberField(share.highPoints)}
                  {numberField(share.someAtLeast)}
                  {numberField(share.somePoints)}
                </div>
              </fieldset>
            );
          })}
          {fieldGrid(fields)}
        </>
      );
    }
    return fieldGrid(fields);
  };

  return (
    <Card aria-labelledby="risk-weights-heading" data-testid="risk-weights">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="risk-weights-heading" className="text-lg font-semibold text-slate-900">
          {t("weightsTitle")}
        </h2>
        <p className="text-sm text-slate-700" data-testid="risk-settings-version">
          {settings.version === 0 ? t("defaults") : t("version", { version: settings.version })}
          {settings.updatedAt && (
            <>
              {" · "}
              {t("updatedAt", {
                at: format.dateTime(settings.updatedAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                }),
              })}
            </>
          )}
        </p>
      </div>
      <form onSubmit={handleSubmit} noValidate className="space-y-6">
        <fieldset disabled={!canConfigure || isSaving} className="space-y-8">
          {GROUPS.map((group) => (
            <Group key={group.id} id={group.id}>
              {groupBody(group.id, group.fields)}
            </Group>
          ))}
        </fieldset>
        {errorOf("form") && <Alert tone="error">{errorOf("form")}</Alert>}
        {formError && (
          <Alert tone="error">
            <p>{formError.message}</p>
            {formError.isConflict && (
              <Button
                variant="secondary"
                size="sm"
                className="mt-2"
                onClick={() =>
                  void queryClient.invalidateQueries({
                    queryKey: trpc.risk.getRiskSettings.queryKey(),
                  })
                }
              >
                {t("reloadCurrent")}
              </Button>
            )}
          </Alert>
        )}
        {canConfigure && (
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={isSaving}>
              {update.isPending ? t("saving") : t("save")}
            </Button>
            <ConfirmDialog
              trigger={
                <Button variant="secondary" disabled={isSaving || settings.isDefault}>
                  {t("reset")}
                </Button>
              }
              title={t("resetConfirm.title")}
              description={t("resetConfirm.description")}
              confirmLabel={t("resetConfirm.confirm")}
              cancelLabel={t("resetConfirm.cancel")}
              onConfirm={() => void handleReset()}
            />
          </div>
        )}
      </form>
    </Card>
  );
};
