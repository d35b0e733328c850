/**
 * An Excel workbook (.xlsx) to a table, with exceljs. Each cell becomes the text a person sees:
 * formulas give their cached result, dates become ISO dates, rich text and hyperlinks their
 * plain text, numbers their value as typed (a percentage-formatted 0.35 reads "35%"), and every
 * cell of a merged range the value of the range.
 */
import ExcelJS from "exceljs";

import { AppError } from "@/modules/platform/errors/app-error";

import { buildTable, type RawRow, type Table } from "./build-table";

export type ParsedXlsx = Table & { worksheet: string; worksheets: string[] };

/** Up to 15 significant digits: what Excel shows, without binary noise (0.1 + 0.2). */
const numberText = (value: number): string =>
  Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));

const dateText = (value: Date): string => {
  if (Number.isNaN(value.getTime())) return "";
  const iso = value.toISOString();
  // Excel dates carry no time zone; exceljs reads them as UTC. A date without a time is a date.
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
};

const isPercentFormat = (numFmt: string | undefined): boolean =>
  typeof numFmt === "string" && /%/.test(numFmt.replace(/"[^"]*"/g, ""));

type CellLike = { value: ExcelJS.CellValue; numFmt?: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Rich text: runs of formatted text, read as their plain text. */
const richText = (value: unknown): string | null => {
  if (!isRecord(value) || !Array.isArray(value.richText)) return null;
  return value.richText
    .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
    .join("");
};

/**
 * exceljs's cell values at run time (its types are narrower than what it returns: a hyperlink's
 * text may itself be rich text, a formula's result an error object).
 */
const valueText = (value: unknown, numFmt: string | undefined): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    return isPercentFormat(numFmt) ? `${numberText(value * 100)}%` : numberText(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if (!isRecord(value)) return "";
  const rich = richText(value);
  if (rich !== null) return rich;
  if ("hyperlink" in value) {
    if ("text" in value) return valueText(value.text, undefined);
    return typeof value.hyperlink === "string" ? value.hyperlink : "";
  }
  if ("formula" in value || "sharedFormula" in value) {
    // The value Excel computed when the file was saved (none if it was never calculated).
    return valueText(value.result, numFmt);
  }
  if ("error" in value) return typeof value.error === "string" ? value.error : "";
  return "";
};

/** The text a person reads in the cell. */
export const cellText = (cell: CellLike): string => valueText(cell.value, cell.numFmt);

const readWorkbook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer (or ArrayBuffer) of the zip.
    // A copy on its own ArrayBuffer: exceljs declares its own Buffer type (an ArrayBuffer).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new AppError("INVALID_INPUT", {
      message: "the workbook could not be read",
      userMessageKey: "imports.unreadableWorkbook",
      cause: error,
    });
  }
  return workbook;
};

export const parseXlsx = async (
  bytes: Uint8Array,
  { worksheet: wantedName }: { worksheet?: string | null } = {},
): Promise<ParsedXlsx> => {
  const workbook = await readWorkbook(bytes);
  // `worksheets` is in tab order; hidden sheets are still sheets the user may choose.
  const sheets = workbook.worksheets;
  const names = sheets.map((sheet) => sheet.name);
  const wanted = wantedName?.trim();
  const sheet = wanted
    ? sheets.find((candidate) => candidate.name.toLowerCase() === wanted.toLowerCase())
    : sheets[0];
  if (!sheet) {
    if (wanted) {
      throw new AppError("INVALID_INPUT", {
        userMessageKey: "imports.noSuchWorksheet",
        userMessageValues: { name: wanted, names: names.join(", ") },
      });
    }
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.emptyFile" });
  }

  const columnCount = sheet.columnCount;
  function* rows(): Generator<RawRow> {
    if (!sheet) return;
    const rowCount = sheet.rowCount;
    for (let rowNumber = 1; rowNumber <= rowCount; rowNumber += 1) {
      const row = sheet.findRow(rowNumber);
      if (!row) continue;
      const values: string[] = [];
      for (let column = 1; column <= columnCount; column += 1) {
        // A cell covered by a merged range reads the range's (master's) value.
        values.push(cellText(row.getCell(column)));
      }
      yield { rowNumber, values };
    }
  }
  return { ...buildTable(rows()), worksheet: sheet.name, worksheets: names };
};
