import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { AppError } from "@/modules/platform/errors/app-error";

import {
  buildSupplierWorkbook,
  WORKBOOK_NAMES,
} from "../../../../../tests/fixtures/imports/build-workbook";
import { uniqueHeaders } from "./build-table";
import { detectDelimiter } from "./parse-csv";
import { parseFile } from "./parse-file";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/imports", name)));

const text = (value: string) => new TextEncoder().encode(value);

const failureKey = async (promise: Promise<unknown>): Promise<string> => {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.userMessageKey : String(error);
};

describe("parseFile: CSV", () => {
  it("decodes Windows-1252 and keeps quoted commas", async () => {
    const table = await parseFile({
      fileName: "suppliers.csv",
      bytes: fixture("suppliers-windows-1252.csv"),
    });
    expect(table.encoding).toBe("windows-1252");
    expect(table.delimiter).toBe(",");
    expect(table.headers).toEqual([
      "Supplier name",
      "Country/Region",
      "VAT number",
      "Annual spend",
      "Currency",
      "Website",
    ]);
    expect(table.rows[0]?.cells).toMatchObject({
      "Supplier name": "Société Générale de Textiles",
      "Country/Region": "Côte d’Ivoire",
      "Annual spend": "1,250,000.50",
    });
    expect(table.rows[1]?.cells["Annual spend"]).toBe("€ 98,500");
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5]);
  });

  it("decodes UTF-16 LE (Excel's Unicode text), tab-separated, with Thai, Chinese and Bengali", async () => {
    const table = await parseFile({
      fileName: "suppliers.txt",
      bytes: fixture("suppliers-utf16le.csv"),
    });
    expect(table.encoding).toBe("utf-16le");
    expect(table.delimiter).toBe("\t");
    expect(table.rows.map((row) => row.cells["Legal name"])).toEqual([
      "บริษัท สยามการ์เมนต์ จำกัด",
      "广州纺织有限公司",
      "ঢাকা নিটওয়্যার লিমিটেড",
    ]);
  });

  it("reads a semicolon CSV with a BOM, quoted new lines, blank rows and odd headers", async () => {
    const table = await parseFile({
      fileName: "suppliers.csv",
      bytes: fixture("suppliers-semicolon-bom.csv"),
    });
    expect(table.encoding).toBe("utf-8");
    expect(table.delimiter).toBe(";");
    // The empty header becomes "Column 7"; the repeated one is made unique.
    expect(table.headers).toEqual([
      "Company",
      "Country",
      "Tax ID",
      "Annual spend",
      "Currency",
      "Address",
      "Column 7",
      "Company (2)",
    ]);
    expect(table.rows.map((row) => row.rowNumber)).toEqual([3, 5, 7]);
    expect(table.rows[0]?.cells.Address).toBe("12 rue des Lilas\n59000 Lille");
    expect(table.rows[0]?.cells.Company).toBe("Tissage du Nord SARL");
    expect(table.rows[1]?.cells["Annual spend"]).toBe("250.000");
  });

  it("detects UTF-16 BE, and falls back from broken UTF-8 to Windows-1252", async () => {
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from("Name\nCafé\n", "utf16le").swap16()]);
    const parsed = await parseFile({ fileName: "x.csv", bytes: be });
    expect(parsed.encoding).toBe("utf-16be");
    expect(parsed.rows[0]?.cells.Name).toBe("Café");
    const latin = new Uint8Array([...text("Name\nCaf"), 0xe9, 0x0a]);
    expect((await parseFile({ fileName: "x.csv", bytes: latin })).rows[0]?.cells.Name).toBe("Café");
  });

  it("removes the apostrophe that defuses formulas", async () => {
    const parsed = await parseFile({
      fileName: "x.csv",
      bytes: text("Name,Note\nA,'=1+1\nB,'+44 20\n"),
    });
    expect(parsed.rows.map((row) => row.cells.Note)).toEqual(["=1+1", "+44 20"]);
  });

  it.each([
    ["empty.csv", "", "imports.emptyFile"],
    ["blank.csv", "\n\n  \n", "imports.emptyFile"],
    ["header-only.csv", "Name,Country\n", "imports.noDataRows"],
    ["quote.csv", 'Name,Country\n"Acme,FR\n', "imports.unclosedQuote"],
    ["old.xls", "whatever", "imports.legacyExcel"],
    ["fake.xlsx", "Name\nAcme", "imports.unreadableWorkbook"],
    ["picture.png", "PNG", "imports.unsupportedFormat"],
  ])("refuses %s with a clear message", async (fileName, content, key) => {
    expect(await failureKey(parseFile({ fileName, bytes: text(content) }))).toBe(key);
  });

  it("refuses binary content and broken UTF-16", async () => {
    const binary = new Uint8Array([0x4e, 0x61, 0x00, 0x01, 0x02, 0x00, 0x9f]);
    expect(await failureKey(parseFile({ fileName: "x.csv", bytes: binary }))).toBe(
      "imports.undecodableText",
    );
  });
});

describe("parseFile: XLSX", () => {
  it("reads cached formula results, dates, rich text, hyperlinks, merged cells and percentages", async () => {
    const table = await parseFile({
      fileName: "suppliers.xlsx",
      bytes: await buildSupplierWorkbook(),
    });
    expect(table.format).toBe("xlsx");
    expect(table.worksheet).toBe("Suppliers");
    expect(table.worksheets).toEqual(["Suppliers", "Other sheet"]);
    expect(table.rows.map((row) => row.rowNumber)).toEqual([4, 5, 7, 8]);
    const [thai, chinese, bengali, second] = table.rows;
    expect(thai?.cells).toEqual({
      "Supplier name": WORKBOOK_NAMES.thai,
      Country: "Thailand",
      "Registration no.": "0105551234567",
      "Annual spend": "1200.5",
      Currency: "THB",
      Onboarded: "2024-01-15",
      Website: "siam.example",
      Notes: "Audited 2023",
      "Migrant share": "35%",
    });
    expect(chinese?.cells["Annual spend"]).toBe("2401");
    expect(chinese?.cells["Supplier name"]).toBe(WORKBOOK_NAMES.chinese);
    expect(bengali?.cells["Supplier name"]).toBe(WORKBOOK_NAMES.bengali);
    expect(second?.cells.Country).toBe("Bangladesh");
  });

  it("reads a chosen worksheet, and names the sheets when it does not exist", async () => {
    const bytes = await buildSupplierWorkbook();
    const other = await parseFile({ fileName: "s.xlsx", bytes, worksheet: "other SHEET" });
    expect(other.rows[0]?.cells).toEqual({ Name: "Other Sheet Co", Country: "Peru" });
    expect(await failureKey(parseFile({ fileName: "s.xlsx", bytes, worksheet: "Nope" }))).toBe(
      "imports.noSuchWorksheet",
    );
  });
});

describe("helpers", () => {
  it("makes headers unique and names empty ones by their column", () => {
    expect(uniqueHeaders(["Name", "", "name", "Column 2", " "])).toEqual([
      "Name",
      "Column 2 (2)",
      "name (2)",
      "Column 2",
      "Column 5",
    ]);
  });

  it("detects the delimiter from the header line, not from quoted values", () => {
    expect(detectDelimiter('\n\n"a,b";c;d\n1,2;3;4')).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("a|b|c")).toBe("|");
    expect(detectDelimiter("single")).toBe(",");
  });
});
