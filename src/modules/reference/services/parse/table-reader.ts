/**
 * Reading the rows of a reference file (a table parsed by the imports module's CSV/XLSX reader)
 * column by column, collecting every problem with its row number instead of stopping at the
 * first one: a refused upload lists all its problem rows.
 */
import type { Table, TableRow } from "@/modules/imports/services/parse/build-table";
import { resolveCountryCode } from "@/modules/reference/resolve-country";

import type { TRowProblem } from "../../schemas";

export type ParseResult<T> = { rows: T[]; problems: TRowProblem[] };

/** Header names compare without case, spaces, dashes or underscores ("Report year" = report_year). */
const foldHeader = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, "");

export type TableReader = {
  /** The problems found so far (missing columns first). */
  problems: TRowProblem[];
  /** Whether every required column is present. */
  hasColumns: boolean;
  text: (row: TableRow, column: string, options?: { maxLength?: number }) => string | null;
  required: (row: TableRow, column: string, options?: { maxLength?: number }) => string | null;
  country: (row: TableRow, column: string) => string | null;
  optionalCountry: (row: TableRow, column: string, noneValues?: readonly string[]) => string | null;
  flag: (row: TableRow, column: string, fallback?: boolean) => boolean | null;
  integer: (row: TableRow, column: string, min: number, max: number) => number | null;
  problem: (row: TableRow, column: string, value: string, problem: TRowProblem["problem"]) => void;
};

const YES = new Set(["yes", "y", "true", "1", "x"]);
const NO = new Set(["no", "n", "false", "0", ""]);

/**
 * A reader over `table` that expects the `required` columns (compared folded); other columns are
 * read when present. A missing required column is one problem on row 1 (the header).
 */
export const tableReader = (
  table: Table,
  { required }: { required: readonly string[] },
): TableReader => {
  const problems: TRowProblem[] = [];
  const headerOf = new Map<string, string>();
  for (const header of table.headers) headerOf.set(foldHeader(header), header);
  const actual = (column: string) => headerOf.get(foldHeader(column));
  for (const column of required) {
    if (!actual(column)) problems.push({ row: 1, column, value: "", problem: "missingColumn" });
  }

  const problem: TableReader["problem"] = (row, column, value, kind) => {
    problems.push({ row: row.rowNumber, column, value: value.slice(0, 200), problem: kind });
  };

  const text: TableReader["text"] = (row, column, { maxLength = 1000 } = {}) => {
    const header = actual(column);
    const value = header ? row.cells[header]?.trim() : undefined;
    if (!value) return null;
    if (value.length > maxLength) {
      problem(row, column, value, "tooLong");
      return null;
    }
    return value;
  };

  const requiredText: TableReader["required"] = (row, column, options) => {
    const header = actual(column);
    const value = text(row, column, options);
    if (value === null && header && !row.cells[header]?.trim()) {
      problem(row, column, "", "required");
    }
    return value;
  };

  const country: TableReader["country"] = (row, column) => {
    const value = requiredText(row, column, { maxLength: 100 });
    if (value === null) return null;
    const code = resolveCountryCode(value);
    if (!code) problem(row, column, value, "unmappedCountry");
    return code;
  };

  const optionalCountry: TableReader["optionalCountry"] = (row, column, noneValues = []) => {
    const value = text(row, column, { maxLength: 100 });
    if (value === null || noneValues.includes(value.toLowerCase())) return null;
    const code = resolveCountryCode(value);
    if (!code) problem(row, column, value, "unmappedCountry");
    return code;
  };

  const flag: TableReader["flag"] = (row, column, fallback) => {
    const header = actual(column);
    const raw = (header ? row.cells[header] : undefined)?.trim().toLowerCase() ?? "";
    if (raw === "" && fallback !== undefined) return fallback;
    if (raw === "" && header) {
      problem(row, column, "", "required");
      return null;
    }
    if (YES.has(raw)) return true;
    if (NO.has(raw)) return false;
    problem(row, column, raw, "invalidFlag");
    return null;
  };

  const integer: TableReader["integer"] = (row, column, min, max) => {
    const value = requiredText(row, column, { maxLength: 20 });
    if (value === null) return null;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      problem(row, column, value, "invalidYear");
      return null;
    }
    return number;
  };

  return {
    problems,
    hasColumns: problems.length === 0,
    text,
    required: requiredText,
    country,
    optionalCountry,
    flag,
    integer,
    problem,
  };
};
