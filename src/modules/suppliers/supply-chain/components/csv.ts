/**
 * CSV files for the tables behind the charts (PRODUCT.md journey 8): RFC 4180 quoting, CRLF line
 * ends, a byte-order mark so spreadsheet programs read UTF-8 (Thai, Chinese, Bengali names), and
 * cells that a spreadsheet would run as a formula (=, +, -, @) made inert with a leading quote.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

const escapeCell = (cell: CsvCell): string => {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const inert = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
};

export const toCsv = (rows: readonly (readonly CsvCell[])[]): string =>
  rows.map((row) => row.map(escapeCell).join(",")).join("\r\n") + "\r\n";

/** Saves the rows as a file in the browser. */
export const downloadCsv = (filename: string, rows: readonly (readonly CsvCell[])[]): void => {
  const blob = new Blob([`\uFEFF${toCsv(rows)}`], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
};
