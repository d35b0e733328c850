"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import {
  fieldErrorsFromIssues,
  fieldErrorsFromServer,
  type FieldErrors,
} from "@/components/forms/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import { PASSWORD_MIN_LENGTH } from "../password-policy";
import { ZSignUpRequestSchema } from "../procedures/sign-up.schema";
import { safeCallbackUrl } from "./safe-callback-url";

export const SignUpForm = ({
  callbackUrl,
  initialEmail,
}: {
  callbackUrl: string | null;
  initialEmail: string | null;
}) => {
  const t = useTranslations();
  const tValidation = useTranslations("validation");
  const trpc = useTRPC();
  const [values, setValues] = useState({ name: "", email: initialEmail ?? "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const signUp = useMutation(trpc.identity.signUp.mutationOptions());
  const destination = safeCallbackUrl(callbackUrl, "/organizations");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = ZSignUpRequestSchema.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromIssues(tValidation, parsed.error.issues));
      return;
    }
    setFieldErrors({});
    try {
      await signUp.mutateAsync(parsed.data);
    } catch (error) {
      const appError = appErrorOf(error);
      setFormError(appError?.userMessage ?? t("errors.code.INTERNAL"));
      setFieldErrors(fieldErrorsFromServer(tValidation, appError?.fieldErrors ?? {}));
      return;
    }
    const result = await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
    window.location.assign(result?.ok ? destination : "/sign-in");
  };

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t("auth.signUp.name")} error={fieldErrors.name}>
        {(control) => (
          <Input
            {...control}
            name="name"
            autoComplete="name"
            value={values.name}
            onChange={set("name")}
          />
        )}
      </Field>
      <Field label={t("auth.signUp.email")} error={fieldErrors.email}>
        {(control) => (
          <Input
            {...control}
            type="email"
            name="email"
            autoComplete="email"
            value={values.email}
            readOnly={initialEmail !== null}
            onChange={set("email")}
          />
        )}
      </Field>
      <Field
        label={t("auth.signUp.password")}
        hint={t("auth.signUp.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        error={fieldErrors.password}
      >
        {(control) => (
          <Input
            {...control}
            type="password"
            name="password"
            autoComplete="new-password"
            value={values.password}
            onChange={set("password")}
          />
        )}
      </Field>
      <Button type="submit" className="w-full" disabled={signUp.isPending}>
        {signUp.isPending ? t("auth.signUp.submitting") : t("auth.signUp.submit")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("auth.signUp.haveAccount")}{" "}
        <Link
          className="font-medium text-teal-800 underline"
          href={`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(destination)}` : ""}`}
        >
          {t("auth.signUp.signInLink")}
        </Link>
      </p>
    </form>
  );
};
