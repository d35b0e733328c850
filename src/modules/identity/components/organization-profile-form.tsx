"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent, type ReactNode } from "react";

import { MoneyFields } from "@/components/forms/money-fields";
import {
  fieldErrorsFromIssues,
  fieldErrorsFromServer,
  type FieldErrors,
} from "@/components/forms/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { countryName, countryOptions } from "@/modules/reference/countries";
import { appErrorOf } from "@/trpc/app-error-of";

import {
  ZOrganizationProfileInputSchema,
  type TOrganizationProfile,
  type TOrganizationProfileInput,
} from "../schemas";

/** What the inputs hold: strings, as typed; converted to the schema's types on submit. */
type FormValues = {
  name: string;
  country: string;
  turnoverAmount: string;
  turnoverCurrency: string;
  employeeCount: string;
  financialYearEndMonth: string;
  financialYearEndDay: string;
  jurisdictions: string[];
};

const toFormValues = (profile: TOrganizationProfile | null): FormValues => ({
  name: profile?.name ?? "",
  country: profile?.country ?? "",
  turnoverAmount: profile?.turnoverAmount ?? "",
  turnoverCurrency: profile?.turnoverCurrency ?? "",
  employeeCount: profile?.employeeCount?.toString() ?? "",
  financialYearEndMonth: profile?.financialYearEndMonth?.toString() ?? "",
  financialYearEndDay: profile?.financialYearEndDay?.toString() ?? "",
  jurisdictions: profile?.jurisdictions ?? [],
});

const blankToNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());
const numberOrNull = (value: string): number | null =>
  value.trim() === "" ? null : Number(value.replace(/[\s,]/g, ""));

const toInput = (values: FormValues) => ({
  name: values.name,
  country: blankToNull(values.country),
  turnoverAmount: blankToNull(values.turnoverAmount.replace(/[\s,]/g, "")),
  turnoverCurrency: blankToNull(values.turnoverCurrency),
  employeeCount: numberOrNull(values.employeeCount),
  financialYearEndMonth: numberOrNull(values.financialYearEndMonth),
  financialYearEndDay: numberOrNull(values.financialYearEndDay),
  jurisdictions: values.jurisdictions,
});

/**
 * The organisation profile, used both to create an organisation and in Settings.
 * Validated in the browser with the same zod schema the server uses.
 */
export const OrganizationProfileForm = ({
  profile,
  isReadOnly = false,
  submitLabel,
  pendingLabel,
  onSubmit,
  footer,
}: {
  profile: TOrganizationProfile | null;
  isReadOnly?: boolean;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (input: TOrganizationProfileInput) => Promise<void>;
  footer?: ReactNode;
}) => {
  const t = useTranslations("profile");
  const tValidation = useTranslations("validation");
  const tErrors = useTranslations("errors.code");
  const tMonths = useTranslations("months");
  const locale = useLocale();
  const [values, setValues] = useState<FormValues>(() => toFormValues(profile));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [jurisdictionFilter, setJurisdictionFilter] = useState("");
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const filteredCountries = countries.filter((country) =>
    country.name.toLowerCase().includes(jurisdictionFilter.trim().toLowerCase()),
  );

  const set =
    (field: Exclude<keyof FormValues, "jurisdictions">) => (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));

  const toggleJurisdiction = (code: string) =>
    setValues((current) => ({
      ...current,
      jurisdictions: current.jurisdictions.includes(code)
        ? current.jurisdictions.filter((existing) => existing !== code)
        : [...current.jurisdictions, code].sort(),
    }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = ZOrganizationProfileInputSchema.safeParse(toInput(values));
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromIssues(tValidation, parsed.error.issues));
      return;
    }
    setFieldErrors({});
    setIsSubmitting(true);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      const appError = appErrorOf(error);
      setFormError(appError?.userMessage ?? tErrors("INTERNAL"));
      setFieldErrors(fieldErrorsFromServer(tValidation, appError?.fieldErrors ?? {}));
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} className="space-y-6" noValidate>
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset disabled={isReadOnly || isSubmitting} className="space-y-6">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={t("name")} error={fieldErrors.name}>
            {(control) => (
              <Input {...control} name="name" value={values.name} onChange={set("name")} />
            )}
          </Field>
          <Field label={t("country")} error={fieldErrors.country}>
            {(control) => (
              <Select {...control} name="country" value={values.country} onChange={set("country")}>
                <option value="">{t("countryNone")}</option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("turnover")}</legend>
          <p className="text-xs text-slate-600">{t("turnoverHint")}</p>
          <MoneyFields
            amount={{
              label: t("turnoverAmount"),
              name: "turnoverAmount",
              value: values.turnoverAmount,
              error: fieldErrors.turnoverAmount,
              onChange: set("turnoverAmount"),
            }}
            currency={{
              label: t("turnoverCurrency"),
              name: "turnoverCurrency",
              value: values.turnoverCurrency,
              error: fieldErrors.turnoverCurrency,
              onChange: set("turnoverCurrency"),
            }}
            notSetLabel={t("notSet")}
          />
        </fieldset>

        <div className="grid gap-4 md:grid-cols-3">
          <Field label={t("employees")} error={fieldErrors.employeeCount}>
            {(control) => (
              <Input
                {...control}
                name="employeeCount"
                inputMode="numeric"
                value={values.employeeCount}
                onChange={set("employeeCount")}
              />
            )}
          </Field>
          <Field
            label={`${t("yearEnd")}: ${t("yearEndMonth")}`}
            error={fieldErrors.financialYearEndMonth}
          >
            {(control) => (
              <Select
                {...control}
                name="financialYearEndMonth"
                value={values.financialYearEndMonth}
                onChange={set("financialYearEndMonth")}
              >
                <option value="">{t("notSet")}</option>
                {(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const).map(
                  (month) => (
                    <option key={month} value={month}>
                      {tMonths(month)}
                    </option>
                  ),
                )}
              </Select>
            )}
          </Field>
          <Field
            label={`${t("yearEnd")}: ${t("yearEndDay")}`}
            error={fieldErrors.financialYearEndDay}
          >
            {(control) => (
              <Input
                {...control}
                name="financialYearEndDay"
                inputMode="numeric"
                value={values.financialYearEndDay}
                onChange={set("financialYearEndDay")}
              />
            )}
          </Field>
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("jurisdictions")}</legend>
          <p className="text-xs text-slate-600">{t("jurisdictionsHint")}</p>
          <ul className="flex flex-wrap gap-2" aria-live="polite">
            {values.jurisdictions.map((code) => (
              <li key={code}>
                <button
                  type="button"
                  onClick={() => toggleJurisdiction(code)}
                  className="inline-flex items-center gap-1 rounded-full bg-teal-50 px-3 py-1 text-xs font-medium text-teal-900 hover:bg-teal-100"
                  aria-label={t("removeJurisdiction", { country: countryName(code, locale) })}
                >
                  {countryName(code, locale)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">
            {t("jurisdictionsSelected", { count: values.jurisdictions.length })}
          </p>
          <Field label={t("jurisdictionsFilter")} error={fieldErrors.jurisdictions}>
            {(control) => (
              <Input
                {...control}
                type="search"
                value={jurisdictionFilter}
                onChange={(event) => setJurisdictionFilter(event.target.value)}
              />
            )}
          </Field>
          <div className="max-h-48 overflow-y-auto rounded-md border border-slate-200 p-2">
            {filteredCountries.map((country) => (
              <label key={country.code} className="flex items-center gap-2 py-0.5 text-sm">
                <input
                  type="checkbox"
                  checked={values.jurisdictions.includes(country.code)}
                  onChange={() => toggleJurisdiction(country.code)}
                />
                {country.name}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      {!isReadOnly && (
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? pendingLabel : submitLabel}
        </Button>
      )}
      {footer}
    </form>
  );
};
