/**
 * Translating the messages the recruiters schemas carry. They are catalogue paths: the shared
 * `validation.*` keys (common.json) or this module's `recruiters.validation.*` keys.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { z } from "zod";

import { translateValidationMessage, type FieldErrors } from "@/components/forms/form-errors";

import recruiterMessages from "../../../../messages/en/recruiters.json";

type RecruiterValidationKey = keyof (typeof recruiterMessages)["recruiters"]["validation"];

const MODULE_PREFIX = "recruiters.validation.";

const isRecruiterValidationKey = (key: string): key is RecruiterValidationKey =>
  Object.hasOwn(recruiterMessages.recruiters.validation, key);

/** A function that turns a schema message (or a server field error) into the user's language. */
export const useValidationMessage = () => {
  const tValidation = useTranslations("validation");
  const tRecruiters = useTranslations("recruiters.validation");
  return useCallback(
    (message: string): string => {
      if (message.startsWith(MODULE_PREFIX)) {
        const key = message.slice(MODULE_PREFIX.length);
        if (isRecruiterValidationKey(key)) return tRecruiters(key);
      }
      return translateValidationMessage(tValidation, message);
    },
    [tValidation, tRecruiters],
  );
};

/** The first message per top-level field, translated. */
export const fieldErrorsOf = (
  translate: (message: string) => string,
  issues: z.core.$ZodIssue[],
): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= translate(issue.message);
  }
  return errors;
};

/** Same, from the flattened zod error the server sends with a BAD_REQUEST. */
export const fieldErrorsFromServerOf = (
  translate: (message: string) => string,
  fieldErrors: Record<string, string[] | undefined>,
): FieldErrors =>
  Object.fromEntries(
    Object.entries(fieldErrors).flatMap(([field, messages]) => {
      const first = messages?.[0];
      return first ? [[field, translate(first)]] : [];
    }),
  );
