"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";

import type { FieldErrors } from "@/components/forms/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Select } from "@/components/ui/field";
import { countryName, countryOptions } from "@/modules/reference/countries";
import { useTRPC } from "@/trpc/react";

import { ZRecruitmentCorridorInputSchema, type TRecruitmentCorridor } from "../schemas";
import { fieldErrorsOf, useValidationMessage } from "./form-messages";
import { useNotice, useRefreshRecruiters } from "./hooks";

export const CorridorsSection = ({
  recruiterId,
  corridors,
  isEditable,
}: {
  recruiterId: string;
  corridors: TRecruitmentCorridor[];
  isEditable: boolean;
}) => {
  const t = useTranslations("recruiters");
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshRecruiters();
  const translate = useValidationMessage();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const { notice, succeed, fail, clear } = useNotice();
  const [origin, setOrigin] = useState("");
  const [destination, setDestination] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useMutation(trpc.recruiters.addCorridor.mutationOptions());
  const remove = useMutation(trpc.recruiters.removeCorridor.mutationOptions());
  const routeOf = (corridor: { originCountry: string; destinationCountry: string }) =>
    t("corridors.route", {
      origin: countryName(corridor.originCountry, locale),
      destination: countryName(corridor.destinationCountry, locale),
    });

  const handleAdd = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    const parsed = ZRecruitmentCorridorInputSchema.safeParse({
      originCountry: origin,
      destinationCountry: destination,
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(translate, parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      await add.mutateAsync({ recruiterId, data: parsed.data });
      await refresh();
      setOrigin("");
      setDestination("");
      succeed(t("corridors.added"));
    } catch (error) {
      fail(error);
    }
  };

  const handleRemove = async (corridor: TRecruitmentCorridor) => {
    clear();
    try {
      await remove.mutateAsync({ id: corridor.id });
      await refresh();
      succeed(t("corridors.removed"));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Card>
      <CardHeader title={t("corridors.title")} description={t("corridors.description")} />
      <div className="space-y-4">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        {corridors.length === 0 ? (
          <p className="text-sm text-slate-700">{t("corridors.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="corridors-list">
            {corridors.map((corridor) => (
              <li key={corridor.id} className="flex items-center justify-between gap-3 py-2">
                <span className="text-sm font-medium text-slate-900">{routeOf(corridor)}</span>
                {isEditable && (
                  <ConfirmDialog
                    trigger={
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={t("corridors.removeLabel", { route: routeOf(corridor) })}
                      >
                        {t("corridors.remove")}
                      </Button>
                    }
                    title={t("corridors.removeTitle", { route: routeOf(corridor) })}
                    description={t("corridors.removeDescription")}
                    confirmLabel={t("corridors.remove")}
                    cancelLabel={t("licences.cancel")}
                    onConfirm={() => void handleRemove(corridor)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {isEditable && (
          <form onSubmit={handleAdd} noValidate className="rounded-md border border-slate-200 p-4">
            <fieldset disabled={add.isPending} className="grid items-end gap-4 md:grid-cols-3">
              <legend className="sr-only">{t("corridors.add")}</legend>
              <Field label={t("corridors.origin")} error={errors.originCountry}>
                {(control) => (
                  <Select
                    {...control}
                    value={origin}
                    onChange={(event) => setOrigin(event.target.value)}
                  >
                    <option value="">{t("corridors.choose")}</option>
                    {countries.map((country) => (
                      <option key={country.code} value={country.code}>
                        {country.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field label={t("corridors.destination")} error={errors.destinationCountry}>
                {(control) => (
                  <Select
                    {...control}
                    value={destination}
                    onChange={(event) => setDestination(event.target.value)}
                  >
                    <option value="">{t("corridors.choose")}</option>
                    {countries.map((country) => (
                      <option key={country.code} value={country.code}>
                        {country.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <div>
                <Button type="submit" disabled={add.isPending}>
                  {t("corridors.add")}
                </Button>
              </div>
            </fieldset>
          </form>
        )}
      </div>
    </Card>
  );
};
