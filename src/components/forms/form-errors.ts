/**
 * Field errors for forms. Schemas carry message keys (`validation.*`) instead of English, so the
 * same schema validates on the server and shows translated messages in the browser.
 */
import type { z } from "zod";

import common from "../../../messages/en/common.json";

export type FieldErrors = Record<string, string | undefined>;

type ValidationKey = keyof (typeof common)["validation"];

const isValidationKey = (key: string): key is ValidationKey =>
  Object.hasOwn(common.validation, key);

/** The translator for the `validation` namespace: `useTranslations("validation")`. */
type ValidationTranslator = (key: ValidationKey) => string;

export const translateValidationMessage = (t: ValidationTranslator, message: string): string => {
  const key = message.replace(/^validation\./, "");
  return t(isValidationKey(key) ? key : "invalid");
};

/** The first message per top-level field, translated. */
export const fieldErrorsFromIssues = (
  t: ValidationTranslator,
  issues: z.core.$ZodIssue[],
): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= translateValidationMessage(t, issue.message);
  }
  return errors;
};

/** Same, from the flattened zod error the server sends with a BAD_REQUEST. */
export const fieldErrorsFromServer = (
  t: ValidationTranslator,
  fieldErrors: Record<string, string[] | undefined>,
): FieldErrors =>
  Object.fromEntries(
    Object.entries(fieldErrors).flatMap(([field, messages]) => {
      const first = messages?.[0];
      return first ? [[field, translateValidationMessage(t, first)]] : [];
    }),
  );
