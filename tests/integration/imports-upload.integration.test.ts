/**
 * Upload: real-world files (Windows-1252, UTF-16, semicolons with a BOM, XLSX with formulas,
 * dates, merged cells and blank rows) are parsed, stored and staged row by row; bad files are
 * refused with a clear 4xx message and leave nothing behind.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { ZRowCellsSchema } from "@/modules/imports/schemas";
import { AppError } from "@/modules/platform/errors/app-error";

import { bytesFile, csvFile, uploadAs } from "../factories/imports";
import { buildSupplierWorkbook, WORKBOOK_NAMES } from "../fixtures/imports/build-workbook";
import { auditEventsOf, organizationWithOwner, testDb, type Actor } from "../support/integration";

const fixture = (name: string) =>
  bytesFile(name, readFileSync(path.join(process.cwd(), "tests/fixtures/imports", name)));

const stagedCells = async (importBatchId: string) =>
  (
    await testDb().importRow.findMany({
      where: { importBatchId },
      orderBy: { rowNumber: "asc" },
      select: { rowNumber: true, cells: true },
    })
  ).map((row) => ({ rowNumber: row.rowNumber, cells: row.cells }));

describe("[IMPORT] upload", () => {
  let owner: Actor;
  let organizationId: string;

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    organizationId = created.organization.id;
  });

  it("stages a Windows-1252 CSV, keeping accents and curly quotes", async () => {
    const id = await uploadAs(
      owner,
      organizationId,
      "suppliers",
      fixture("suppliers-windows-1252.csv"),
    );
    const detail = await owner.caller.imports.getImport({ id });
    expect(detail).toMatchObject({
      status: "uploaded",
      entityType: "suppliers",
      fileFormat: "csv",
      rowCount: 4,
      headers: [
        "Supplier name",
        "Country/Region",
        "VAT number",
        "Annual spend",
        "Currency",
        "Website",
      ],
      // Proposed from the headers; the rows were checked against it already.
      mapping: {
        legalName: "Supplier name",
        country: "Country/Region",
        registrationId: "VAT number",
        annualSpend: "Annual spend",
        currency: "Currency",
        website: "Website",
      },
      validRowCount: 4,
      invalidRowCount: 0,
      isMapped: false,
    });
    const rows = await stagedCells(id);
    expect(rows[0]).toEqual({
      rowNumber: 2,
      cells: {
        "Supplier name": "Société Générale de Textiles",
        "Country/Region": "Côte d’Ivoire",
        "VAT number": "CI-0012345",
        "Annual spend": "1,250,000.50",
        Currency: "EUR",
        Website: "www.sgt.example",
      },
    });
    const batch = await testDb().importBatch.findUniqueOrThrow({
      where: { id },
      select: { file: { select: { byteSize: true, purpose: true, organizationId: true } } },
    });
    expect(batch.file).toEqual({ byteSize: 359, purpose: "import", organizationId });
    const events = await auditEventsOf(organizationId);
    expect(events.filter((event) => event.entityId === id).map((event) => event.action)).toEqual([
      "import.uploaded",
    ]);
  });

  it("keeps Thai, Chinese and Bengali names intact from a UTF-16 file", async () => {
    const id = await uploadAs(owner, organizationId, "suppliers", fixture("suppliers-utf16le.csv"));
    const rows = await stagedCells(id);
    expect(rows.map((row) => ZRowCellsSchema.parse(row.cells)["Legal name"])).toEqual([
      "บริษัท สยามการ์เมนต์ จำกัด",
      "广州纺织有限公司",
      "ঢাকা নিটওয়্যার লিমিটেড",
    ]);
  });

  it("numbers rows as in the file, skipping blank rows, with a BOM and semicolons", async () => {
    const id = await uploadAs(
      owner,
      organizationId,
      "suppliers",
      fixture("suppliers-semicolon-bom.csv"),
    );
    const rows = await stagedCells(id);
    expect(rows.map((row) => row.rowNumber)).toEqual([3, 5, 7]);
    const detail = await owner.caller.imports.getImport({ id });
    expect(detail.mapping).toMatchObject({
      legalName: "Company",
      country: "Country",
      registrationId: "Tax ID",
      annualSpend: "Annual spend",
    });
    expect(detail.validRowCount).toBe(3);
  });

  it("reads an XLSX workbook: formulas, dates, merged cells, names in three scripts", async () => {
    const id = await uploadAs(
      owner,
      organizationId,
      "suppliers",
      bytesFile("suppliers.xlsx", await buildSupplierWorkbook()),
    );
    const detail = await owner.caller.imports.getImport({ id });
    expect(detail.fileFormat).toBe("xlsx");
    expect(detail.rowCount).toBe(4);
    const rows = await stagedCells(id);
    expect(rows.map((row) => row.rowNumber)).toEqual([4, 5, 7, 8]);
    expect(rows[1]?.cells).toMatchObject({
      "Supplier name": WORKBOOK_NAMES.chinese,
      "Annual spend": "2401",
      Onboarded: "2023-06-30",
    });
    expect(rows[3]?.cells).toMatchObject({ Country: "Bangladesh" });
    expect(detail.invalidRowCount).toBe(0);
  });

  it.each([
    ["empty.csv", "", "imports.emptyFile"],
    ["header.csv", "Name,Country\n", "imports.noDataRows"],
    ["broken.xlsx", "not a zip", "imports.unreadableWorkbook"],
    ["legacy.xls", "\u00d0\u00cf", "imports.legacyExcel"],
  ])("refuses %s with a clear message and writes nothing", async (name, content, key) => {
    const before = await testDb().importBatch.count({ where: { organizationId } });
    const error: unknown = await uploadAs(owner, organizationId, "suppliers", {
      name,
      contentType: "text/csv",
      bytes: new TextEncoder().encode(content),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", userMessageKey: key });
    expect(await testDb().importBatch.count({ where: { organizationId } })).toBe(before);
  });

  it("refuses more rows than the limit", async () => {
    const rows = [
      ["Name", "Country"],
      ...Array.from({ length: 100_001 }, (_, i) => [`S${i}`, "FR"]),
    ];
    const error: unknown = await uploadAs(owner, organizationId, "suppliers", csvFile(rows)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "INVALID_INPUT", userMessageKey: "imports.tooManyRows" });
  });

  it("stages 20,000 rows with set-based inserts", async () => {
    const rows = [
      ["Legal name", "Country"],
      ...Array.from({ length: 20_000 }, (_, i) => [`Bulk Supplier ${i}`, i % 2 ? "Vietnam" : "TH"]),
    ];
    const id = await uploadAs(owner, organizationId, "suppliers", csvFile(rows));
    expect(await testDb().importRow.count({ where: { importBatchId: id, isValid: true } })).toBe(
      20_000,
    );
  });
});
