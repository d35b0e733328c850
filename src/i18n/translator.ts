/**
 * Translation outside React (error messages, emails), from the same message files.
 */
import { createTranslator } from "next-intl";

import { DEFAULT_LOCALE, type AnalystLocale } from "./config";
import { MESSAGES } from "./messages";

export const getTranslator = (locale: AnalystLocale = DEFAULT_LOCALE) =>
  createTranslator({ locale, messages: MESSAGES[locale] });

export type Translator = ReturnType<typeof getTranslator>;
