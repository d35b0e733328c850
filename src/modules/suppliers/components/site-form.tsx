"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { countryOptions } from "@/modules/reference/countries";

import type { TSite } from "../dto";
import { SITE_TYPES, ZSiteInputSchema, type TSiteInput } from "../schemas";
import { useFieldErrors } from "./use-field-errors";

type FormValues = Record<
  | "name"
  | "country"
  | "region"
  | "address"
  | "latitude"
  | "longitude"
  | "siteType"
  | "headcount"
  | "migrantShare"
  | "temporaryShare"
  | "seasonalShare"
  | "womenShare"
  | "youngWorkerShare"
  | "employerHousing",
  string
>;

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

const toFormValues = (site: TSite | null): FormValues => ({
  name: site?.name ?? "",
  country: site?.country ?? "",
  region: site?.region ?? "",
  address: site?.address ?? "",
  latitude: text(site?.latitude),
  longitude: text(site?.longitude),
  siteType: site?.siteType ?? "factory",
  headcount: text(site?.headcount),
  migrantShare: text(site?.migrantShare),
  temporaryShare: text(site?.temporaryShare),
  seasonalShare: text(site?.seasonalShare),
  womenShare: text(site?.womenShare),
  youngWorkerShare: text(site?.youngWorkerShare),
  employerHousing:
    site?.employerHousing === true ? "yes" : site?.employerHousing === false ? "no" : "unknown",
});

const SHARES = [
  "migrantShare",
  "temporaryShare",
  "seasonalShare",
  "womenShare",
  "youngWorkerShare",
] as const;

/**
 * A site and its workforce profile. Blank numbers stay unknown (null), which is not 0; the
 * schema that checks them is the server's and the importer's.
 */
export const SiteForm = ({
  site,
  isSaving,
  onSubmit,
  onCancel,
}: {
  site: TSite | null;
  isSaving: boolean;
  onSubmit: (input: TSiteInput) => Promise<void>;
  onCancel: () => void;
}) => {
  const t = useTranslations("suppliers.sites");
  const tTypes = useTranslations("suppliers.siteTypes");
  const locale = useLocale();
  const errors = useFieldErrors();
  const [values, setValues] = useState<FormValues>(() => toFormValues(site));
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const set = (field: keyof FormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    const parsed = ZSiteInputSchema.safeParse(values);
    if (!parsed.success) {
      errors.fromIssues(parsed.error.issues);
      return;
    }
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      errors.fromServer(error);
    }
  };

  const { fieldErrors } = errors;
  const textField = (field: keyof FormValues, inputMode?: "decimal" | "numeric") => (
    <Field label={t(`fields.${field}`)} error={fieldErrors[field]}>
      {(control) => (
        <Input
          {...control}
          name={field}
          inputMode={inputMode}
          value={values[field]}
          onChange={set(field)}
        />
      )}
    </Field>
  );

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4"
      aria-label={site ? t("editTitle", { name: site.name }) : t("addTitle")}
    >
      {errors.formError && <Alert tone="error">{errors.formError}</Alert>}
      <fieldset disabled={isSaving} className="space-y-4">
        <div className="grid gap-4 md:grid-cols-3">
          {textField("name")}
          <Field label={t("fields.siteType")} error={fieldErrors.siteType}>
            {(control) => (
              <Select
                {...control}
                name="siteType"
                value={values.siteType}
                onChange={set("siteType")}
              >
                {SITE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {tTypes(type)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("fields.country")} error={fieldErrors.country}>
            {(control) => (
              <Select {...control} name="country" value={values.country} onChange={set("country")}>
                <option value="">{t("chooseCountry")}</option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {textField("region")}
          {textField("address")}
          <div className="grid grid-cols-2 gap-2">
            {textField("latitude", "decimal")}
            {textField("longitude", "decimal")}
          </div>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("workforce")}</legend>
          <p className="text-xs text-slate-600">{t("workforceHint")}</p>
          <div className="grid gap-4 md:grid-cols-3">
            {textField("headcount", "numeric")}
            {SHARES.map((share) => (
              <div key={share}>{textField(share, "decimal")}</div>
            ))}
            <Field label={t("fields.employerHousing")} error={fieldErrors.employerHousing}>
              {(control) => (
                <Select
                  {...control}
                  name="employerHousing"
                  value={values.employerHousing}
                  onChange={set("employerHousing")}
                >
                  <option value="unknown">{t("housing.unknown")}</option>
                  <option value="yes">{t("housing.yes")}</option>
                  <option value="no">{t("housing.no")}</option>
                </Select>
              )}
            </Field>
          </div>
        </fieldset>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSaving}>
          {isSaving ? t("saving") : site ? t("save") : t("add")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
};
