"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import type { FieldErrors } from "@/components/forms/form-errors";
import { MoneyFields } from "@/components/forms/money-fields";
import { Alert } from "@/components/ui/alert";
import { CountryMultiSelect } from "@/components/ui/country-multi-select";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import {
  FEE_POLICIES,
  RECRUITER_TYPES,
  ZRecruiterInputSchema,
  type TRecruiter,
  type TRecruiterInput,
} from "../schemas";
import { fieldErrorsFromServerOf, fieldErrorsOf, useValidationMessage } from "./form-messages";

/** What the inputs hold: strings, as typed; converted to the schema's types on submit. */
type FormValues = {
  name: string;
  recruiterType: string;
  countries: string[];
  feePolicy: string;
  feeAmount: string;
  feeCurrency: string;
  website: string;
};

const toFormValues = (recruiter: TRecruiter | null): FormValues => ({
  name: recruiter?.name ?? "",
  recruiterType: recruiter?.recruiterType ?? "recruitment_agency",
  countries: recruiter?.countries ?? [],
  feePolicy: recruiter?.feePolicy ?? "unknown",
  feeAmount: recruiter?.feeAmount ?? "",
  feeCurrency: recruiter?.feeCurrency ?? "",
  website: recruiter?.website ?? "",
});

const blankToNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());

const toInput = (values: FormValues) => {
  // The fee only applies when fees are charged; switching the policy away clears it.
  const charged = values.feePolicy === "fees_charged";
  return {
    name: values.name,
    recruiterType: values.recruiterType,
    countries: values.countries,
    feePolicy: values.feePolicy,
    feeAmount: charged ? blankToNull(values.feeAmount.replace(/[\s,]/g, "")) : null,
    feeCurrency: charged ? blankToNull(values.feeCurrency) : null,
    website: blankToNull(values.website),
  };
};

/** Creates a recruiter, or edits one; validated in the browser with the server's own schema. */
export const RecruiterForm = ({ recruiter }: { recruiter: TRecruiter | null }) => {
  const t = useTranslations("recruiters");
  const tErrors = useTranslations("errors.code");
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const translate = useValidationMessage();
  const [values, setValues] = useState<FormValues>(() => toFormValues(recruiter));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const onSaved = async (saved: TRecruiter) => {
    await queryClient.invalidateQueries(trpc.recruiters.pathFilter());
    router.push(`/recruiters/${saved.id}`);
  };
  const create = useMutation(
    trpc.recruiters.createRecruiter.mutationOptions({ onSuccess: onSaved }),
  );
  const update = useMutation(
    trpc.recruiters.updateRecruiter.mutationOptions({ onSuccess: onSaved }),
  );
  const isSubmitting = create.isPending || update.isPending;

  const set =
    (field: Exclude<keyof FormValues, "countries">) => (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = ZRecruiterInputSchema.safeParse(toInput(values));
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(translate, parsed.error.issues));
      return;
    }
    setFieldErrors({});
    const input: TRecruiterInput = parsed.data;
    try {
      if (recruiter) await update.mutateAsync({ id: recruiter.id, data: input });
      else await create.mutateAsync(input);
    } catch (error) {
      const appError = appErrorOf(error);
      setFormError(appError?.userMessage ?? tErrors("INTERNAL"));
      setFieldErrors(fieldErrorsFromServerOf(translate, appError?.fieldErrors ?? {}));
    }
  };

  const isCharged = values.feePolicy === "fees_charged";
  return (
    <form onSubmit={handleSubmit} className="space-y-6" noValidate>
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset disabled={isSubmitting} className="space-y-6">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={t("form.name")} error={fieldErrors.name}>
            {(control) => (
              <Input {...control} name="name" value={values.name} onChange={set("name")} />
            )}
          </Field>
          <Field label={t("form.type")} error={fieldErrors.recruiterType}>
            {(control) => (
              <Select
                {...control}
                name="recruiterType"
                value={values.recruiterType}
                onChange={set("recruiterType")}
              >
                {RECRUITER_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`types.${type}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        <CountryMultiSelect
          value={values.countries}
          onChange={(countries) => setValues((current) => ({ ...current, countries }))}
          error={fieldErrors.countries}
          labels={{
            legend: t("form.countries"),
            hint: t("form.countriesHint"),
            filter: t("form.countriesFilter"),
            selected: t("form.countriesSelected", { count: values.countries.length }),
            remove: (country) => t("form.removeCountry", { country }),
          }}
        />

        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{t("form.feePolicy")}</legend>
          <p className="text-xs text-slate-600">{t("form.feePolicyHint")}</p>
          <div className="flex flex-wrap gap-4">
            {FEE_POLICIES.map((policy) => (
              <label key={policy} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="feePolicy"
                  value={policy}
                  checked={values.feePolicy === policy}
                  onChange={set("feePolicy")}
                />
                {t(`feePolicies.${policy}`)}
              </label>
            ))}
          </div>
          {isCharged && (
            <MoneyFields
              amount={{
                label: t("form.feeAmount"),
                name: "feeAmount",
                value: values.feeAmount,
                error: fieldErrors.feeAmount,
                onChange: set("feeAmount"),
              }}
              currency={{
                label: t("form.feeCurrency"),
                name: "feeCurrency",
                value: values.feeCurrency,
                error: fieldErrors.feeCurrency,
                onChange: set("feeCurrency"),
              }}
              notSetLabel={t("form.notSet")}
            />
          )}
        </fieldset>

        <Field label={t("form.website")} error={fieldErrors.website}>
          {(control) => (
            <Input
              {...control}
              name="website"
              inputMode="url"
              value={values.website}
              onChange={set("website")}
            />
          )}
        </Field>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {recruiter
            ? isSubmitting
              ? t("form.saving")
              : t("form.save")
            : isSubmitting
              ? t("form.creating")
              : t("form.create")}
        </Button>
        <Button asChild variant="secondary">
          <Link href={recruiter ? `/recruiters/${recruiter.id}` : "/recruiters"}>
            {t("form.cancel")}
          </Link>
        </Button>
      </div>
    </form>
  );
};
