"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";

import { appErrorOf } from "@/trpc/app-error-of";

import { fieldMessageKeys, validationMessageKey } from "../validation-messages";

export type FieldErrors = Record<string, string | undefined>;

/**
 * Field errors for this module's forms, from the browser's own validation (zod issues) or from the
 * server's answer, translated from the message keys the schemas carry; plus a form-level message
 * for anything else (conflicts, refusals).
 */
export const useFieldErrors = () => {
  const t = useTranslations();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const fromIssues = (issues: z.core.$ZodIssue[]) => {
    const keys = fieldMessageKeys(issues);
    setFieldErrors(
      Object.fromEntries(
        Object.entries(keys).map(([field, key]) => [field, key ? t(key) : undefined]),
      ),
    );
  };

  const fromServer = (error: unknown) => {
    const appError = appErrorOf(error);
    setFormError(appError?.userMessage ?? t("errors.code.INTERNAL"));
    setFieldErrors(
      Object.fromEntries(
        Object.entries(appError?.fieldErrors ?? {}).flatMap(([field, messages]) => {
          const first = messages?.[0];
          return first ? [[field, t(validationMessageKey(first))]] : [];
        }),
      ),
    );
  };

  const clear = () => {
    setFieldErrors({});
    setFormError(null);
  };

  return { fieldErrors, formError, fromIssues, fromServer, clear };
};
