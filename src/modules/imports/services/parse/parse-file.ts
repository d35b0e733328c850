/**
 * An uploaded spreadsheet (CSV or XLSX, told apart by its content, not only its name) to a table.
 */
import { AppError } from "@/modules/platform/errors/app-error";

import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MEGABYTES } from "../../limits";
import type { Table } from "./build-table";
import { decodeText, type TextEncoding } from "./decode-text";
import { parseCsv, type CsvDelimiter } from "./parse-csv";
import { parseXlsx } from "./parse-xlsx";

export type FileFormat = "csv" | "xlsx";

export type ParsedFile = Table & {
  format: FileFormat;
  /** CSV only. */
  encoding: TextEncoding | null;
  delimiter: CsvDelimiter | null;
  /** XLSX only: the sheet read, and all the sheets of the workbook. */
  worksheet: string | null;
  worksheets: string[];
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The Compound File container of Excel 97–2003 .xls (and other old Office files). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

const extensionOf = (fileName: string): string => {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? "";
};

const TEXT_EXTENSIONS = new Set(["csv", "tsv", "txt", ""]);

export const parseFile = async ({
  fileName,
  bytes,
  worksheet = null,
}: {
  fileName: string;
  bytes: Uint8Array;
  worksheet?: string | null;
}): Promise<ParsedFile> => {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError("INVALID_INPUT", {
      userMessageKey: "imports.fileTooLarge",
      userMessageValues: { max: MAX_UPLOAD_MEGABYTES },
    });
  }
  if (bytes.byteLength === 0) {
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.emptyFile" });
  }
  const extension = extensionOf(fileName);
  if (startsWith(bytes, OLE_MAGIC) || extension === "xls") {
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.legacyExcel" });
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (extension === "ods" || extension === "numbers") {
      throw new AppError("INVALID_INPUT", { userMessageKey: "imports.unsupportedFormat" });
    }
    const table = await parseXlsx(bytes, { worksheet });
    return { ...table, format: "xlsx", encoding: null, delimiter: null };
  }
  if (!TEXT_EXTENSIONS.has(extension) && extension !== "xlsx") {
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.unsupportedFormat" });
  }
  if (extension === "xlsx") {
    // Named .xlsx but not a zip: a broken or mislabelled file.
    throw new AppError("INVALID_INPUT", { userMessageKey: "imports.unreadableWorkbook" });
  }
  const { text, encoding } = decodeText(bytes);
  const table = parseCsv(text);
  return {
    ...table,
    format: "csv",
    encoding,
    worksheet: null,
    worksheets: [],
  };
};
