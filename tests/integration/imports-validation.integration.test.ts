/**
 * Mapping and validation: the proposed mapping, required fields, a row-by-row report with the
 * row number of the file, the column and the value, fixing a row in the app, the CSV report, and
 * confirmation refused while rows are invalid. Nothing reaches the suppliers before confirmation.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { buildReportCsv } from "@/modules/imports/services/report";

import { csvFile, uploadAs } from "../factories/imports";
import {
  auditEventsOf,
  expectTrpcError,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";

const HEADER = [
  "Supplier name",
  "Country",
  "Registration no.",
  "Annual spend",
  "Currency",
  "ISIC",
  "Direct",
];

describe("[IMPORT] mapping and validation", () => {
  let owner: Actor;
  let organizationId: string;
  let id: string;

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    organizationId = created.organization.id;
    id = await uploadAs(
      owner,
      organizationId,
      "suppliers",
      csvFile([
        HEADER,
        ["Good Garments Ltd", "Vietnam", "VN-001", "1,200", "USD", "C14", "yes"],
        ["Nowhere Textiles", "Atlantis", "", "", "", "", ""],
        ["", "Thailand", "", "12,5", "", "Z9", "perhaps"],
        ["Spend Without Currency Co", "TH", "", "5000", "", "", "no"],
        ["Fine Fabrics PLC", "United Kingdom", "GB-77", "", "", "13", ""],
      ]),
    );
  });

  it("proposes a mapping from the headers and reports each problem by row, column and value", async () => {
    const detail = await owner.caller.imports.getImport({ id });
    expect(detail.suggestedMapping).toEqual({
      legalName: "Supplier name",
      country: "Country",
      registrationId: "Registration no.",
      annualSpend: "Annual spend",
      currency: "Currency",
      sector: "ISIC",
      isDirect: "Direct",
    });
    await owner.caller.imports.setImportMapping({ id, mapping: detail.suggestedMapping });
    const mapped = await owner.caller.imports.getImport({ id });
    expect(mapped).toMatchObject({ status: "validated", validRowCount: 2, invalidRowCount: 3 });

    const report = await owner.caller.imports.listImportRows({ id, filter: "invalid" });
    expect(report.total).toBe(3);
    const problems = report.rows.map((row) => ({
      row: row.rowNumber,
      errors: row.errors
        .map(({ column, value, message }) => ({ column, value, message }))
        .sort((a, b) => (a.column ?? "").localeCompare(b.column ?? "")),
    }));
    expect(problems).toEqual([
      {
        row: 3,
        errors: [
          { column: "Country", value: "Atlantis", message: "imports.rowErrors.unknownCountry" },
        ],
      },
      {
        row: 4,
        errors: [
          // A spend without its currency: the (empty) currency cell is blamed.
          { column: "Currency", value: "", message: "suppliers.validation.spendNeedsCurrency" },
          { column: "Direct", value: "perhaps", message: "imports.rowErrors.notYesNo" },
          { column: "ISIC", value: "Z9", message: "imports.rowErrors.unknownSector" },
          { column: "Supplier name", value: "", message: "validation.required" },
        ],
      },
      {
        row: 5,
        errors: [
          // The currency is what is missing: its (empty) cell is blamed.
          { column: "Currency", value: "", message: "suppliers.validation.spendNeedsCurrency" },
        ],
      },
    ]);
    // Messages are translated for the page.
    expect(report.rows[0]?.errors[0]?.text).toMatch(/not a country we know/);
    // Valid rows carry a preview of what will be written.
    const valid = await owner.caller.imports.listImportRows({ id, filter: "valid", pageSize: 10 });
    expect(valid.rows[0]?.preview).toMatchObject({
      legalName: "Good Garments Ltd",
      country: "VN",
      annualSpend: "1200",
      currency: "USD",
      sector: "C14",
      isDirect: "Yes",
    });
    expect(valid.rows[1]?.preview).toMatchObject({ sector: "C13", country: "GB" });
  });

  it("pages through the rows", async () => {
    const page = await owner.caller.imports.listImportRows({
      id,
      filter: "all",
      page: 2,
      pageSize: 10,
    });
    expect(page).toMatchObject({ total: 5, page: 2, rows: [] });
    const first = await owner.caller.imports.listImportRows({ id, filter: "all", pageSize: 10 });
    expect(first.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 6]);
  });

  it("downloads the report as CSV with the same row numbers, columns and messages", async () => {
    const { body, fileName } = await buildReportCsv({ db: testDb(), organizationId, id });
    expect(fileName).toBe("import-report.csv");
    const lines = body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Row,Column,Field,Value,Problem");
    expect(lines[1]).toBe(
      "3,Country,Country,Atlantis,This is not a country we know. Use its name (in any language) or its ISO code.",
    );
    // Row 4: no name, an unknown sector, not yes/no, and a spend without currency.
    expect(lines.filter((line) => line.startsWith("4,"))).toHaveLength(4);
  });

  it("refuses to confirm while rows are invalid, and writes nothing", async () => {
    const error = await expectTrpcError(
      owner.caller.imports.confirmImport({ id }),
      "PRECONDITION_FAILED",
    );
    expect(error.message).toMatch(/invalidRowsRemain/);
    expect(await testDb().supplier.count({ where: { organizationId } })).toBe(0);
  });

  it("fixes rows in the app, each checked again", async () => {
    const row3 = await owner.caller.imports.fixImportRow({
      id,
      rowNumber: 3,
      cells: {
        ...HEADER.reduce((cells, header) => ({ ...cells, [header]: "" }), {}),
        "Supplier name": "Nowhere Textiles",
        Country: "Lao PDR",
      },
    });
    expect(row3.row).toMatchObject({ rowNumber: 3, isValid: true, errors: [] });
    expect(row3.row.preview).toMatchObject({ country: "LA" });
    expect(row3).toMatchObject({ validRowCount: 3, invalidRowCount: 2 });

    // Still wrong: the row stays invalid with its new problem.
    const stillBad = await owner.caller.imports.fixImportRow({
      id,
      rowNumber: 4,
      cells: { "Supplier name": "Named Now", Country: "Thailand", ISIC: "Z9" },
    });
    expect(stillBad.row.isValid).toBe(false);
    expect(stillBad.row.errors.map((error) => error.message)).toEqual([
      "imports.rowErrors.unknownSector",
    ]);

    await owner.caller.imports.fixImportRow({
      id,
      rowNumber: 4,
      cells: { "Supplier name": "Named Now", Country: "Thailand", ISIC: "C" },
    });
    const last = await owner.caller.imports.fixImportRow({
      id,
      rowNumber: 5,
      cells: {
        "Supplier name": "Spend Without Currency Co",
        Country: "TH",
        "Annual spend": "5000 THB",
      },
    });
    expect(last).toMatchObject({ validRowCount: 5, invalidRowCount: 0 });

    const fixes = (await auditEventsOf(organizationId)).filter(
      (event) => event.action === "import.row_fixed",
    );
    expect(fixes).toHaveLength(4);
    expect(fixes[0]?.before).toMatchObject({ rowNumber: 3, cells: { Country: "Atlantis" } });
    expect(fixes[0]?.after).toMatchObject({ rowNumber: 3, cells: { Country: "Lao PDR" } });
  });

  it("refuses unknown rows and columns", async () => {
    await expectTrpcError(
      owner.caller.imports.fixImportRow({ id, rowNumber: 99, cells: {} }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      owner.caller.imports.fixImportRow({ id, rowNumber: 2, cells: { Nope: "x" } }),
      "BAD_REQUEST",
    );
  });

  it("enforces the required fields and known columns in a mapping", async () => {
    const error = await expectTrpcError(
      owner.caller.imports.setImportMapping({ id, mapping: { legalName: "Supplier name" } }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/requiredFieldsUnmapped/);
    await expectTrpcError(
      owner.caller.imports.setImportMapping({
        id,
        mapping: { legalName: "Supplier name", country: "No such column" },
      }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      owner.caller.imports.setImportMapping({
        id,
        mapping: { legalName: "Supplier name", country: "Country", flavour: "ISIC" },
      }),
      "BAD_REQUEST",
    );
  });

  it("re-validates against a changed mapping", async () => {
    // Without the currency column, the row with a spend but no currency in its cell fails.
    const detail = await owner.caller.imports.getImport({ id });
    const { currency: _currency, ...withoutCurrency } = detail.mapping;
    const result = await owner.caller.imports.setImportMapping({ id, mapping: withoutCurrency });
    expect(result).toEqual({ validRowCount: 4, invalidRowCount: 1 });
    const restored = await owner.caller.imports.setImportMapping({ id, mapping: detail.mapping });
    expect(restored).toEqual({ validRowCount: 5, invalidRowCount: 0 });
    const mapped = (await auditEventsOf(organizationId)).filter(
      (event) => event.action === "import.mapped",
    );
    expect(mapped).toHaveLength(3);
  });

  it("a viewer cannot see or change imports", async () => {
    const { memberOf } = await import("../support/integration");
    const { organization } = { organization: { id: organizationId, name: "" } };
    const viewer = await memberOf(organization, "viewer");
    await expectTrpcError(viewer.caller.imports.getImport({ id }), "FORBIDDEN");
    await expectTrpcError(viewer.caller.imports.listImports({}), "FORBIDDEN");
  });
});
