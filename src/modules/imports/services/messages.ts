/**
 * Row problems are stored as catalogue keys ("validation.required",
 * "imports.rowErrors.unknownCountry", "suppliers.validation.website"), so the stored report is
 * language-neutral; this turns them into text when a report is shown or downloaded.
 */
import { DEFAULT_LOCALE, type AnalystLocale } from "@/i18n/config";
import { MESSAGES } from "@/i18n/messages";

const lookup = (catalogue: unknown, path: string): string | undefined => {
  let node: unknown = catalogue;
  for (const segment of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = Reflect.get(node, segment);
  }
  return typeof node === "string" ? node : undefined;
};

export const translateMessageKey = (
  key: string,
  locale: AnalystLocale = DEFAULT_LOCALE,
): string => {
  const catalogue = MESSAGES[locale];
  return lookup(catalogue, key) ?? lookup(catalogue, "validation.invalid") ?? key;
};
