/**
 * Turns whatever a spreadsheet or a reference file says about a country into an ISO 3166-1
 * alpha-2 code: codes (alpha-2, alpha-3, numeric), official and short names in many languages
 * (Thai, Chinese, Bengali …, from i18n-iso-countries) and the alias table. Server-side: it
 * loads many locales.
 */
import countries from "i18n-iso-countries";
import bn from "i18n-iso-countries/langs/bn.json";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import id from "i18n-iso-countries/langs/id.json";
import ms from "i18n-iso-countries/langs/ms.json";
import pt from "i18n-iso-countries/langs/pt.json";
import th from "i18n-iso-countries/langs/th.json";
import vi from "i18n-iso-countries/langs/vi.json";
import zh from "i18n-iso-countries/langs/zh.json";

import { COUNTRY_ALIASES } from "./country-aliases";

const LOCALES = [en, bn, de, es, fr, id, ms, pt, th, vi, zh];
for (const locale of LOCALES) countries.registerLocale(locale);

/**
 * Case, accents, spaces, punctuation and a leading "the" (or Thai "ประเทศ", "country") do not
 * matter: "Côte d'Ivoire", "COTE D IVOIRE" and "cote-divoire" all fold to "cotedivoire".
 */
export const foldCountryName = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(the|ประเทศ) ?/u, "")
    .replace(/ /g, "");

let nameIndex: Map<string, string> | undefined;

/** Every name of every country in every loaded language, folded, → alpha-2. */
const buildNameIndex = (): Map<string, string> => {
  const index = new Map<string, string>();
  for (const locale of LOCALES) {
    const names = countries.getNames(locale.locale, { select: "all" });
    for (const [code, variants] of Object.entries(names)) {
      for (const variant of variants) index.set(foldCountryName(variant), code);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
    index.set(foldCountryName(alias), code);
  }
  return index;
};

/** The ISO alpha-2 code for `input`, or null when it names no country we know. */
export const resolveCountryCode = (input: string | null | undefined): string | null => {
  const raw = input?.trim();
  if (!raw) return null;
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const upper = raw.toUpperCase();
    if (upper === "UK") return "GB";
    return countries.isValid(upper) ? upper : null;
  }
  if (/^[A-Za-z]{3}$/.test(raw) && countries.isValid(raw.toUpperCase())) {
    return countries.alpha3ToAlpha2(raw.toUpperCase()) ?? null;
  }
  if (/^\d{1,3}$/.test(raw)) return countries.numericToAlpha2(raw.padStart(3, "0")) ?? null;
  nameIndex ??= buildNameIndex();
  return nameIndex.get(foldCountryName(raw)) ?? null;
};
