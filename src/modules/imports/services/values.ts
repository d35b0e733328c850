/**
 * Reading a spreadsheet cell's text as a typed value, the way people write them: numbers with
 * thousands separators in either convention, percentages as "35%" or 0.35, yes/no in several
 * languages, lists separated by ";" or "|", countries by name or code in many languages,
 * currencies by code or symbol, ISIC codes in their usual spellings, dates in the common
 * formats, recruitment corridors as "NP>MY". Each returns `null` for "not given" and
 * `{ error }` (a message key) for text it cannot read.
 */
import type { Messages } from "@/i18n/messages";
import { resolveCountryCode } from "@/modules/reference/resolve-country";
import { isicSectionOf, isIsicSection } from "@/modules/suppliers/isic";

export type Parsed<T> = { value: T } | { error: RowMessageKey };

/** Message keys for values that cannot be read: the catalogue's `imports.rowErrors.*`. */
export type RowMessageKey = `imports.rowErrors.${keyof Messages["imports"]["rowErrors"]}`;

const ok = <T>(value: T): Parsed<T> => ({ value });
const fail = (error: RowMessageKey): Parsed<never> => ({ error });

const blank = (text: string | null | undefined): text is null | undefined | "" =>
  text === null || text === undefined || text.trim() === "";

// ─── Numbers ───────────────────────────────────────────────────────────────────────────────────

/**
 * "1,234,567.89", "1.234.567,89", "1 234 567,89", "1'234'567.89", "(1,200)", "$1,200" → a
 * decimal string without separators ("1234567.89"). A single separator followed by exactly three
 * digits is a thousands separator when it is a comma ("1,234" → 1234), or a dot in an amount of
 * money ("250.000" → 250000), and otherwise a decimal point ("1.234" → 1.234); anything else
 * decides by position (the last one is decimal).
 */
export const parseDecimal = (
  raw: string | null | undefined,
  /** Amounts of money have at most 2 decimals, so "250.000" can only be 250000. */
  { maxDecimals = Infinity }: { maxDecimals?: number } = {},
): Parsed<string> | null => {
  if (blank(raw)) return null;
  let text = raw
    .trim()
    .replace(/[\s\u00a0\u202f']/g, "")
    .replace(/\p{Sc}/gu, "");
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return fail("imports.rowErrors.notANumber");
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  let integer: string;
  let fraction = "";
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    const [whole = "", part = "", ...rest] = text.split(decimal);
    if (rest.length > 0) return fail("imports.rowErrors.notANumber");
    if (!/^\d{1,3}([.,]\d{3})*$/.test(whole) || whole.includes(decimal)) {
      return fail("imports.rowErrors.notANumber");
    }
    integer = whole.split(thousands).join("");
    fraction = part;
  } else {
    const separator = lastComma >= 0 ? "," : lastDot >= 0 ? "." : null;
    if (separator === null) {
      integer = text;
    } else {
      const groups = text.split(separator);
      const isThousands =
        groups.length > 2
          ? /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^\d{3}$/.test(g))
          : (separator === "," || maxDecimals < 3) &&
            /^\d{1,3}$/.test(groups[0] ?? "") &&
            /^\d{3}$/.test(groups[1] ?? "");
      if (isThousands) {
        integer = groups.join("");
      } else if (groups.length === 2) {
        integer = groups[0] ?? "";
        fraction = groups[1] ?? "";
      } else {
        return fail("imports.rowErrors.notANumber");
      }
    }
  }
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || integer + fraction === "") {
    return fail("imports.rowErrors.notANumber");
  }
  const normalisedInteger = integer.replace(/^0+(?=\d)/, "") || "0";
  const normalisedFraction = fraction.replace(/0+$/, "");
  const digits = normalisedFraction
    ? `${normalisedInteger}.${normalisedFraction}`
    : normalisedInteger;
  return ok(negative && digits !== "0" ? `-${digits}` : digits);
};

export const parseNumber = (raw: string | null | undefined): Parsed<number> | null => {
  const parsed = parseDecimal(raw);
  if (parsed === null || "error" in parsed) return parsed;
  return ok(Number(parsed.value));
};

/**
 * A share as a percentage (0–100): "35%", "35 %", "35" and the fraction "0.35" are all 35. A
 * number strictly between 0 and 1 without a percent sign is read as a fraction.
 */
export const parsePercent = (raw: string | null | undefined): Parsed<number> | null => {
  if (blank(raw)) return null;
  const text = raw.trim();
  const hasSign = /%\s*$/.test(text) || /^%/.test(text);
  const parsed = parseNumber(text.replace(/%/g, ""));
  if (parsed === null || "error" in parsed) return fail("imports.rowErrors.notAPercentage");
  const number = parsed.value;
  const percent = !hasSign && number > 0 && number < 1 ? number * 100 : number;
  return ok(Number(percent.toFixed(2)));
};

// ─── Yes / no ─────────────────────────────────────────────────────────────────────────────────

const YES = new Set([
  "yes",
  "y",
  "true",
  "t",
  "1",
  "x",
  "✓",
  "✔",
  "oui",
  "si",
  "sí",
  "ja",
  "ya",
  "sim",
  "có",
  "co",
  "ใช่",
  "มี",
  "是",
  "有",
  "হ্যাঁ",
  "হাঁ",
]);
const NO = new Set([
  "no",
  "n",
  "false",
  "f",
  "0",
  "non",
  "nein",
  "tidak",
  "não",
  "nao",
  "không",
  "khong",
  "ไม่",
  "ไม่ใช่",
  "ไม่มี",
  "否",
  "无",
  "沒有",
  "没有",
  "না",
]);
const UNKNOWN = new Set(["unknown", "?", "n/a", "na", "-", "don't know", "dont know", "not known"]);

export const parseYesNo = (raw: string | null | undefined): Parsed<boolean | null> | null => {
  if (blank(raw)) return null;
  const text = raw.trim().toLowerCase().replace(/\.$/, "");
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  if (UNKNOWN.has(text)) return ok(null);
  return fail("imports.rowErrors.notYesNo");
};

// ─── Lists ─────────────────────────────────────────────────────────────────────────────────────

/** "cotton; polyester | dye" → ["cotton", "polyester", "dye"] (also one item per line). */
export const parseList = (raw: string | null | undefined): string[] =>
  blank(raw)
    ? []
    : raw
        .split(/[;|\n\r]+/)
        .map((item) => item.trim())
        .filter((item) => item !== "");

// ─── Countries ─────────────────────────────────────────────────────────────────────────────────

export const parseCountry = (raw: string | null | undefined): Parsed<string> | null => {
  if (blank(raw)) return null;
  const code = resolveCountryCode(raw);
  return code ? ok(code) : fail("imports.rowErrors.unknownCountry");
};

/** "Nepal; Malaysia" or "NP, MY" → ["NP", "MY"]. Commas separate too when every part is a country. */
export const parseCountryList = (raw: string | null | undefined): Parsed<string[]> | null => {
  if (blank(raw)) return null;
  const items = parseList(raw);
  const resolve = (parts: string[]): string[] | null => {
    const codes: string[] = [];
    for (const part of parts) {
      const code = resolveCountryCode(part);
      if (!code) return null;
      codes.push(code);
    }
    return codes;
  };
  const byList = resolve(items);
  if (byList) return ok([...new Set(byList)]);
  const byComma = resolve(items.flatMap((item) => item.split(",").map((part) => part.trim())));
  if (byComma) return ok([...new Set(byComma)]);
  return fail("imports.rowErrors.unknownCountry");
};

// ─── Corridors ─────────────────────────────────────────────────────────────────────────────────

export type Corridor = { originCountry: string; destinationCountry: string };

/** "NP>MY; MM>TH", "Nepal → Malaysia", "NP->MY | MM to TH". */
export const parseCorridors = (raw: string | null | undefined): Parsed<Corridor[]> | null => {
  if (blank(raw)) return null;
  const corridors: Corridor[] = [];
  const seen = new Set<string>();
  for (const item of raw.split(/[;|\n\r,]+/)) {
    const text = item.trim();
    if (!text) continue;
    const parts = text.split(/\s*(?:->|=>|→|➔|>|\bto\b)\s*/iu);
    if (parts.length !== 2) return fail("imports.rowErrors.badCorridor");
    const origin = resolveCountryCode(parts[0]);
    const destination = resolveCountryCode(parts[1]);
    if (!origin || !destination) return fail("imports.rowErrors.badCorridor");
    const key = `${origin}>${destination}`;
    if (seen.has(key)) continue;
    seen.add(key);
    corridors.push({ originCountry: origin, destinationCountry: destination });
  }
  return ok(corridors);
};

export const formatCorridors = (corridors: readonly Corridor[]): string =>
  corridors.map((c) => `${c.originCountry}>${c.destinationCountry}`).join("; ");

// ─── Currencies ────────────────────────────────────────────────────────────────────────────────

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD",
  US$: "USD",
  "€": "EUR",
  "£": "GBP",
  "₹": "INR",
  "৳": "BDT",
  "฿": "THB",
  "₫": "VND",
  "₱": "PHP",
  "₩": "KRW",
  RM: "MYR",
  RP: "IDR",
  A$: "AUD",
  C$: "CAD",
  HK$: "HKD",
  S$: "SGD",
  RMB: "CNY",
  "CN¥": "CNY",
  "JP¥": "JPY",
};

let currencyNames: Map<string, string> | undefined;
const currencyByName = (name: string): string | undefined => {
  if (!currencyNames) {
    currencyNames = new Map();
    const display = new Intl.DisplayNames(["en"], { type: "currency" });
    for (const code of Intl.supportedValuesOf("currency")) {
      const label = display.of(code);
      if (label) currencyNames.set(label.toLowerCase(), code);
    }
  }
  return currencyNames.get(name.toLowerCase());
};

let currencyCodes: Set<string> | undefined;

export const isCurrencyCode = (code: string): boolean => {
  currencyCodes ??= new Set(Intl.supportedValuesOf("currency"));
  return /^[A-Z]{3}$/.test(code) && currencyCodes.has(code);
};

export const parseCurrency = (raw: string | null | undefined): Parsed<string> | null => {
  if (blank(raw)) return null;
  const text = raw.trim();
  const upper = text.toUpperCase();
  if (isCurrencyCode(upper)) return ok(upper);
  const symbol = CURRENCY_SYMBOLS[upper] ?? CURRENCY_SYMBOLS[text];
  if (symbol) return ok(symbol);
  const byName = currencyByName(text);
  return byName ? ok(byName) : fail("imports.rowErrors.unknownCurrency");
};

/**
 * An amount that may carry its currency: "USD 1,200,000", "1.200.000 €", "$1,200" → the decimal
 * and the currency it names (null when none).
 */
export const parseAmountWithCurrency = (
  raw: string | null | undefined,
): Parsed<{ amount: string; currency: string | null }> | null => {
  if (blank(raw)) return null;
  const text = raw.trim();
  const code = /^([A-Za-z]{3})\s*(?=[\d(+-])|(?<=[\d)])\s*([A-Za-z]{3})$/.exec(text);
  const named = code?.[1] ?? code?.[2];
  let currency: string | null = null;
  let rest = text;
  if (named && isCurrencyCode(named.toUpperCase())) {
    currency = named.toUpperCase();
    rest = text.replace(named, "");
  } else {
    const symbol = /^(US\$|A\$|C\$|HK\$|S\$|\p{Sc})|(\p{Sc})$/u.exec(text);
    const found = symbol?.[1] ?? symbol?.[2];
    if (found) currency = CURRENCY_SYMBOLS[found] ?? null;
  }
  const amount = parseDecimal(rest, { maxDecimals: 2 });
  if (amount === null) return fail("imports.rowErrors.notANumber");
  if ("error" in amount) return amount;
  return ok({ amount: amount.value, currency });
};

// ─── Sectors ───────────────────────────────────────────────────────────────────────────────────

export type Sector = { section: string | null; division: string | null };

/**
 * "C", "13", "C13", "C 13", "1392" (a class: its division), "13 - Manufacture of textiles",
 * "C - Manufacturing" → the ISIC Rev.4 section and division.
 */
export const parseSector = (raw: string | null | undefined): Parsed<Sector> | null => {
  if (blank(raw)) return null;
  const match = /^\s*([A-Za-z])?\s*[-.:]?\s*(\d{2,4})?(?:\b|\s|$)/.exec(raw);
  const letter = match?.[1]?.toUpperCase() ?? null;
  const digits = match?.[2] ?? null;
  const rest = raw.slice(match?.[0].length ?? 0).trim();
  // A lone letter must stand alone or before a separator ("C - Manufacturing"), not start a word.
  if (letter && !digits && rest && !/^[-–:.]/.test(raw.trim().slice(1).trim())) {
    return fail("imports.rowErrors.unknownSector");
  }
  if (!letter && !digits) return fail("imports.rowErrors.unknownSector");
  const division = digits ? digits.slice(0, 2).padStart(2, "0") : null;
  if (digits && digits.length === 3) return fail("imports.rowErrors.unknownSector");
  const sectionOfDivision = division ? isicSectionOf(division) : null;
  if (division && !sectionOfDivision) return fail("imports.rowErrors.unknownSector");
  if (letter && !isIsicSection(letter)) return fail("imports.rowErrors.unknownSector");
  if (letter && sectionOfDivision && letter !== sectionOfDivision) {
    return fail("imports.rowErrors.unknownSector");
  }
  return ok({ section: letter ?? sectionOfDivision, division });
};

export const formatSector = (section: string | null, division: string | null): string =>
  division ? `${section ?? isicSectionOf(division) ?? ""}${division}` : (section ?? "");

// ─── Dates ─────────────────────────────────────────────────────────────────────────────────────

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const isoDate = (year: number, month: number, day: number): string | null => {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
};

const monthOf = (name: string): number => {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? 0 : index + 1;
};

/**
 * "2024-01-15", "2024-01-15T00:00:00Z", "15/01/2024", "15.01.2024", "15 Jan 2024", "Jan 15, 2024"
 * and Excel serial numbers ("45306") → "2024-01-15". Slashed dates are day first unless the
 * first number cannot be a day of the month's place (US "01/31/2024").
 */
export const parseDate = (raw: string | null | undefined): Parsed<string> | null => {
  if (blank(raw)) return null;
  const text = raw.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (match) return wrap(isoDate(Number(match[1]), Number(match[2]), Number(match[3])));
  match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (match) return wrap(isoDate(Number(match[1]), Number(match[2]), Number(match[3])));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = Number(match[3]);
    return wrap(second > 12 ? isoDate(year, first, second) : isoDate(year, second, first));
  }
  match = /^(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s-,]+(\d{4})$/.exec(text);
  if (match && monthOf(match[2] ?? "")) {
    return wrap(isoDate(Number(match[3]), monthOf(match[2] ?? ""), Number(match[1])));
  }
  match = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (match && monthOf(match[1] ?? "")) {
    return wrap(isoDate(Number(match[3]), monthOf(match[1] ?? ""), Number(match[2])));
  }
  if (/^\d{5}$/.test(text)) {
    // Excel's day count from 1899-12-30 (a date cell exported as a number).
    const serial = Number(text);
    if (serial > 20_000 && serial < 110_000) {
      return ok(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return fail("imports.rowErrors.notADate");
};

const wrap = (date: string | null): Parsed<string> =>
  date ? ok(date) : fail("imports.rowErrors.notADate");

// ─── Options ───────────────────────────────────────────────────────────────────────────────────

/** Folds an option's spelling: "Recruitment agency", "recruitment-agency" → "recruitment agency". */
export const foldOption = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Reads one of `values` given its own spelling, its label, or one of its synonyms. */
export const parseOption = <T extends string>(
  raw: string | null | undefined,
  spellings: ReadonlyMap<string, T>,
): Parsed<T> | null => {
  if (blank(raw)) return null;
  const value = spellings.get(foldOption(raw));
  return value === undefined ? fail("imports.rowErrors.unknownOption") : ok(value);
};

/** Builds the spelling table of an option list: each value, its label and synonyms, folded. */
export const optionSpellings = <T extends string>(
  options: readonly (readonly [T, readonly string[]])[],
  labels: Readonly<Record<string, string>> = {},
): Map<string, T> => {
  const spellings = new Map<string, T>();
  for (const [value, synonyms] of options) {
    for (const spelling of [value, labels[value] ?? "", ...synonyms]) {
      if (spelling) spellings.set(foldOption(spelling), value);
    }
  }
  return spellings;
};
