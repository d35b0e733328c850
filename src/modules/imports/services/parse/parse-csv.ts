/**
 * CSV (and semicolon- or tab-separated) text to a table, with papaparse. The delimiter is the one
 * the header line uses most (outside quotes): header names rarely contain delimiters, while
 * values often do ("Acme, Inc." in a semicolon file).
 */
import Papa from "papaparse";

import { AppError } from "@/modules/platform/errors/app-error";

import { buildTable, type RawRow, type Table } from "./build-table";

export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const isDelimiter = (char: string): char is CsvDelimiter =>
  CSV_DELIMITERS.some((delimiter) => delimiter === char);

/** The delimiter counted most often in the first non-blank line, outside quotes (comma if none). */
export const detectDelimiter = (text: string): CsvDelimiter => {
  const counts = new Map<CsvDelimiter, number>();
  let inQuotes = false;
  let lineHasContent = false;
  for (let index = 0; index < text.length && index < 1_000_000; index += 1) {
    const char = text.charAt(index);
    if (char === '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (char === "\n" || char === "\r") {
      if (lineHasContent) break;
      counts.clear();
      continue;
    }
    if (isDelimiter(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    if (char.trim() !== "" && !isDelimiter(char)) lineHasContent = true;
  }
  let best: CsvDelimiter = ",";
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
};

export type ParsedCsv = Table & { delimiter: CsvDelimiter };

export const parseCsv = (text: string): ParsedCsv => {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const unclosed = result.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed) {
    throw new AppError("INVALID_INPUT", {
      message: `unclosed quote: ${unclosed.message}`,
      userMessageKey: "imports.unclosedQuote",
      userMessageValues: { row: (unclosed.row ?? 0) + 1 },
    });
  }
  function* rows(): Generator<RawRow> {
    for (let index = 0; index < result.data.length; index += 1) {
      yield { rowNumber: index + 1, values: result.data[index] ?? [] };
    }
  }
  return { ...buildTable(rows()), delimiter };
};
