"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

import { SIGN_IN_RATE_LIMITED } from "@/server/auth-errors";

import { safeCallbackUrl } from "./safe-callback-url";

export const SignInForm = ({
  callbackUrl,
  initialEmail,
}: {
  callbackUrl: string | null;
  initialEmail: string | null;
}) => {
  const t = useTranslations("auth");
  const [email, setEmail] = useState(initialEmail ?? "");
  const [password, setPassword] = useState("");
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [failure, setFailure] = useState<"credentials" | "rateLimited" | null>(null);
  const destination = safeCallbackUrl(callbackUrl);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitting(true);
    setFailure(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok) {
      // A full navigation so that every server component sees the new session cookie.
      window.location.assign(destination);
      return;
    }
    setIsSubmitting(false);
    setFailure(result?.error === SIGN_IN_RATE_LIMITED ? "rateLimited" : "credentials");
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {failure && (
        <Alert tone="error">
          {failure === "rateLimited" ? t("signIn.rateLimited") : t("signIn.failed")}
        </Alert>
      )}
      <Field label={t("signIn.email")}>
        {(control) => (
          <Input
            {...control}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field label={t("signIn.password")}>
        {(control) => (
          <Input
            {...control}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("signIn.noAccount")}{" "}
        <Link
          className="font-medium text-teal-800 underline"
          href={`/sign-up${callbackUrl ? `?callbackUrl=${encodeURIComponent(destination)}` : ""}`}
        >
          {t("signIn.signUpLink")}
        </Link>
      </p>
    </form>
  );
};
