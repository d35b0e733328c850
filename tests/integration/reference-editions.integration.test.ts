/**
 * Reference editions: listing them (built-in and the organisation's own, with the active one),
 * reading an edition's rows, the goods search, a country's TIP history, and an organisation's
 * upload of a newer edition through the upload route's handler (POST /api/reference/editions
 * behind its permission check): the new edition becomes active and the old one stays; a file with
 * a bad row is refused whole with the row reported; the same file twice is refused; wrong files
 * get a clear 4xx; another organisation never sees the edition.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { logger } from "@/modules/platform/logging/logger";
import {
  MAX_EDITION_UPLOAD_BYTES,
  ZUploadEditionFailureSchema,
  ZUploadEditionSuccessSchema,
  type TUploadEditionFailure,
  type TUploadEditionSuccess,
} from "@/modules/reference/schemas";
import { respondToEditionUpload } from "@/modules/reference/services/upload-edition-request";
import { waitForRiskRecomputations } from "@/modules/risk/services/request-recomputation";

import {
  auditEventsOf,
  callerFor,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";

const GOODS_HEADER =
  "good,sector,country,region,child_labor,forced_labor,forced_child_labor,derived_labor_exploitation,derived_country";

const GOODS_FIELDS = {
  dataset: "goods_list",
  edition: "2024 list",
  effectiveDate: "2024-09-05",
  source:
    "US Department of Labor (ILAB), List of Goods Produced by Child Labor or Forced Labor, 2024",
  licence: "US Government work, public domain",
};

const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);

type UploadFile = { name: string; bytes: Uint8Array };

type UploadAnswer =
  | { status: 201; success: TUploadEditionSuccess }
  | { status: number; failure: TUploadEditionFailure };

/** What POST /api/reference/editions answers `actor` for this form, once the route let them in. */
const upload = async (
  actor: Actor,
  organizationId: string,
  fields: Record<string, string>,
  file: UploadFile | null,
): Promise<UploadAnswer> => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file) form.set("file", new File([new Uint8Array(file.bytes)], file.name));
  const response = await respondToEditionUpload({
    request: new Request("http://localhost/api/reference/editions", { method: "POST", body: form }),
    db: testDb(),
    organizationId,
    actor: { userId: actor.user.id, organizationId, requestId: "test-reference-upload" },
    requestId: "test-reference-upload",
    logger,
  });
  // The upload queues a risk recomputation: let it finish before the next test reads anything.
  await waitForRiskRecomputations(organizationId);
  const body: unknown = await response.json();
  return response.status === 201
    ? { status: 201, success: ZUploadEditionSuccessSchema.parse(body) }
    : { status: response.status, failure: ZUploadEditionFailureSchema.parse(body) };
};

const succeeded = (answer: UploadAnswer): TUploadEditionSuccess => {
  if (!("success" in answer)) throw new Error(`expected 201, got ${answer.status}`);
  return answer.success;
};

const failed = (answer: UploadAnswer, status: number): TUploadEditionFailure => {
  expect(answer.status).toBe(status);
  if (!("failure" in answer)) throw new Error(`expected ${status}, got 201`);
  return answer.failure;
};

/** Every edition and goods row an organisation owns, to show that a refused upload wrote nothing. */
const ownData = async (organizationId: string) => ({
  editions: await testDb().referenceEdition.count({ where: { organizationId } }),
  goods: await testDb().goodsListEntry.count({ where: { edition: { organizationId } } }),
  tiers: await testDb().tipTierEntry.count({ where: { edition: { organizationId } } }),
  audit: (await auditEventsOf(organizationId)).length,
});

describe("[REFERENCE] editions an organisation sees", () => {
  let viewer: Actor;

  beforeAll(async () => {
    const { organization } = await organizationWithOwner();
    viewer = await memberOf(organization, "viewer");
  });

  it("lists every dataset with its built-in edition active", async () => {
    const datasets = await viewer.caller.reference.listEditions({});
    expect(datasets.map((dataset) => [dataset.dataset, dataset.isUploadable])).toEqual([
      ["goods_list", true],
      ["tip_tiers", true],
      ["isic_sectors", false],
      ["indicators", false],
    ]);
    for (const dataset of datasets) {
      expect(dataset.editions).toHaveLength(1);
      expect(dataset.editions[0]).toMatchObject({
        isBuiltIn: true,
        isActive: true,
        loadedByName: null,
      });
    }
    const [goods] = datasets;
    expect(goods?.editions[0]).toMatchObject({
      edition: "2022",
      rowCount: 467,
      licence: "US Government work, public domain",
    });
    expect(goods?.editions[0]?.source).toContain("List of Goods Produced by Child Labor");
    const only = await viewer.caller.reference.listEditions({ dataset: "tip_tiers" });
    expect(only.map((dataset) => dataset.dataset)).toEqual(["tip_tiers"]);
  });

  it("pages through an edition's rows and searches them", async () => {
    const [goods, tiers, sectors, indicators] = (
      await viewer.caller.reference.listEditions({})
    ).map((dataset) => dataset.editions[0]?.id ?? "");
    const page2 = await viewer.caller.reference.getEdition({
      id: goods ?? "",
      page: 2,
      pageSize: 25,
    });
    expect(page2).toMatchObject({ total: 467, page: 2, pageSize: 25, years: [] });
    expect(page2.entries.dataset).toBe("goods_list");
    expect(page2.entries.rows).toHaveLength(25);

    // A country in any spelling the alias table knows, or a good.
    const drc = await viewer.caller.reference.getEdition({ id: goods ?? "", search: "DRC" });
    expect(drc.total).toBeGreaterThan(0);
    if (drc.entries.dataset !== "goods_list") throw new Error("goods expected");
    expect(drc.entries.rows.every((row) => row.country === "CD")).toBe(true);
    const cotton = await viewer.caller.reference.getEdition({ id: goods ?? "", search: "cotton" });
    if (cotton.entries.dataset !== "goods_list") throw new Error("goods expected");
    expect(cotton.entries.rows.map((row) => row.country)).toEqual(
      expect.arrayContaining(["TM", "IN", "CN"]),
    );

    // TIP tiers: a country's rows year by year, newest first, and the years the edition covers.
    const burma = await viewer.caller.reference.getEdition({
      id: tiers ?? "",
      search: "Burma",
      pageSize: 100,
    });
    if (burma.entries.dataset !== "tip_tiers") throw new Error("tiers expected");
    expect(burma.entries.rows.every((row) => row.country === "MM")).toBe(true);
    expect(burma.entries.rows[0]).toMatchObject({ reportYear: 2025, tier: "tier_3" });
    const years = burma.years.map((year) => year.reportYear);
    expect(years.slice(0, 4)).toEqual([2025, 2024, 2023, 2022]);
    expect(years).toContain(2001);
    expect(years).not.toContain(2018);
    expect(burma.years.find((year) => year.reportYear === 2025)).toEqual({
      reportYear: 2025,
      isPartialList: true,
      rows: 49,
    });
    expect(burma.years.find((year) => year.reportYear === 2010)?.isPartialList).toBe(false);

    const manufacturing = await viewer.caller.reference.getEdition({
      id: sectors ?? "",
      search: "C",
      pageSize: 100,
    });
    expect(manufacturing.total).toBe(24);
    const catalogue = await viewer.caller.reference.getEdition({
      id: indicators ?? "",
      search: "debt",
    });
    expect(catalogue.total).toBeGreaterThanOrEqual(3);

    await expectTrpcError(
      viewer.caller.reference.getEdition({ id: "0190d6a0-0000-7000-8000-000000000000" }),
      "NOT_FOUND",
    );
  });

  it("lists the ISIC sectors the forms offer: the built-in edition's divisions", async () => {
    const sectors = await viewer.caller.reference.listSectors();
    expect(sectors).toHaveLength(88);
    expect(new Set(sectors.map((sector) => sector.section)).size).toBe(21);
    expect(sectors.find((sector) => sector.division === "03")).toEqual({
      section: "A",
      sectionTitle: "Agriculture, forestry and fishing",
      division: "03",
      divisionTitle: "Fishing and aquaculture",
    });
    const [, , isic] = await viewer.caller.reference.listEditions({});
    const edition = await viewer.caller.reference.getEdition({
      id: isic?.editions[0]?.id ?? "",
      pageSize: 100,
    });
    if (edition.entries.dataset !== "isic_sectors") throw new Error("sectors expected");
    expect(edition.entries.rows.map(({ id: _id, ...row }) => row)).toEqual(sectors);
    await expectTrpcError((await callerFor(null)).reference.listSectors(), "UNAUTHORIZED");
  });

  it("searches the active goods list by country (in any spelling) and good", async () => {
    const ivoryCoast = await viewer.caller.reference.findGoods({ country: "Côte d'Ivoire" });
    expect(ivoryCoast).toMatchObject({ country: "CI", isUnknownCountry: false });
    expect(ivoryCoast.rows.map((row) => row.good)).toContain("Cocoa");
    expect(ivoryCoast.edition).toMatchObject({ edition: "2022", isBuiltIn: true });
    const bricks = await viewer.caller.reference.findGoods({
      good: "bricks",
      forcedLaborOnly: true,
    });
    expect(bricks.rows.length).toBeGreaterThan(0);
    expect(bricks.rows.every((row) => row.forcedLabor || row.forcedChildLabor)).toBe(true);
    const nowhere = await viewer.caller.reference.findGoods({ country: "Atlantis" });
    expect(nowhere).toMatchObject({ country: null, isUnknownCountry: true, rows: [], total: 0 });
  });

  it("reads a country's TIP tier year by year, gaps and all", async () => {
    const history = await viewer.caller.reference.getTipTierHistory({ country: "Türkiye" });
    expect(history.country).toBe("TR");
    expect(history.years[0]?.reportYear).toBe(2025);
    expect(history.years.at(-1)?.reportYear).toBe(2001);
    // No source covers 2016–2021: unknown, never "low risk".
    expect(history.years.find((year) => year.reportYear === 2018)).toMatchObject({
      tier: null,
      basis: "no_report",
      edition: null,
    });
    const denmark = await viewer.caller.reference.getTipTierHistory({ country: "DK" });
    expect(denmark.years[0]).toMatchObject({ tier: "tier_1_or_2", basis: "not_listed" });
    expect(denmark.years.find((year) => year.reportYear === 2010)).toMatchObject({
      tier: "tier_1",
      basis: "listed",
    });
    expect(await viewer.caller.reference.getTipTierHistory({ country: "Atlantis" })).toEqual({
      country: null,
      years: [],
    });
  });
});

describe("[REFERENCE] an organisation loads a newer edition", () => {
  let owner: Actor;
  let organizationId: string;

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    organizationId = created.organization.id;
  });

  it("loads a goods list: the new edition is active, the built-in one stays", async () => {
    const file = {
      name: "goods-2024.csv",
      bytes: csv([
        GOODS_HEADER,
        "Gloves,Manufacturing,Malaysia,Asia,No,Yes,No,No,No",
        "Shrimp,Agriculture,Thailand,Asia,Yes,Yes,No,No,No",
        "Bricks,Manufacturing,Burma,Asia,Yes,Yes,Yes,No,No",
      ]),
    };
    const { edition, isRecomputationRequested } = succeeded(
      await upload(owner, organizationId, GOODS_FIELDS, file),
    );
    expect(edition).toMatchObject({
      dataset: "goods_list",
      edition: "2024 list",
      effectiveDate: new Date("2024-09-05T00:00:00.000Z"),
      rowCount: 3,
      isBuiltIn: false,
      isActive: true,
      loadedByName: owner.user.name,
    });
    expect(isRecomputationRequested).toBe(true);

    const [goods] = await owner.caller.reference.listEditions({ dataset: "goods_list" });
    expect(goods?.editions.map((row) => [row.edition, row.isBuiltIn, row.isActive])).toEqual([
      ["2024 list", false, true],
      ["2022", true, false],
    ]);
    // Scores and searches now read the new edition.
    const malaysia = await owner.caller.reference.findGoods({ country: "MY" });
    expect(malaysia.edition?.id).toBe(edition.id);
    expect(malaysia.rows.map((row) => row.good)).toEqual(["Gloves"]);
    const rows = await owner.caller.reference.getEdition({ id: edition.id, search: "Burma" });
    if (rows.entries.dataset !== "goods_list") throw new Error("goods expected");
    expect(rows.entries.rows).toMatchObject([{ good: "Bricks", country: "MM", forcedLabor: true }]);

    const loaded = (await auditEventsOf(organizationId)).filter(
      (event) => event.action === "reference_edition.loaded",
    );
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatchObject({
      entityType: "reference_edition",
      entityId: edition.id,
      actorUserId: owner.user.id,
      after: { dataset: "goods_list", edition: "2024 list", rowCount: 3, fileName: file.name },
    });
    const recomputation = await testDb().riskRecomputation.findFirst({
      where: { organizationId, reason: "reference_edition_loaded" },
    });
    expect(recomputation?.status).toBe("completed");

    // Another organisation sees none of it.
    const other = await organizationWithOwner();
    const [theirs] = await other.owner.caller.reference.listEditions({ dataset: "goods_list" });
    expect(theirs?.editions.map((row) => row.edition)).toEqual(["2022"]);
    expect((await other.owner.caller.reference.findGoods({ country: "MY" })).edition?.edition).toBe(
      "2022",
    );
    await expectTrpcError(other.owner.caller.reference.getEdition({ id: edition.id }), "NOT_FOUND");

    // The same file again: already loaded, nothing changes.
    const before = await ownData(organizationId);
    const again = failed(await upload(owner, organizationId, GOODS_FIELDS, file), 409);
    expect(again.error.message).toContain("already loaded");
    expect(again.error.message).toContain("2024 list");
    expect(await ownData(organizationId)).toEqual(before);
  });

  it("keeps an edition with an earlier date without making it active", async () => {
    const { edition } = succeeded(
      await upload(
        owner,
        organizationId,
        { ...GOODS_FIELDS, edition: "2020 list", effectiveDate: "2020-09-30" },
        {
          name: "goods-2020.csv",
          bytes: csv([GOODS_HEADER, "Cotton,Agriculture,China,Asia,No,Yes,No,No,No"]),
        },
      ),
    );
    expect(edition.isActive).toBe(false);
    const [goods] = await owner.caller.reference.listEditions({ dataset: "goods_list" });
    expect(goods?.editions.find((row) => row.isActive)?.edition).toBe("2024 list");
  });

  it("loads an XLSX workbook with the same columns", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Goods");
    sheet.addRow(GOODS_HEADER.split(","));
    sheet.addRow([
      "Cobalt Ore (Heterogenite)",
      "Mining",
      "Congo, Democratic Republic of the",
      "Africa",
      "Yes",
      "No",
      "No",
      "No",
      "No",
    ]);
    sheet.addRow([
      "Lithium-Ion Batteries",
      "Manufacturing",
      "China",
      "Asia",
      "Yes",
      "No",
      "No",
      "Yes",
      "DRC",
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { edition } = succeeded(
      await upload(
        owner,
        organizationId,
        { ...GOODS_FIELDS, edition: "2024 list (workbook)", effectiveDate: "2024-09-06" },
        { name: "goods.xlsx", bytes },
      ),
    );
    expect(edition).toMatchObject({ rowCount: 2, isActive: true });
    const rows = await owner.caller.reference.getEdition({ id: edition.id });
    if (rows.entries.dataset !== "goods_list") throw new Error("goods expected");
    expect(rows.entries.rows).toMatchObject([
      { good: "Cobalt Ore (Heterogenite)", country: "CD", derived: false },
      { good: "Lithium-Ion Batteries", country: "CN", derived: true, derivedFromCountry: "CD" },
    ]);
  });

  it("refuses a file with a bad row whole, reporting each row and column", async () => {
    const before = await ownData(organizationId);
    const failure = failed(
      await upload(
        owner,
        organizationId,
        { ...GOODS_FIELDS, edition: "2025 list", effectiveDate: "2025-09-01" },
        {
          name: "goods-2025.csv",
          bytes: csv([
            GOODS_HEADER,
            "Gloves,Manufacturing,Malaysia,Asia,No,Yes,No,No,No",
            "Cotton,Agriculture,Atlantis,Asia,No,Yes,No,No,No",
            "Shrimp,Agriculture,Thailand,Asia,Maybe,Yes,No,No,No",
          ]),
        },
      ),
      422,
    );
    expect(failure.problems).toEqual([
      { row: 3, column: "country", value: "Atlantis", problem: "unmappedCountry" },
      { row: 4, column: "child_labor", value: "maybe", problem: "invalidFlag" },
    ]);
    expect(failure.moreProblems).toBe(0);
    expect(failure.error.message).toContain("2 problems");
    expect(await ownData(organizationId)).toEqual(before);

    const missing = failed(
      await upload(
        owner,
        organizationId,
        { ...GOODS_FIELDS, edition: "2025 list", effectiveDate: "2025-09-01" },
        { name: "goods.csv", bytes: csv(["good,country", "Gloves,Malaysia"]) },
      ),
      422,
    );
    expect(
      missing.problems.map((problem) => [problem.row, problem.column, problem.problem]),
    ).toEqual([
      [1, "sector", "missingColumn"],
      [1, "child_labor", "missingColumn"],
      [1, "forced_labor", "missingColumn"],
      [1, "forced_child_labor", "missingColumn"],
    ]);
    expect(await ownData(organizationId)).toEqual(before);
  });

  it("refuses the built-in file itself, and files that cannot be an edition, with a clear 4xx", async () => {
    const before = await ownData(organizationId);
    const builtIn = failed(
      await upload(owner, organizationId, GOODS_FIELDS, {
        name: "ilab_list_of_goods_2022.csv",
        bytes: new Uint8Array(
          readFileSync(path.join(process.cwd(), "refdata/ilab_list_of_goods_2022.csv")),
        ),
      }),
      409,
    );
    expect(builtIn.error.message).toContain("built-in edition");

    const tooLarge = failed(
      await upload(owner, organizationId, GOODS_FIELDS, {
        name: "huge.csv",
        bytes: new Uint8Array(MAX_EDITION_UPLOAD_BYTES + 1).fill(65),
      }),
      413,
    );
    expect(tooLarge.error.message).toContain("5 MB");
    for (const name of ["goods.pdf", "goods.xls", "goods"]) {
      const wrongType = failed(
        await upload(owner, organizationId, GOODS_FIELDS, { name, bytes: csv([GOODS_HEADER]) }),
        415,
      );
      expect(wrongType.error.message).toContain(".csv");
    }
    expect(failed(await upload(owner, organizationId, GOODS_FIELDS, null), 400).error.message).toBe(
      "Choose a file to upload.",
    );
    expect(
      failed(
        await upload(owner, organizationId, GOODS_FIELDS, {
          name: "empty.csv",
          bytes: new Uint8Array(),
        }),
        400,
      ).error.message,
    ).toBe("The file is empty.");
    const fields = failed(
      await upload(
        owner,
        organizationId,
        { ...GOODS_FIELDS, dataset: "isic_sectors", edition: " ", effectiveDate: "2999-01-01" },
        {
          name: "goods.csv",
          bytes: csv([GOODS_HEADER, "Gloves,Manufacturing,Malaysia,Asia,No,Yes,No,No,No"]),
        },
      ),
      400,
    );
    expect(fields.invalidFields).toEqual(["dataset", "edition", "effectiveDate"]);
    const noRows = failed(
      await upload(owner, organizationId, GOODS_FIELDS, {
        name: "header.csv",
        bytes: csv([GOODS_HEADER]),
      }),
      400,
    );
    expect(noRows.error.code).toBe("INVALID_INPUT");
    expect(await ownData(organizationId)).toEqual(before);
  });
});

describe("[REFERENCE] an organisation loads a newer TIP report", () => {
  it("answers the new report year from it and the earlier years from the built-in edition", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { edition } = succeeded(
      await upload(
        owner,
        organization.id,
        {
          dataset: "tip_tiers",
          edition: "2026 report",
          effectiveDate: "2026-06-30",
          source: "US Department of State, Trafficking in Persons report 2026",
          licence: "US Government work, public domain",
        },
        {
          name: "tip-2026.csv",
          bytes: csv([
            "country,tier,report_year,text",
            'Burma,Tier 3,2026,"Tier 3 — Burma does not fully meet the minimum standards."',
            "Türkiye,Tier 2 Watch List,2026,",
            "Congo (Brazzaville),Special Case,2026,",
          ]),
        },
      ),
    );
    expect(edition).toMatchObject({ dataset: "tip_tiers", rowCount: 3, isActive: true });

    const burma = await owner.caller.reference.getTipTierHistory({ country: "Myanmar" });
    expect(burma.years[0]).toMatchObject({
      reportYear: 2026,
      tier: "tier_3",
      basis: "listed",
      summary: "Tier 3 — Burma does not fully meet the minimum standards.",
      edition: { id: edition.id, isBuiltIn: false },
    });
    expect(burma.years[1]).toMatchObject({ reportYear: 2025, edition: { isBuiltIn: true } });
    const denmark = await owner.caller.reference.getTipTierHistory({ country: "Denmark" });
    expect(denmark.years[0]).toMatchObject({ reportYear: 2026, tier: "tier_1_or_2" });
    const congo = await owner.caller.reference.getTipTierHistory({ country: "CG" });
    expect(congo.years[0]).toMatchObject({ reportYear: 2026, tier: "special_case" });

    const detail = await owner.caller.reference.getEdition({ id: edition.id });
    expect(detail.years).toEqual([{ reportYear: 2026, isPartialList: true, rows: 3 }]);
    const [tiers] = await owner.caller.reference.listEditions({ dataset: "tip_tiers" });
    expect(tiers?.editions.map((row) => [row.edition, row.isActive])).toEqual([
      ["2026 report", true],
      ["2001–2015, 2022–2025 (2025 report)", false],
    ]);
    // Another organisation still reads 2025 as the latest year.
    const other = await organizationWithOwner();
    const theirs = await other.owner.caller.reference.getTipTierHistory({ country: "Burma" });
    expect(theirs.years[0]?.reportYear).toBe(2025);
  });

  it("reports rows whose tier or year is not valid", async () => {
    const { organization, owner } = await organizationWithOwner();
    const failure = failed(
      await upload(
        owner,
        organization.id,
        {
          dataset: "tip_tiers",
          edition: "2026 report",
          effectiveDate: "2026-06-30",
          source: "US Department of State, Trafficking in Persons report 2026",
          licence: "US Government work, public domain",
        },
        {
          name: "tip-2026.csv",
          bytes: csv([
            "country,tier,report_year",
            "Burma,Tier 4,2026",
            "Chad,Tier 3,26",
            "Chad,Tier 3,2026",
            "Chad,Tier 3,2026",
          ]),
        },
      ),
      422,
    );
    expect(failure.problems).toEqual([
      { row: 2, column: "tier", value: "Tier 4", problem: "invalidTier" },
      { row: 3, column: "report_year", value: "26", problem: "invalidYear" },
      { row: 5, column: "country", value: "TD 2026", problem: "duplicate" },
    ]);
    expect(await ownData(organization.id)).toMatchObject({ editions: 0, tiers: 0 });
  });
});
