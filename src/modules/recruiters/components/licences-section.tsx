"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";

import type { FieldErrors } from "@/components/forms/form-errors";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName, countryOptions } from "@/modules/reference/countries";
import { useTRPC } from "@/trpc/react";

import { licenceFlag, todayDateOnly } from "../flags";
import {
  LICENCE_STATUSES,
  ZRecruiterLicenceInputSchema,
  type TRecruiterLicence,
  type TRecruiterLicenceInput,
} from "../schemas";
import { fieldErrorsOf, useValidationMessage } from "./form-messages";
import { useNotice, useRefreshRecruiters } from "./hooks";

type LicenceValues = {
  licenceNumber: string;
  issuingAuthority: string;
  issuingCountry: string;
  status: string;
  validFrom: string;
  validUntil: string;
};

const toValues = (licence: TRecruiterLicence | null): LicenceValues => ({
  licenceNumber: licence?.licenceNumber ?? "",
  issuingAuthority: licence?.issuingAuthority ?? "",
  issuingCountry: licence?.issuingCountry ?? "",
  status: licence?.status ?? "unknown",
  validFrom: licence?.validFrom ?? "",
  validUntil: licence?.validUntil ?? "",
});

const blankToNull = (value: string): string | null => (value.trim() === "" ? null : value);

/** A date as the reader expects it ("30 Jun 2025"), from `YYYY-MM-DD`. */
const useFormatDateOnly = () => {
  const format = useFormatter();
  return (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
};

const LicenceForm = ({
  licence,
  submitLabel,
  pendingLabel,
  onSubmit,
  onCancel,
}: {
  licence: TRecruiterLicence | null;
  submitLabel: string;
  pendingLabel: string;
  /** Resolves to true when saved (the add form then empties itself). */
  onSubmit: (input: TRecruiterLicenceInput) => Promise<boolean>;
  onCancel?: () => void;
}) => {
  const t = useTranslations("recruiters");
  const locale = useLocale();
  const translate = useValidationMessage();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const [values, setValues] = useState<LicenceValues>(() => toValues(licence));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = useState(false);
  const set = (field: keyof LicenceValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZRecruiterLicenceInputSchema.safeParse({
      licenceNumber: blankToNull(values.licenceNumber),
      issuingAuthority: blankToNull(values.issuingAuthority),
      issuingCountry: blankToNull(values.issuingCountry),
      status: values.status,
      validFrom: blankToNull(values.validFrom),
      validUntil: blankToNull(values.validUntil),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(translate, parsed.error.issues));
      return;
    }
    setErrors({});
    setIsSubmitting(true);
    try {
      if ((await onSubmit(parsed.data)) && !licence) setValues(toValues(null));
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <fieldset disabled={isSubmitting} className="grid gap-4 md:grid-cols-3">
        <Field label={t("licences.number")} error={errors.licenceNumber}>
          {(control) => (
            <Input {...control} value={values.licenceNumber} onChange={set("licenceNumber")} />
          )}
        </Field>
        <Field label={t("licences.authority")} error={errors.issuingAuthority}>
          {(control) => (
            <Input
              {...control}
              value={values.issuingAuthority}
              onChange={set("issuingAuthority")}
            />
          )}
        </Field>
        <Field label={t("licences.country")} error={errors.issuingCountry}>
          {(control) => (
            <Select {...control} value={values.issuingCountry} onChange={set("issuingCountry")}>
              <option value="">{t("form.notSet")}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("licences.status")} error={errors.status}>
          {(control) => (
            <Select {...control} value={values.status} onChange={set("status")}>
              {LICENCE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`licenceStatuses.${status}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label={t("licences.validFrom")}

          error={errors.validFrom}
        >
          {(control) => (
            <Input {...control} type="date" value={values.validFrom} onChange={set("validFrom")} />
          )}
        </Field>
        <Field
          label={t("licences.validUntil")}

          error={errors.validUntil}
        >
          {(control) => (
            <Input
              {...control}
              type="date"
              value={values.validUntil}
              onChange={set("validUntil")}
            />
          )}
        </Field>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? pendingLabel : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("licences.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
};

export const LicencesSection = ({
  recruiterId,
  licences,
  isEditable,
}: {
  recruiterId: string;
  licences: TRecruiterLicence[];
  isEditable: boolean;
}) => {
  const t = useTranslations("recruiters");
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshRecruiters();
  const formatDate = useFormatDateOnly();
  const { notice, succeed, fail, clear } = useNotice();
  const [editingId, setEditingId] = useState<string | null>(null);
  const add = useMutation(trpc.recruiters.addLicence.mutationOptions());
  const update = useMutation(trpc.recruiters.updateLicence.mutationOptions());
  const remove = useMutation(trpc.recruiters.removeLicence.mutationOptions());
  const today = todayDateOnly();
  const editing = licences.find((licence) => licence.id === editingId) ?? null;
  const numberOf = (licence: TRecruiterLicence) => licence.licenceNumber ?? t("licences.noNumber");

  const run = async (action: () => Promise<unknown>, success: string): Promise<boolean> => {
    clear();
    try {
      await action();
      await refresh();
      succeed(success);
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  return (
    <Card>
      <CardHeader title={t("licences.title")} description={t("licences.description")} />
      <div className="space-y-4">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        {licences.length === 0 ? (
          <p className="text-sm text-slate-700">{t("licences.empty")}</p>
        ) : (
          <Table data-testid="licences-table">
            <thead>
              <tr>
                <Th>{t("licences.number")}</Th>
                <Th>{t("licences.authority")}</Th>
                <Th>{t("licences.country")}</Th>
                <Th>{t("licences.status")}</Th>
                <Th>{t("licences.validity")}</Th>
                {isEditable && (
                  <Th>
                    <span className="sr-only">{t("licences.edit")}</span>
                  </Th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {licences.map((licence) => {
                const flag = licenceFlag(licence, today);
                return (
                  <tr key={licence.id}>
                    <Td className="font-medium">{numberOf(licence)}</Td>
                    <Td>{licence.issuingAuthority ?? "—"}</Td>
                    <Td>
                      {licence.issuingCountry ? countryName(licence.issuingCountry, locale) : "—"}
                    </Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        <Badge tone={flag ? "red" : "teal"}>
                          {flag && (
                            <span aria-hidden="true" className="mr-1">
                              ⚠
                            </span>
                          )}
                          {t(`licenceStatuses.${licence.status}`)}
                        </Badge>
                        {flag === "licence_expired" && licence.status === "valid" && (
                          <Badge tone="red">{t("flags.licence_expired")}</Badge>
                        )}
                      </div>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {licence.validFrom ? formatDate(licence.validFrom) : "…"} –{" "}
                      {licence.validUntil ? formatDate(licence.validUntil) : "…"}
                    </Td>
                    {isEditable && (
                      <Td className="text-right whitespace-nowrap">
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={t("licences.editLabel", { number: numberOf(licence) })}
                          onClick={() => setEditingId(licence.id)}
                        >
                          {t("licences.edit")}
                        </Button>
                        <ConfirmDialog
                          trigger={
                            <Button
                              variant="ghost"
                              size="sm"
                              aria-label={t("licences.removeLabel", { number: numberOf(licence) })}
                            >
                              {t("licences.remove")}
                            </Button>
                          }
                          title={t("licences.removeTitle", { number: numberOf(licence) })}
                          description={t("licences.removeDescription")}
                          confirmLabel={t("licences.remove")}
                          cancelLabel={t("licences.cancel")}
                          onConfirm={() =>
                            void run(
                              () => remove.mutateAsync({ id: licence.id }),
                              t("licences.removed"),
                            )
                          }
                        />
                      </Td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        {isEditable && editing && (
          <section
            aria-labelledby="licence-edit-heading"
            className="rounded-md border border-slate-200 p-4"
          >
            <h3 id="licence-edit-heading" className="mb-3 font-semibold text-slate-900">
              {t("licences.editLabel", { number: numberOf(editing) })}
            </h3>
            <LicenceForm
              key={editing.id}
              licence={editing}
              submitLabel={t("licences.save")}
              pendingLabel={t("form.saving")}
              onCancel={() => setEditingId(null)}
              onSubmit={(input) =>
                run(async () => {
                  await update.mutateAsync({ id: editing.id, data: input });
                  setEditingId(null);
                }, t("licences.saved"))
              }
            />
          </section>
        )}
        {isEditable && !editing && (
          <section
            aria-labelledby="licence-add-heading"
            className="rounded-md border border-slate-200 p-4"
          >
            <h3 id="licence-add-heading" className="mb-3 font-semibold text-slate-900">
              {t("licences.add")}
            </h3>
            <LicenceForm
              licence={null}
              submitLabel={t("licences.add")}
              pendingLabel={t("licences.adding")}
              onSubmit={(input) =>
                run(() => add.mutateAsync({ recruiterId, data: input }), t("licences.added"))
              }
            />
          </section>
        )}
      </div>
    </Card>
  );
};
