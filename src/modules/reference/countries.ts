/**
 * ISO 3166-1 alpha-2 countries with localised names from `i18n-iso-countries` (no hand-typed
 * list). Safe to import in client components.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

export type CountryOption = { code: string; name: string };

const cache = new Map<string, CountryOption[]>();

/** All countries, sorted by their name in `locale`. */
export const countryOptions = (locale = "en"): CountryOption[] => {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = countries.getNames(locale, { select: "official" });
  const options = Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  cache.set(locale, options);
  return options;
};

export const countryName = (code: string, locale = "en"): string =>
  countries.getName(code, locale, { select: "official" }) ?? code;

export const isCountryCode = (code: string): boolean => countries.isValid(code);
