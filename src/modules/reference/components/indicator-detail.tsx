"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Select, Textarea } from "@/components/ui/field";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import {
  INDICATOR_STRENGTHS,
  RATIONALE_MAX_LENGTH,
  RATIONALE_MIN_LENGTH,
  ZIndicatorStrengthSchema,
  ZSetIndicatorStrengthRequestSchema,
  type TIndicator,
  type TIndicatorStrength,
} from "../schemas";
import { DateTime, GroupLabel, StrengthBadge } from "./labels";
import { SignsNotProof } from "./signs-not-proof";

const IndicatorLinks = ({
  indicators,
  testId,
}: {
  indicators: TIndicator["rollsUpTo"];
  testId: string;
}) => (
  <ul className="space-y-2" data-testid={testId}>
    {indicators.map((indicator) => (
      <li key={indicator.code}>
        <Link
          href={`/reference/indicators/${indicator.code}`}
          className="text-teal-800 underline-offset-2 hover:underline"
        >
          <span className="font-mono text-xs">{indicator.code}</span> {indicator.title}
        </Link>
      </li>
    ))}
  </ul>
);

/** The organisation's own grading: set or replace it (with why), or remove it. */
const GradingForm = ({ indicator }: { indicator: TIndicator }) => {
  const t = useTranslations("reference.indicator.grading");
  const tStrength = useTranslations("reference.strength");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [strength, setStrength] = useState<TIndicatorStrength>(
    indicator.override?.strength ?? indicator.strength ?? "medium",
  );
  const [rationale, setRationale] = useState(indicator.override?.rationale ?? "");
  const [rationaleError, setRationaleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.reference.getIndicator.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.reference.listIndicators.queryKey() }),
    ]);
  const onError = (error: unknown) => setFormError(appErrorOf(error)?.userMessage ?? t("failed"));
  const save = useMutation(
    trpc.reference.setIndicatorStrength.mutationOptions({
      onSuccess: async () => {
        setNotice(t("saved"));
        await refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(
    trpc.reference.removeIndicatorStrength.mutationOptions({
      onSuccess: async () => {
        setNotice(t("removed"));
        setRationale("");
        setStrength(indicator.strength ?? "medium");
        await refresh();
      },
      onError,
    }),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setNotice(null);
    const parsed = ZSetIndicatorStrengthRequestSchema.safeParse({
      code: indicator.code,
      strength,
      rationale,
    });
    if (!parsed.success) {
      setRationaleError(
        t("rationaleLength", { min: RATIONALE_MIN_LENGTH, max: RATIONALE_MAX_LENGTH }),
      );
      return;
    }
    setRationaleError(null);
    save.mutate(parsed.data);
  };

  const isBusy = save.isPending || remove.isPending;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <fieldset disabled={isBusy} className="space-y-4">
        <Field label={t("strength")}>
          {(control) => (
            <Select
              {...control}
              name="strength"
              className="w-48"
              value={strength}
              onChange={(event) => {
                const parsed = ZIndicatorStrengthSchema.safeParse(event.target.value);
                if (parsed.success) setStrength(parsed.data);
              }}
            >
              {INDICATOR_STRENGTHS.map((value) => (
                <option key={value} value={value}>
                  {tStrength(value)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("rationale")} hint={t("rationaleHint")} error={rationaleError}>
          {(control) => (
            <Textarea
              {...control}
              name="rationale"
              rows={4}
              maxLength={RATIONALE_MAX_LENGTH}
              value={rationale}
              onChange={(event) => setRationale(event.target.value)}
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-3">
          <Button type="submit">{indicator.override ? t("replace") : t("save")}</Button>
          {indicator.override && (
            <ConfirmDialog
              trigger={<Button variant="secondary">{t("remove")}</Button>}
              title={t("removeTitle")}
              description={t("removeDescription", {
                strength: indicator.strength ? tStrength(indicator.strength) : tStrength("none"),
              })}
              confirmLabel={t("removeConfirm")}
              cancelLabel={t("cancel")}
              onConfirm={() => {
                const id = indicator.override?.id;
                setFormError(null);
                setNotice(null);
                if (id) remove.mutate({ id });
              }}
            />
          )}
        </div>
      </fieldset>
    </form>
  );
};

/**
 * One indicator: what it means (for suppliers), where it comes from, its strength (the
 * catalogue's grading and the organisation's own, editable by owners and admins), how it maps
 * to the ILO indicators, and where it is used.
 */
export const IndicatorDetail = ({ code, canManage }: { code: string; canManage: boolean }) => {
  const t = useTranslations("reference.indicator");
  const tKind = useTranslations("reference.kind");
  const tStage = useTranslations("reference.stage");
  const tErrors = useTranslations("errors.code");
  const trpc = useTRPC();
  const query = useQuery(trpc.reference.getIndicator.queryOptions({ code }));
  const indicator = query.data;

  if (!indicator) {
    return query.isError ? (
      <Alert tone="error">{appErrorOf(query.error)?.userMessage ?? tErrors("INTERNAL")}</Alert>
    ) : (
      <p className="text-sm text-slate-700">{t("loading")}</p>
    );
  }
  const isIlo = indicator.kind === "ilo_forced_labour";

  return (
    <div className="space-y-6" data-testid="indicator-detail" data-code={indicator.code}>
      <p className="text-sm text-slate-700">
        <Link href="/reference/indicators" className="text-teal-800 underline">
          {t("back")}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge>{indicator.code}</Badge>
          <span>{tKind(indicator.kind)}</span>
          {indicator.groupNumber !== null && (
            <span>
              · <GroupLabel group={indicator.groupNumber} />
            </span>
          )}
          <span>· {indicator.stage ? tStage(indicator.stage) : tStage("every")}</span>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">{indicator.title}</h1>
      </header>
      <SignsNotProof />

      <Card>
        <CardHeader title={t("explanation.title")} description={t("explanation.description")} />
        <p className="max-w-3xl text-slate-800" data-testid="indicator-explanation">
          {indicator.explanation}
        </p>
        <h3 className="mt-6 text-sm font-semibold text-slate-900">{t("source")}</h3>
        <p className="mt-1 max-w-3xl text-sm text-slate-700" data-testid="indicator-source">
          {indicator.source}
        </p>
      </Card>

      <Card data-testid="indicator-strength">
        <CardHeader title={t("strength.title")} description={t("strength.description")} />
        <dl className="grid gap-4 md:grid-cols-2">
          <div>
            <dt className="text-sm font-semibold text-slate-900">{t("strength.catalogue")}</dt>
            <dd className="mt-1 space-y-1 text-sm text-slate-700">
              <StrengthBadge strength={indicator.strength} />
              {indicator.strengthSource && <p>{indicator.strengthSource}</p>}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-900">{t("strength.organization")}</dt>
            <dd className="mt-1 space-y-1 text-sm text-slate-700" data-testid="indicator-override">
              {indicator.override ? (
                <>
                  <StrengthBadge strength={indicator.override.strength} />
                  <p>{indicator.override.rationale}</p>
                  <p className="text-xs text-slate-600">
                    {t("strength.updatedAt")} <DateTime value={indicator.override.updatedAt} />
                  </p>
                </>
              ) : (
                <p>{t("strength.noOverride")}</p>
              )}
            </dd>
          </div>
        </dl>
        <p className="mt-4 text-sm text-slate-700">
          {t("strength.effective")} <StrengthBadge strength={indicator.effectiveStrength} />
        </p>
        {canManage ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="mb-3 text-sm font-semibold text-slate-900">{t("grading.title")}</h3>
            <GradingForm indicator={indicator} />
          </div>
        ) : (
          <p className="mt-4 text-xs text-slate-600">{t("grading.managersOnly")}</p>
        )}
      </Card>

      <Card data-testid="indicator-mapping">
        {isIlo ? (
          <>
            <CardHeader
              title={t("mapping.rolledUpByTitle")}
              description={t("mapping.rolledUpByDescription")}
            />
            {indicator.rolledUpBy.length > 0 ? (
              <IndicatorLinks indicators={indicator.rolledUpBy} testId="rolled-up-by" />
            ) : (
              <p className="text-sm text-slate-700">{t("mapping.none")}</p>
            )}
          </>
        ) : (
          <>
            <CardHeader
              title={t("mapping.rollsUpToTitle")}
              description={t("mapping.rollsUpToDescription")}
            />
            <IndicatorLinks indicators={indicator.rollsUpTo} testId="rolls-up-to" />
          </>
        )}
      </Card>

      <Card data-testid="indicator-usage">
        <CardHeader title={t("usage.title")} />
        <dl className="grid gap-4 md:grid-cols-2">
          <div>
            <dt className="text-sm font-semibold text-slate-900">{t("usage.questions")}</dt>
            <dd className="mt-1 text-sm text-slate-700">{t("usage.noQuestions")}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-900">{t("usage.findings")}</dt>
            <dd className="mt-1 text-sm text-slate-700">{t("usage.noFindings")}</dd>
          </div>
        </dl>
        <p className="mt-4 text-xs text-slate-600">{t("usage.note")}</p>
      </Card>
    </div>
  );
};
