/**
 * ISO 4217 currencies as the JavaScript runtime knows them (Intl, maintained with ICU), with
 * localised names.
 */
export type CurrencyOption = { code: string; name: string };

/** Listed first because most organisations report in one of them. */
const COMMON = ["GBP", "EUR", "USD", "AUD", "CAD", "NOK", "CHF", "JPY", "CNY"];

export const currencyOptions = (locale = "en"): CurrencyOption[] => {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  const all = Intl.supportedValuesOf("currency").map((code) => ({
    code,
    name: names.of(code) ?? code,
  }));
  const common = COMMON.flatMap((code) => all.filter((option) => option.code === code));
  const rest = all.filter((option) => !COMMON.includes(option.code));
  return [...common, ...rest];
};

export const formatMoney = (amount: string, currency: string, locale = "en"): string =>
  new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(
    Number(amount),
  );
