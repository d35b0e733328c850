/**
 * Locales of the analyst side. The respondent side (questionnaires) will add its own list.
 * All user-facing strings live in messages/<locale>.json with dotted keys.
 */
export const ANALYST_LOCALES = ["en"] as const;
export type AnalystLocale = (typeof ANALYST_LOCALES)[number];
export const DEFAULT_LOCALE: AnalystLocale = "en";

export const isAnalystLocale = (value: string | undefined): value is AnalystLocale =>
  ANALYST_LOCALES.some((locale) => locale === value);
