/**
 * Sites name their supplier (registration ID, or legal name and country; an unknown supplier is a
 * row error); recruiters come with licences (one per row, several rows per recruiter) and
 * corridors ("NP>MY; MM>TH"), merged into recruiters that already exist.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { csvFile, importFile, uploadAs } from "../factories/imports";
import { createSupplier } from "../factories/suppliers";
import { auditEventsOf, organizationWithOwner, testDb, type Actor } from "../support/integration";

describe("[IMPORT] sites", () => {
  let owner: Actor;
  let organizationId: string;
  let byRegistration: { id: string };
  let byName: { id: string };

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    organizationId = created.organization.id;
    byRegistration = await createSupplier(testDb(), {
      organizationId,
      legalName: "Mekong Garments JSC",
      country: "VN",
      registrationId: "0301234567",
    });
    byName = await createSupplier(testDb(), {
      organizationId,
      legalName: "Chittagong Knit Ltd",
      country: "BD",
    });
  });

  const HEADER = [
    "Supplier registration ID",
    "Supplier",
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
  ];

  it("ties each site to its supplier, reports unknown suppliers, and writes the sites", async () => {
    const id = await uploadAs(
      owner,
      organizationId,
      "sites",
      csvFile([
        HEADER,
        [
          "0301 234 567",
          "",
          "",
          "Mekong Plant 1",
          "Vietnam",
          "factory",
          "1,200",
          "35%",
          "0.6",
          "yes",
          "10.82",
          "106.63",
        ],
        [
          "",
          "Chittagong Knit Limited",
          "Bangladesh",
          "CK Dormitory",
          "BD",
          "Worksite",
          "80",
          "",
          "",
          "ja",
          "",
          "",
        ],
        ["", "Unknown Supplier Co", "Peru", "Lima Mill", "Peru", "mill", "", "", "", "", "", ""],
        [
          "",
          "Chittagong Knit Ltd",
          "",
          "CK Unit 2",
          "Bangladesh",
          "plant",
          "",
          "120%",
          "",
          "",
          "",
          "",
        ],
      ]),
    );
    const detail = await owner.caller.imports.getImport({ id });
    expect(detail.mapping).toMatchObject({
      supplierRegistrationId: "Supplier registration ID",
      supplierLegalName: "Supplier",
      supplierCountry: "Supplier country",
      name: "Site name",
      country: "Country",
      siteType: "Site type",
      migrantShare: "Migrant workers %",
    });
    await owner.caller.imports.setImportMapping({ id, mapping: detail.mapping });
    const report = await owner.caller.imports.listImportRows({ id, filter: "invalid" });
    expect(
      report.rows.map((row) => ({
        row: row.rowNumber,
        errors: row.errors.map(({ column, message }) => ({ column, message })),
      })),
    ).toEqual([
      { row: 4, errors: [{ column: "Supplier", message: "imports.rowErrors.unknownSupplier" }] },
      {
        row: 5,
        errors: [{ column: "Migrant workers %", message: "suppliers.validation.share" }],
      },
    ]);
    await owner.caller.imports.fixImportRow({
      id,
      rowNumber: 4,
      cells: {
        Supplier: "Mekong Garments",
        "Supplier country": "VN",
        "Site name": "Lima Mill",
        Country: "Peru",
        "Site type": "mill",
      },
    });
    await owner.caller.imports.fixImportRow({
      id,
      rowNumber: 5,
      cells: {
        Supplier: "Chittagong Knit Ltd",
        "Site name": "CK Unit 2",
        Country: "Bangladesh",
        "Site type": "plant",
        "Migrant workers %": "12",
      },
    });
    const { confirmAndWait } = await import("../factories/imports");
    const done = await confirmAndWait(owner.caller, id);
    expect(done.result).toMatchObject({ created: 4, merged: 0 });
    const sites = await testDb().site.findMany({
      where: { organizationId, importBatchId: id },
      orderBy: { name: "asc" },
      select: {
        name: true,
        supplierId: true,
        country: true,
        siteType: true,
        headcount: true,
        migrantShare: true,
        womenShare: true,
        employerHousing: true,
        latitude: true,
      },
    });
    expect(
      sites.map((site) => ({
        ...site,
        migrantShare: site.migrantShare?.toString() ?? null,
        womenShare: site.womenShare?.toString() ?? null,
        latitude: site.latitude?.toString() ?? null,
      })),
    ).toEqual([
      {
        name: "CK Dormitory",
        supplierId: byName.id,
        country: "BD",
        siteType: "worksite",
        headcount: 80,
        migrantShare: null,
        womenShare: null,
        employerHousing: true,
        latitude: null,
      },
      {
        name: "CK Unit 2",
        supplierId: byName.id,
        country: "BD",
        siteType: "factory",
        headcount: null,
        migrantShare: "12",
        womenShare: null,
        employerHousing: null,
        latitude: null,
      },
      {
        name: "Lima Mill",
        supplierId: byRegistration.id,
        country: "PE",
        siteType: "factory",
        headcount: null,
        migrantShare: null,
        womenShare: null,
        employerHousing: null,
        latitude: null,
      },
      {
        name: "Mekong Plant 1",
        supplierId: byRegistration.id,
        country: "VN",
        siteType: "factory",
        headcount: 1200,
        migrantShare: "35",
        womenShare: "60",
        employerHousing: true,
        latitude: "10.82",
      },
    ]);
  });

  it("merges a site its supplier already has instead of creating it twice", async () => {
    const detail = await importFile(
      owner,
      organizationId,
      "sites",
      csvFile([
        HEADER,
        [
          "0301234567",
          "",
          "",
          "MEKONG PLANT 1",
          "Vietnam",
          "factory",
          "9999",
          "",
          "50%",
          "",
          "",
          "",
        ],
      ]),
    );
    expect(detail.result).toMatchObject({ created: 0, merged: 1 });
    const site = await testDb().site.findFirstOrThrow({
      where: { organizationId, name: "Mekong Plant 1" },
    });
    // Existing values stay; blanks are filled.
    expect(site.headcount).toBe(1200);
    expect(site.womenShare?.toString()).toBe("60");
  });
});

describe("[IMPORT] recruiters", () => {
  it("imports recruiters with licences and corridors, one recruiter for several rows", async () => {
    const { organization, owner } = await organizationWithOwner();
    const header = [
      "Recruiter name",
      "Type",
      "Countries of operation",
      "Fee policy",
      "Fee per worker",
      "Fee currency",
      "Licence number",
      "Issuing authority",
      "Licence country",
      "Licence status",
      "Valid from",
      "Valid until",
      "Corridors",
    ];
    const detail = await importFile(
      owner,
      organization.id,
      "recruiters",
      csvFile([
        header,
        [
          "Himalaya Manpower Pvt. Ltd.",
          "Recruitment agency",
          "Nepal; Malaysia",
          "Fees charged",
          "1,500",
          "USD",
          "DoFE-1234",
          "Department of Foreign Employment",
          "Nepal",
          "Valid",
          "2023-01-01",
          "31/12/2025",
          "NP>MY; NP > QA",
        ],
        [
          "Himalaya Manpower",
          "",
          "Qatar",
          "",
          "",
          "",
          "MY-778",
          "JTK",
          "Malaysia",
          "revoked",
          "",
          "",
          "NP>MY",
        ],
        [
          "Golden Bridge Services",
          "broker",
          "MM, TH",
          "employer pays",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "MM>TH",
        ],
      ]),
    );
    expect(detail).toMatchObject({
      status: "completed",
      result: { created: 2, merged: 1, licencesAdded: 2, corridorsAdded: 3 },
    });
    const recruiters = await testDb().recruiter.findMany({
      where: { organizationId: organization.id },
      orderBy: { name: "asc" },
      select: {
        name: true,
        recruiterType: true,
        countries: true,
        feePolicy: true,
        feeAmount: true,
        feeCurrency: true,
        importBatchId: true,
        licences: {
          orderBy: { licenceNumber: "asc" },
          select: { licenceNumber: true, status: true, issuingCountry: true, validUntil: true },
        },
        corridors: {
          orderBy: [{ originCountry: "asc" }, { destinationCountry: "asc" }],
          select: { originCountry: true, destinationCountry: true },
        },
      },
    });
    expect(recruiters.map((r) => ({ ...r, feeAmount: r.feeAmount?.toString() ?? null }))).toEqual([
      {
        name: "Golden Bridge Services",
        recruiterType: "sub_agent",
        countries: ["MM", "TH"],
        feePolicy: "no_fees",
        feeAmount: null,
        feeCurrency: null,
        importBatchId: detail.id,
        licences: [],
        corridors: [{ originCountry: "MM", destinationCountry: "TH" }],
      },
      {
        name: "Himalaya Manpower Pvt. Ltd.",
        recruiterType: "recruitment_agency",
        countries: ["MY", "NP", "QA"],
        feePolicy: "fees_charged",
        feeAmount: "1500",
        feeCurrency: "USD",
        importBatchId: detail.id,
        licences: [
          {
            licenceNumber: "DoFE-1234",
            status: "valid",
            issuingCountry: "NP",
            validUntil: new Date("2025-12-31T00:00:00Z"),
          },
          { licenceNumber: "MY-778", status: "revoked", issuingCountry: "MY", validUntil: null },
        ],
        corridors: [
          { originCountry: "NP", destinationCountry: "MY" },
          { originCountry: "NP", destinationCountry: "QA" },
        ],
      },
    ]);
    // The recruiters module's services wrote their own audit events inside the import's transaction.
    const actions = (await auditEventsOf(organization.id)).map((event) => event.action);
    expect(actions.filter((action) => action === "recruiter.created")).toHaveLength(2);
    // …then the import completed and queued the organisation's risk recomputation.
    expect(actions.slice(-2)).toEqual(["import.completed", "risk_recomputation.requested"]);

    // Again, with one new licence and one new corridor: nothing duplicated.
    const again = await importFile(
      owner,
      organization.id,
      "recruiters",
      csvFile([
        header,
        [
          "HIMALAYA MANPOWER",
          "",
          "",
          "",
          "",
          "",
          "DoFE-1234",
          "",
          "Nepal",
          "valid",
          "",
          "",
          "NP>MY; NP>AE",
        ],
        [
          "Golden Bridge Services",
          "",
          "",
          "",
          "",
          "",
          "TH-55",
          "",
          "Thailand",
          "expired",
          "",
          "",
          "",
        ],
      ]),
    );
    expect(again.result).toMatchObject({
      created: 0,
      merged: 2,
      licencesAdded: 1,
      corridorsAdded: 1,
    });
    expect(await testDb().recruiter.count({ where: { organizationId: organization.id } })).toBe(2);
  });

  it("reports bad licence and corridor cells by row and column", async () => {
    const { organization, owner } = await organizationWithOwner();
    const id = await uploadAs(
      owner,
      organization.id,
      "recruiters",
      csvFile([
        [
          "Name",
          "Licence status",
          "Valid from",
          "Valid until",
          "Corridors",
          "Fee per worker",
          "Fee policy",
        ],
        ["Bad Dates Agency", "valid", "2025-01-01", "2024-01-01", "NP>", "", ""],
        ["Odd Status Agency", "sort of", "someday", "", "Atlantis>MY", "200", "no fees"],
      ]),
    );
    const detail = await owner.caller.imports.getImport({ id });
    await owner.caller.imports.setImportMapping({ id, mapping: detail.mapping });
    const report = await owner.caller.imports.listImportRows({ id, filter: "invalid" });
    expect(
      report.rows.map((row) => ({
        row: row.rowNumber,
        errors: row.errors
          .map(({ column, message }) => ({ column, message }))
          .sort((a, b) => (a.column ?? "").localeCompare(b.column ?? "")),
      })),
    ).toEqual([
      {
        row: 2,
        errors: [
          { column: "Corridors", message: "imports.rowErrors.badCorridor" },
          { column: "Valid until", message: "recruiters.validation.validityOrder" },
        ],
      },
      {
        row: 3,
        errors: [
          { column: "Corridors", message: "imports.rowErrors.badCorridor" },
          { column: "Fee per worker", message: "recruiters.validation.feeOnlyWhenCharged" },
          // No fee currency column: the amount's column is blamed.
          { column: "Fee per worker", message: "recruiters.validation.feeNeedsCurrency" },
          { column: "Licence status", message: "imports.rowErrors.unknownOption" },
          { column: "Valid from", message: "imports.rowErrors.notADate" },
        ],
      },
    ]);
  });
});
