/**
 * US Trafficking in Persons report tiers, from the two layouts in refdata/:
 *
 * - the Factbook layout (`tip_tiers_2025_factbook_t2wl_t3.csv`, and the 2022–2025 history file
 *   without the `text` column): `country, tier, report_year[, text]`, tiers written out
 *   ("Tier 2 Watch List", "Tier 3", "Special Case"; "Tier 1" and "Tier 2" are accepted too).
 *   An organisation's newer edition uses this layout.
 * - Kelley & Heiss (`tip_tiers_2001_2015_kelley_heiss.csv`): `countryname, iso, year, tier`, tiers
 *   coded 1 = Tier 1, 2 = Tier 2, 3 = Watch List, 4 = Tier 3; `NA` (not yet rated) rows skipped.
 */
import type { Table } from "@/modules/imports/services/parse/build-table";

import { UPLOAD_COLUMNS, type TTipTier } from "../../schemas";
import { tableReader, type ParseResult } from "./table-reader";

export type TipRow = {
  country: string;
  reportYear: number;
  tier: TTipTier;
  summary: string | null;
};

export const TIP_FACTBOOK_COLUMNS = UPLOAD_COLUMNS.tip_tiers.required;
export const TIP_KELLEY_HEISS_COLUMNS = ["countryname", "year", "tier"] as const;

const MIN_YEAR = 2001;
const MAX_YEAR = 2100;

const TIER_WORDS: Record<string, TTipTier> = {
  tier1: "tier_1",
  tier2: "tier_2",
  tier1or2: "tier_1_or_2",
  tier2watchlist: "tier_2_watch_list",
  tier2wl: "tier_2_watch_list",
  watchlist: "tier_2_watch_list",
  tier3: "tier_3",
  specialcase: "special_case",
};

/** "Tier 2 Watch List", "tier_2_watch_list", "TIER 3" … → the tier; null when unknown. */
export const tierOfText = (text: string): TTipTier | null =>
  TIER_WORDS[text.toLowerCase().replace(/[^a-z0-9]/g, "")] ?? null;

const KELLEY_HEISS_CODES: Record<string, TTipTier> = {
  "1": "tier_1",
  "2": "tier_2",
  "3": "tier_2_watch_list",
  "4": "tier_3",
};

const dedupe = (
  rows: (TipRow & { rowNumber: number })[],
  onDuplicate: (rowNumber: number, value: string) => void,
): TipRow[] => {
  const seen = new Set<string>();
  const kept: TipRow[] = [];
  for (const { rowNumber, ...row } of rows) {
    const key = `${row.country}|${row.reportYear}`;
    if (seen.has(key)) {
      onDuplicate(rowNumber, `${row.country} ${row.reportYear}`);
      continue;
    }
    seen.add(key);
    kept.push(row);
  }
  return kept;
};

export const parseFactbookTipTiers = (table: Table): ParseResult<TipRow> => {
  const read = tableReader(table, { required: TIP_FACTBOOK_COLUMNS });
  if (!read.hasColumns) return { rows: [], problems: read.problems };
  const rows: (TipRow & { rowNumber: number })[] = [];
  for (const row of table.rows) {
    const country = read.country(row, "country");
    const tierText = read.required(row, "tier", { maxLength: 50 });
    const reportYear = read.integer(row, "report_year", MIN_YEAR, MAX_YEAR);
    const summary = read.text(row, "text", { maxLength: 5000 });
    const tier = tierText === null ? null : tierOfText(tierText);
    if (tierText !== null && tier === null) read.problem(row, "tier", tierText, "invalidTier");
    if (country === null || tier === null || reportYear === null) continue;
    rows.push({ rowNumber: row.rowNumber, country, tier, reportYear, summary });
  }
  const byRow = new Map(table.rows.map((row) => [row.rowNumber, row]));
  const kept = dedupe(rows, (rowNumber, value) => {
    const row = byRow.get(rowNumber);
    if (row) read.problem(row, "country", value, "duplicate");
  });
  return { rows: kept, problems: read.problems };
};

export const parseKelleyHeissTipTiers = (table: Table): ParseResult<TipRow> => {
  const read = tableReader(table, { required: TIP_KELLEY_HEISS_COLUMNS });
  if (!read.hasColumns) return { rows: [], problems: read.problems };
  const rows: (TipRow & { rowNumber: number })[] = [];
  for (const row of table.rows) {
    const code = read.required(row, "tier", { maxLength: 10 });
    if (code === null || code.toUpperCase() === "NA") continue;
    const country = read.country(row, "countryname");
    const reportYear = read.integer(row, "year", MIN_YEAR, MAX_YEAR);
    const tier = KELLEY_HEISS_CODES[code] ?? null;
    if (tier === null) read.problem(row, "tier", code, "invalidTier");
    if (country === null || tier === null || reportYear === null) continue;
    rows.push({ rowNumber: row.rowNumber, country, tier, reportYear, summary: null });
  }
  const byRow = new Map(table.rows.map((row) => [row.rowNumber, row]));
  const kept = dedupe(rows, (rowNumber, value) => {
    const row = byRow.get(rowNumber);
    if (row) read.problem(row, "countryname", value, "duplicate");
  });
  return { rows: kept, problems: read.problems };
};
