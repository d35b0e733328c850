"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";

import { MoneyFields } from "@/components/forms/money-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { countryOptions } from "@/modules/reference/countries";
import type { TSector } from "@/modules/reference/sectors";
import { useTRPC } from "@/trpc/react";

import type { TSupplier } from "../dto";
import { SUPPLIER_STATUSES, ZSupplierInputSchema } from "../schemas";
import { DuplicateHints } from "./duplicate-hints";
import { useFieldErrors } from "./use-field-errors";

/** What the inputs hold, as typed; the schema turns it into the input on submit. */
type FormValues = {
  legalName: string;
  otherNames: string;
  registrationId: string;
  country: string;
  address: string;
  website: string;
  sectorSection: string;
  sectorDivision: string;
  products: string;
  annualSpendAmount: string;
  annualSpendCurrency: string;
  relationshipOwner: string;
  status: string;
  isDirect: boolean;
};

const toFormValues = (supplier: TSupplier | null): FormValues => ({
  legalName: supplier?.legalName ?? "",
  otherNames: supplier?.otherNames.join("\n") ?? "",
  registrationId: supplier?.registrationId ?? "",
  country: supplier?.country ?? "",
  address: supplier?.address ?? "",
  website: supplier?.website ?? "",
  sectorSection: supplier?.sectorSection ?? "",
  sectorDivision: supplier?.sectorDivision ?? "",
  products: supplier?.products.join("\n") ?? "",
  annualSpendAmount: supplier?.annualSpendAmount ?? "",
  annualSpendCurrency: supplier?.annualSpendCurrency ?? "",
  relationshipOwner: supplier?.relationshipOwner ?? "",
  status: supplier?.status ?? "active",
  isDirect: supplier?.isDirect ?? true,
});

/** One entry per line (commas also separate products). */
const lines = (text: string, splitCommas = false) =>
  text.split(splitCommas ? /[\n,]/ : /\n/).map((line) => line.trim());

const toInput = (values: FormValues) => ({
  legalName: values.legalName,
  otherNames: lines(values.otherNames),
  registrationId: values.registrationId,
  country: values.country,
  address: values.address,
  website: values.website,
  sectorSection: values.sectorSection,
  sectorDivision: values.sectorDivision,
  products: lines(values.products, true),
  annualSpendAmount: values.annualSpendAmount,
  annualSpendCurrency: values.annualSpendCurrency,
  relationshipOwner: values.relationshipOwner,
  status: values.status,
  isDirect: values.isDirect,
});

/**
 * Creates or edits a supplier. While the user types a name, likely duplicates are shown; saving
 * a new supplier that exactly matches an existing one completes that one instead (the server
 * decides, and the user is taken to it and told).
 */
export const SupplierForm = ({
  supplier,
  sectors,
}: {
  supplier: TSupplier | null;
  sectors: TSector[];
}) => {
  const t = useTranslations("suppliers.form");
  const tStatus = useTranslations("suppliers.status");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [values, setValues] = useState<FormValues>(() => toFormValues(supplier));
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const sections = [
    ...new Map(sectors.map((sector) => [sector.section, sector.sectionTitle])).entries(),
  ];
  const divisions = sectors.filter(
    (sector) => !values.sectorSection || sector.section === values.sectorSection,
  );

  const create = useMutation(trpc.suppliers.createSupplier.mutationOptions());
  const update = useMutation(trpc.suppliers.updateSupplier.mutationOptions());
  const isSaving = create.isPending || update.isPending;

  const set =
    (field: Exclude<keyof FormValues, "isDirect">) => (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    const parsed = ZSupplierInputSchema.safeParse(toInput(values));
    if (!parsed.success) {
      errors.fromIssues(parsed.error.issues);
      return;
    }
    try {
      if (supplier) {
        await update.mutateAsync({ id: supplier.id, data: parsed.data });
        router.push(`/suppliers/${supplier.id}?notice=updated`);
      } else {
        const result = await create.mutateAsync(parsed.data);
        const notice =
          result.outcome === "merged"
            ? "notice=merged"
            : `notice=created&likely=${result.likelyDuplicates}`;
        router.push(`/suppliers/${result.supplier.id}?${notice}`);
      }
      router.refresh();
    } catch (error) {
      errors.fromServer(error);
    }
  };

  const { fieldErrors } = errors;
  return (
    <form onSubmit={handleSubmit} className="space-y-6" noValidate>
      {errors.formError && <Alert tone="error">{errors.formError}</Alert>}
      <fieldset disabled={isSaving} className="space-y-6">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={t("legalName")} error={fieldErrors.legalName}>
            {(control) => (
              <Input
                {...control}
                name="legalName"
                value={values.legalName}
                onChange={set("legalName")}
                autoComplete="off"
              />
            )}
          </Field>
          <Field label={t("country")} error={fieldErrors.country}>
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
        </div>
        <DuplicateHints
          legalName={values.legalName}
          country={values.country}
          registrationId={values.registrationId}
          website={values.website}
          excludeSupplierId={supplier?.id ?? null}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={t("otherNames")} hint={t("otherNamesHint")} error={fieldErrors.otherNames}>
            {(control) => (
              <Textarea
                {...control}
                name="otherNames"
                rows={3}
                value={values.otherNames}
                onChange={set("otherNames")}
              />
            )}
          </Field>
          <Field
            label={t("registrationId")}
            hint={t("registrationIdHint")}
            error={fieldErrors.registrationId}
          >
            {(control) => (
              <Input
                {...control}
                name="registrationId"
                value={values.registrationId}
                onChange={set("registrationId")}
              />
            )}
          </Field>
          <Field label={t("address")} error={fieldErrors.address}>
            {(control) => (
              <Textarea
                {...control}
                name="address"
                rows={3}
                value={values.address}
                onChange={set("address")}
              />
            )}
          </Field>
          <Field label={t("website")} hint={t("websiteHint")} error={fieldErrors.website}>
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
          <Field label={t("sectorSection")} error={fieldErrors.sectorSection}>
            {(control) => (
              <Select
                {...control}
                name="sectorSection"
                value={values.sectorSection}
                onChange={(event) =>
                  setValues((current) => ({
                    ...current,
                    sectorSection: event.target.value,
                    sectorDivision: "",
                  }))
                }
              >
                <option value="">{t("notSet")}</option>
                {sections.map(([section, title]) => (
                  <option key={section} value={section}>
                    {section} — {title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("sectorDivision")} error={fieldErrors.sectorDivision}>
            {(control) => (
              <Select
                {...control}
                name="sectorDivision"
                value={values.sectorDivision}
                onChange={set("sectorDivision")}
              >
                <option value="">{t("notSet")}</option>
                {divisions.map((sector) => (
                  <option key={sector.division} value={sector.division}>
                    {sector.division} — {sector.divisionTitle}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("products")} hint={t("productsHint")} error={fieldErrors.products}>
            {(control) => (
              <Textarea
                {...control}
                name="products"
                rows={3}
                value={values.products}
                onChange={set("products")}
              />
            )}
          </Field>
          <Field label={t("relationshipOwner")} error={fieldErrors.relationshipOwner}>
            {(control) => (
              <Input
                {...control}
                name="relationshipOwner"
                value={values.relationshipOwner}
                onChange={set("relationshipOwner")}
              />
            )}
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("annualSpend")}</legend>
          <MoneyFields
            amount={{
              label: t("annualSpendAmount"),
              name: "annualSpendAmount",
              value: values.annualSpendAmount,
              error: fieldErrors.annualSpendAmount,
              onChange: set("annualSpendAmount"),
            }}
            currency={{
              label: t("annualSpendCurrency"),
              name: "annualSpendCurrency",
              value: values.annualSpendCurrency,
              error: fieldErrors.annualSpendCurrency,
              onChange: set("annualSpendCurrency"),
            }}
            notSetLabel={t("notSet")}
          />
        </fieldset>
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={t("status")} error={fieldErrors.status}>
            {(control) => (
              <Select {...control} name="status" value={values.status} onChange={set("status")}>
                {SUPPLIER_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {tStatus(status)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="space-y-1 pt-6">
            <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <input
                type="checkbox"
                name="isDirect"
                checked={values.isDirect}
                onChange={(event) =>
                  setValues((current) => ({ ...current, isDirect: event.target.checked }))
                }
              />
              {t("isDirect")}
            </label>
            <p className="text-xs text-slate-600">{t("isDirectHint")}</p>
          </div>
        </div>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSaving}>
          {isSaving ? t("saving") : supplier ? t("saveChanges") : t("create")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => router.push(supplier ? `/suppliers/${supplier.id}` : "/suppliers")}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
};
