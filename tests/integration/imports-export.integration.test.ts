/**
 * Exports carry the import's own columns: an export of suppliers, sites or recruiters imports
 * back as exact duplicates of what is there, creating nothing and changing nothing. CSV cells
 * that a spreadsheet would run as formulas are defused, and come back intact.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { exportEntity, type ExportFormat } from "@/modules/imports/services/export";
import { parseFile } from "@/modules/imports/services/parse/parse-file";

import { bytesFile, csvFile, importFile, readStream } from "../factories/imports";
import { organizationWithOwner, testDb, type Actor } from "../support/integration";

const exportBytes = async (
  organizationId: string,
  entity: "suppliers" | "sites" | "recruiters",
  format: ExportFormat,
) => {
  const file = exportEntity({ db: testDb(), organizationId, entity, format });
  return { ...file, bytes: await readStream(file.body) };
};

const snapshot = async (organizationId: string) => {
  const [suppliers, sites, recruiters] = await Promise.all([
    testDb().supplier.findMany({
      where: { organizationId },
      orderBy: { id: "asc" },
      omit: { updatedAt: true },
    }),
    testDb().site.findMany({
      where: { organizationId },
      orderBy: { id: "asc" },
      omit: { updatedAt: true },
    }),
    testDb().recruiter.findMany({
      where: { organizationId },
      orderBy: { id: "asc" },
      omit: { updatedAt: true },
      include: { licences: { omit: { updatedAt: true } }, corridors: true },
    }),
  ]);
  return {
    suppliers,
    sites,
    recruiters,
    candidates: await testDb().duplicateCandidate.count({ where: { organizationId } }),
  };
};

describe("[EXPORT] export → import round trip", () => {
  let owner: Actor;
  let organizationId: string;

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    organizationId = created.organization.id;
    await importFile(
      owner,
      organizationId,
      "suppliers",
      csvFile([
        [
          "Legal name",
          "Other names",
          "Registration ID",
          "Country",
          "Address",
          "Website",
          "ISIC sector",
          "Products",
          "Annual spend",
          "Currency",
          "Relationship owner",
          "Status",
          "Direct supplier",
        ],
        [
          "บริษัท สยามการ์เมนต์ จำกัด",
          "Siam Garment; สยาม",
          "0105551234567",
          "TH",
          "Bangkok, Thailand",
          "siam.example",
          "C14",
          "shirts; trousers",
          "1250000.50",
          "THB",
          "Ana Lima",
          "Active",
          "Yes",
        ],
        [
          "广州纺织有限公司",
          "",
          "91440101MA5C",
          "CN",
          "",
          "",
          "13",
          "yarn",
          "",
          "",
          "",
          "Onboarding",
          "No",
        ],
        [
          "ঢাকা নিটওয়্যার লিমিটেড",
          "",
          "",
          "BD",
          "Line 1\nLine 2",
          "",
          "",
          "",
          "",
          "",
          "",
          "Exited",
          "",
        ],
        [
          '=HYPERLINK("http://evil.example","Click")',
          "@SUM(1+1)",
          "+44 20 7946 0000",
          "GB",
          "-1 Minus Street",
          "",
          "",
          "",
          "",
          "",
          "",
          "Suspended",
          "",
        ],
      ]),
    );
    await importFile(
      owner,
      organizationId,
      "sites",
      csvFile([
        [
          "Supplier registration ID",
          "Supplier legal name",
          "Supplier country",
          "Site name",
          "Country",
          "Site type",
          "Headcount",
          "Migrant workers %",
          "Women workers %",
          "Employer housing",
          "Latitude",
          "Longitude",
        ],
        [
          "0105551234567",
          "",
          "",
          "Factory Rangsit",
          "TH",
          "Factory",
          "850",
          "42.5%",
          "0.5%",
          "Yes",
          "14.0208",
          "100.5250",
        ],
        [
          "",
          "ঢাকা নিটওয়্যার লিমিটেড",
          "BD",
          "Gazipur Unit",
          "BD",
          "Factory",
          "",
          "",
          "",
          "No",
          "",
          "",
        ],
      ]),
    );
    await importFile(
      owner,
      organizationId,
      "recruiters",
      csvFile([
        [
          "Name",
          "Recruiter type",
          "Countries of operation",
          "Fee policy",
          "Fee per worker",
          "Fee currency",
          "Licence number",
          "Licence status",
          "Licence country",
          "Licence valid until",
          "Corridors",
        ],
        [
          "Everest Overseas",
          "Recruitment agency",
          "NP; MY",
          "Fees charged",
          "900",
          "USD",
          "L-1",
          "Valid",
          "NP",
          "2026-06-30",
          "NP>MY",
        ],
        ["Everest Overseas", "", "", "", "", "", "L-2", "Revoked", "MY", "", ""],
        ["Yangon Link", "Sub-agent", "MM", "Unknown", "", "", "", "", "", "", "MM>TH; MM>MY"],
      ]),
    );
  });

  for (const format of ["csv", "xlsx"] as const) {
    it(`re-imports its own ${format.toUpperCase()} export as exact duplicates, creating nothing`, async () => {
      const before = await snapshot(organizationId);
      expect(before.suppliers).toHaveLength(4);
      for (const entity of ["suppliers", "sites", "recruiters"] as const) {
        const file = await exportBytes(organizationId, entity, format);
        const detail = await importFile(
          owner,
          organizationId,
          entity,
          bytesFile(file.fileName, file.bytes),
        );
        expect(detail.status, `${entity} ${format}`).toBe("completed");
        expect(detail.result, `${entity} ${format}`).toMatchObject({
          created: 0,
          queuedAsDuplicates: 0,
        });
        expect(detail.result?.merged, `${entity} ${format}`).toBe(detail.rowCount);
      }
      expect(await snapshot(organizationId)).toEqual(before);
    });
  }

  it("writes CSV with a BOM, the import's headers, and formulas defused", async () => {
    const { bytes, contentType, fileName } = await exportBytes(organizationId, "suppliers", "csv");
    expect(contentType).toBe("text/csv; charset=utf-8");
    expect(fileName).toMatch(/^fairtrace-suppliers-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFLegal name,Other names,Registration ID,Country,")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).toContain("'@SUM(1+1)");
    expect(text).toContain("'+44 20 7946 0000");
    expect(text).toContain("'-1 Minus Street");
    expect(text).toContain("บริษัท สยามการ์เมนต์ จำกัด");
    // Read back, the apostrophes are gone.
    const table = await parseFile({ fileName: "x.csv", bytes });
    const evil = table.rows.find((row) => row.cells["Other names"] === "@SUM(1+1)");
    expect(evil?.cells["Legal name"]).toBe('=HYPERLINK("http://evil.example","Click")');
  });

  it("writes XLSX with numbers as numbers and shares as percentages", async () => {
    const { bytes } = await exportBytes(organizationId, "sites", "xlsx");
    const table = await parseFile({ fileName: "sites.xlsx", bytes });
    const rangsit = table.rows.find((row) => row.cells["Site name"] === "Factory Rangsit");
    expect(rangsit?.cells).toMatchObject({
      Headcount: "850",
      "Migrant workers %": "42.5%",
      "Women workers %": "0.5%",
      "Site type": "Factory",
      "Supplier registration ID": "0105551234567",
    });
  });

  it("exports one row per licence", async () => {
    const { bytes } = await exportBytes(organizationId, "recruiters", "csv");
    const table = await parseFile({ fileName: "r.csv", bytes });
    expect(
      table.rows.map((row) => [row.cells.Name, row.cells["Licence number"] ?? ""]).sort(),
    ).toEqual([
      ["Everest Overseas", "L-1"],
      ["Everest Overseas", "L-2"],
      ["Yangon Link", ""],
    ]);
  });

  it("exports nothing of another organisation", async () => {
    const { organization } = await organizationWithOwner();
    const { bytes } = await exportBytes(organization.id, "suppliers", "csv");
    const text = new TextDecoder().decode(bytes).trim();
    expect(text.split("\r\n")).toHaveLength(1);
  });

  it("offers empty templates with the same headers", async () => {
    const file = exportEntity({
      db: testDb(),
      organizationId,
      entity: "recruiters",
      format: "xlsx",
      template: true,
    });
    const bytes = await readStream(file.body);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Recruiters", "Help"]);
    expect(workbook.worksheets[0]?.rowCount).toBe(1);
    expect(file.fileName).toBe("fairtrace-recruiters-template.xlsx");
  });
});
