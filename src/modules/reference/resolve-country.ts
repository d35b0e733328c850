/**
 * Turns whatever a spreadsheet or a reference file says about a country into an ISO 3166-1
 * alpha-2 code: codes (alpha-2, alpha-3, numeric), official and short names in many languages
 * (from i18n-iso-countries: the major languages of sourcing countries and of the buyers' own
 * staff, Thai, Chinese, Bengali, Polish, Swedish …) and the alias table. Server-side: it loads
 * many locales.
 */
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import bn from "i18n-iso-countries/langs/bn.json";
import cs from "i18n-iso-countries/langs/cs.json";
import da from "i18n-iso-countries/langs/da.json";
import de from "i18n-iso-countries/langs/de.json";
import el from "i18n-iso-countries/langs/el.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fa from "i18n-iso-countries/langs/fa.json";
import fi from "i18n-iso-countries/langs/fi.json";
import fr from "i18n-iso-countries/langs/fr.json";
import he from "i18n-iso-countries/langs/he.json";
import hi from "i18n-iso-countries/langs/hi.json";
import hu from "i18n-iso-countries/langs/hu.json";
import id from "i18n-iso-countries/langs/id.json";
import it from "i18n-iso-countries/langs/it.json";
import ja from "i18n-iso-countries/langs/ja.json";
import km from "i18n-iso-countries/langs/km.json";
import ko from "i18n-iso-countries/langs/ko.json";
import ms from "i18n-iso-countries/langs/ms.json";
import nl from "i18n-iso-countries/langs/nl.json";
import no_ from "i18n-iso-countries/langs/no.json";
import pl from "i18n-iso-countries/langs/pl.json";
import pt from "i18n-iso-countries/langs/pt.json";
import ro from "i18n-iso-countries/langs/ro.json";
import ru from "i18n-iso-countries/langs/ru.json";
import sv from "i18n-iso-countries/langs/sv.json";
import sw from "i18n-iso-countries/langs/sw.json";
import ta from "i18n-iso-countries/langs/ta.json";
import th from "i18n-iso-countries/langs/th.json";
import tr from "i18n-iso-countries/langs/tr.json";
import uk from "i18n-iso-countries/langs/uk.json";
import ur from "i18n-iso-countries/langs/ur.json";
import vi from "i18n-iso-countries/langs/vi.json";
import zh from "i18n-iso-countries/langs/zh.json";

import { COUNTRY_ALIASES } from "./country-aliases";

const LOCALES = [
  ar,
  bn,
  cs,
  da,
  de,
  el,
  en,
  es,
  fa,
  fi,
  fr,
  he,
  hi,
  hu,
  id,
  it,
  ja,
  km,
  ko,
  ms,
  nl,
  no_,
  pl,
  pt,
  ro,
  ru,
  sv,
  sw,
  ta,
  th,
  tr,
  uk,
  ur,
  vi,
  zh,
];
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

/**
 * Every name of every country in every loaded language, folded, → alpha-2. A folded name that
 * means different countries in different languages is left out (ambiguous), except that English
 * names and the alias table always win.
 */
const buildNameIndex = (): Map<string, string> => {
  const candidates = new Map<string, Set<string>>();
  for (const locale of LOCALES) {
    if (locale === en) continue;
    for (const [code, variants] of Object.entries(
      countries.getNames(locale.locale, { select: "all" }),
    )) {
      for (const variant of variants) {
        const key = foldCountryName(variant);
        const codes = candidates.get(key) ?? new Set<string>();
        codes.add(code);
        candidates.set(key, codes);
      }
    }
  }
  const index = new Map<string, string>();
  for (const [key, codes] of candidates) {
    const [only] = codes;
    if (codes.size === 1 && only) index.set(key, only);
  }
  for (const [code, variants] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const variant of variants) index.set(foldCountryName(variant), code);
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
