/**
 * A country's TIP tier in a report year, from the editions an organisation sees, with how the
 * answer was reached. Pure (no database): `loadTipTierLookup` in active-editions.ts feeds it.
 *
 * Rules, in order:
 * 1. The editions are consulted in precedence order (the organisation's newest first); the first
 *    edition that covers the report year (has any row for it) answers for that year. So an
 *    organisation's "2026 report" answers 2026, and the built-in edition still answers 2001–2025.
 * 2. A row for the country that year: that tier (`basis: "listed"`).
 * 3. No row, and the year's list is partial (it names no Tier 1 / Tier 2 country: recent reports
 *    as published in our sources list only Watch List, Tier 3 and Special Case): the country is
 *    "Tier 1 or 2" (`tier_1_or_2`, `basis: "not_listed"`), which the sources cannot tell apart.
 *    Two exceptions keep this honest:
 *    - a country the sources never rate in any year (Antarctica, most overseas territories) is
 *      not assumed to be rated at all (`tier: null`, `basis: "not_rated"`);
 *    - when the year's list carries no Special Case rows (our 2022–2024 history file), a country
 *      that any edition lists as a Special Case in some year (Libya, Somalia, Yemen, Haiti) may
 *      have been a Special Case that year too: unknown (`tier: null`, `basis: "unknown"`).
 * 4. No row, and the year's list is complete (Kelley & Heiss 2001–2015 rate every tier): the
 *    report did not rate the country that year (`tier: null`, `basis: "not_rated"`).
 * 5. No edition covers the year (2016–2021 in the built-in data, or a future year):
 *    `tier: null`, `basis: "no_report"`.
 *
 * A `null` tier is unknown, never "low risk": the risk engine scores it as an unknown input.
 */
import { TIP_BASES, type TEditionRef, type TTipTier } from "../schemas";

export type TipTierEntryRow = {
  editionId: string;
  country: string;
  reportYear: number;
  tier: TTipTier;
  summary: string | null;
};

export { TIP_BASES };
export type TipBasis = (typeof TIP_BASES)[number];

export type TipTierAnswer = {
  /** ISO 3166-1 alpha-2. */
  country: string;
  reportYear: number;
  /** Null when the tier is not known (see `basis`). */
  tier: TTipTier | null;
  basis: TipBasis;
  /** The report's sentence, when the source carries one (2025). */
  summary: string | null;
  /** The edition that answered (null for `no_report`). */
  edition: TEditionRef | null;
};

export type TipTierLookup = {
  /** The editions consulted, in precedence order. */
  editions: TEditionRef[];
  /** Every report year some edition covers, ascending. */
  years: number[];
  /** The newest report year covered: what current scores use. Null when there is no TIP data. */
  latestYear: number | null;
  /** The tier of `country` (ISO alpha-2) in `year` (default: `latestYear`). */
  tierOf: (country: string, year?: number) => TipTierAnswer;
  /** The answer for every country the sources rate in some year, for `year` (default latest). */
  answersForYear: (year?: number) => TipTierAnswer[];
};

/**
 * Rated by the report but absent from the built-in files: the report has rated the United States
 * itself (Tier 1) since 2010, while Kelley & Heiss code only the countries it assesses abroad and
 * the Factbook files list only Watch List, Tier 3 and Special Case countries.
 */
export const RATED_BEYOND_SOURCES: readonly string[] = ["US"];

type YearList = {
  byCountry: Map<string, TipTierEntryRow>;
  isPartial: boolean;
  hasSpecialCases: boolean;
};

const FULL_TIERS = new Set<TTipTier>(["tier_1", "tier_2", "tier_1_or_2"]);

/** Per report year of one edition: whether its list is partial and whether it lists special cases. */
export const yearListsOf = (entries: readonly TipTierEntryRow[]): Map<number, YearList> => {
  const years = new Map<number, YearList>();
  for (const entry of entries) {
    let list = years.get(entry.reportYear);
    if (!list) {
      list = { byCountry: new Map(), isPartial: true, hasSpecialCases: false };
      years.set(entry.reportYear, list);
    }
    list.byCountry.set(entry.country, entry);
    if (FULL_TIERS.has(entry.tier)) list.isPartial = false;
    if (entry.tier === "special_case") list.hasSpecialCases = true;
  }
  return years;
};

export const buildTipTierLookup = ({
  editions,
  entries,
}: {
  editions: readonly TEditionRef[];
  entries: readonly TipTierEntryRow[];
}): TipTierLookup => {
  const entriesByEdition = new Map<string, TipTierEntryRow[]>();
  for (const entry of entries) {
    const list = entriesByEdition.get(entry.editionId) ?? [];
    list.push(entry);
    entriesByEdition.set(entry.editionId, list);
  }
  const lists = editions.map((edition) => ({
    edition,
    years: yearListsOf(entriesByEdition.get(edition.id) ?? []),
  }));
  const rated = new Set<string>(RATED_BEYOND_SOURCES);
  const specialCases = new Set<string>();
  for (const entry of entries) {
    rated.add(entry.country);
    if (entry.tier === "special_case") specialCases.add(entry.country);
  }
  const years = [...new Set(lists.flatMap(({ years: byYear }) => [...byYear.keys()]))].sort(
    (a, b) => a - b,
  );
  const latestYear = years.at(-1) ?? null;

  const tierOf = (country: string, year = latestYear ?? 0): TipTierAnswer => {
    const code = country.toUpperCase();
    const answering = lists.find(({ years: byYear }) => byYear.has(year));
    const list = answering?.years.get(year);
    if (!answering || !list) {
      return {
        country: code,
        reportYear: year,
        tier: null,
        basis: "no_report",
        summary: null,
        edition: null,
      };
    }
    const base = { country: code, reportYear: year, edition: answering.edition };
    const row = list.byCountry.get(code);
    if (row) return { ...base, tier: row.tier, basis: "listed", summary: row.summary };
    if (!list.isPartial || !rated.has(code)) {
      return { ...base, tier: null, basis: "not_rated", summary: null };
    }
    if (!list.hasSpecialCases && specialCases.has(code)) {
      return { ...base, tier: null, basis: "unknown", summary: null };
    }
    return { ...base, tier: "tier_1_or_2", basis: "not_listed", summary: null };
  };

  const answersForYear = (year = latestYear ?? 0): TipTierAnswer[] =>
    [...rated].sort().map((country) => tierOf(country, year));

  return { editions: [...editions], years, latestYear, tierOf, answersForYear };
};
