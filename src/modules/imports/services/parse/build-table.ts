/**
 * From the raw grid of a sheet (rows of cell texts, each with its row number in the file) to a
 * table: blank rows are skipped, the first non-blank row is the header, empty or repeated headers
 * are made unique ("Column 7", "Name (2)"), columns that are empty throughout are dropped, and
 * each data row becomes an object of its non-empty cells by header.
 */
import { AppError } from "@/modules/platform/errors/app-error";

import { MAX_CELL_LENGTH, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "../../limits";

export type RawRow = { rowNumber: number; values: string[] };

export type TableRow = { rowNumber: number; cells: Record<string, string> };

export type Table = { headers: string[]; rows: TableRow[] };

const isBlank = (values: readonly string[]) => values.every((value) => value.trim() === "");

/**
 * A cell's text as imported: trimmed, and without the apostrophe that exports (ours included) put
 * before text that a spreadsheet would otherwise run as a formula ("'=SUM(…)", "'+44 20 …").
 */
export const cleanCell = (value: string): string => {
  const trimmed = value.trim();
  return /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
};

/** Unique, non-empty headers, in column order. */
export const uniqueHeaders = (raw: readonly string[]): string[] => {
  const used = new Set<string>();
  const take = (candidate: string) => {
    used.add(candidate.toLowerCase());
    return candidate;
  };
  const isUsed = (candidate: string) => used.has(candidate.toLowerCase());
  // Named headers keep their names first; generated ones fill the gaps without colliding.
  const named = raw.map((header) => header.replace(/\s+/g, " ").trim());
  const result: (string | null)[] = named.map(() => null);
  named.forEach((header, index) => {
    if (!header) return;
    let candidate = header;
    for (let copy = 2; isUsed(candidate); copy += 1) candidate = `${header} (${copy})`;
    result[index] = take(candidate);
  });
  return result.map((header, index) => {
    if (header !== null) return header;
    let candidate = `Column ${index + 1}`;
    for (let copy = 2; isUsed(candidate); copy += 1) candidate = `Column ${index + 1} (${copy})`;
    return take(candidate);
  });
};

export const buildTable = (rawRows: Iterable<RawRow>): Table => {
  let headerValues: string[] | null = null;
  const dataRows: RawRow[] = [];
  let width = 0;
  for (const row of rawRows) {
    if (isBlank(row.values)) continue;
    if (headerValues === null) {
      headerValues = row.values;
      width = row.values.length;
      continue;
    }
    if (dataRows.length >= MAX_IMPORT_ROWS) {
      throw new AppError("INVALID_INPUT", {
        userMessageKey: "imports.tooManyRows",
        userMessageValues: { max: MAX_IMPORT_ROWS },
      });
    }
    dataRows.push(row);
    width = Math.max(width, row.values.length);
  }
  if (headerValues === null) {
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.emptyFile" });
  }
  if (dataRows.length === 0) {
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.noDataRows" });
  }

  // Columns with neither a header nor any value (formatting left in a spreadsheet) are dropped.
  const keep: number[] = [];
  for (let column = 0; column < width; column += 1) {
    const hasHeader = (headerValues[column] ?? "").trim() !== "";
    if (hasHeader || dataRows.some((row) => (row.values[column] ?? "").trim() !== "")) {
      keep.push(column);
    }
  }
  if (keep.length > MAX_IMPORT_COLUMNS) {
    throw new AppError("INVALID_INPUT", {
      userMessageKey: "imports.tooManyColumns",
      userMessageValues: { max: MAX_IMPORT_COLUMNS },
    });
  }
  const headers = uniqueHeaders(keep.map((column) => headerValues[column] ?? ""));

  const rows = dataRows.map(({ rowNumber, values }) => {
    const cells: Record<string, string> = {};
    keep.forEach((column, index) => {
      const value = cleanCell(values[column] ?? "");
      if (value === "") return;
      if (value.length > MAX_CELL_LENGTH) {
        throw new AppError("INVALID_INPUT", {
          userMessageKey: "imports.cellTooLong",
          userMessageValues: { row: rowNumber, max: MAX_CELL_LENGTH },
        });
      }
      // `headers` has one entry per kept column.
      cells[headers[index] ?? `Column ${column + 1}`] = value;
    });
    return { rowNumber, cells };
  });
  return { headers, rows };
};
