/**
 * Confirmation: the import runs in the background, all-or-nothing in one transaction. Exact
 * duplicates (in the database and within the file) are merged instead of created, likely ones
 * queued for review; one audit event covers the bulk write; a failure in the middle leaves
 * nothing written; an import interrupted by a server stop is marked failed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  confirmImport,
  failInterruptedImports,
  waitForImport,
} from "@/modules/imports/services/confirm";
import { waitForRiskRecomputations } from "@/modules/risk/services/request-recomputation";

import { confirmAndWait, csvFile, importFile, uploadAs } from "../factories/imports";
import { createSupplier } from "../factories/suppliers";
import {
  auditEventsOf,
  expectTrpcError,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";

const HEADER = ["Legal name", "Country", "Registration ID", "Address", "Website", "Other names"];

describe("[IMPORT] confirm and write", () => {
  let owner: Actor;
  let organizationId: string;

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    organizationId = created.organization.id;
  });

  it("creates the suppliers with one audit event for the bulk write", async () => {
    const detail = await importFile(
      owner,
      organizationId,
      "suppliers",
      csvFile([
        HEADER,
        ["Anchor Apparel Ltd", "Vietnam", "VN-100", "", "anchor.example", ""],
        ["Bright Buttons Co", "China", "", "", "", "Bright Buttons; 明亮纽扣"],
        ["Coastal Cotton PLC", "India", "IN-300", "Chennai", "", ""],
      ]),
    );
    expect(detail).toMatchObject({
      status: "completed",
      processedRows: 3,
      result: { created: 3, merged: 0, queuedAsDuplicates: 0 },
    });
    const suppliers = await testDb().supplier.findMany({
      where: { organizationId, importBatchId: detail.id },
      orderBy: { legalName: "asc" },
      select: { legalName: true, country: true, otherNames: true, tier: true, websiteDomain: true },
    });
    expect(suppliers).toEqual([
      {
        legalName: "Anchor Apparel Ltd",
        country: "VN",
        otherNames: [],
        tier: 1,
        websiteDomain: "anchor.example",
      },
      {
        legalName: "Bright Buttons Co",
        country: "CN",
        otherNames: ["Bright Buttons", "明亮纽扣"],
        tier: 1,
        websiteDomain: null,
      },
      {
        legalName: "Coastal Cotton PLC",
        country: "IN",
        otherNames: [],
        tier: 1,
        websiteDomain: null,
      },
    ]);
    const actions = (await auditEventsOf(organizationId)).map((event) => event.action);
    expect(actions).toEqual([
      "import.uploaded",
      "import.mapped",
      "import.confirmed",
      "import.completed",
      "risk_recomputation.requested",
    ]);
    // The import queued a whole-organisation risk recomputation: every new supplier is scored.
    await waitForRiskRecomputations(organizationId);
    const scored = await testDb().supplier.findMany({
      where: { organizationId, importBatchId: detail.id },
      select: { currentRisk: { select: { riskScore: true, riskBand: true } } },
    });
    expect(scored).toHaveLength(3);
    expect(scored.every((row) => row.currentRisk !== null)).toBe(true);
    expect(await testDb().riskRecomputation.findFirst({ where: { organizationId } })).toMatchObject(
      { reason: "import_completed", status: "completed", subjectsDone: 3 },
    );
    const completed = (await auditEventsOf(organizationId)).find(
      (event) => event.action === "import.completed",
    );
    expect(completed?.after).toMatchObject({ rowCount: 3, created: 3, merged: 0 });
    // The staged rows are gone; the batch keeps its counts and result.
    expect(await testDb().importRow.count({ where: { importBatchId: detail.id } })).toBe(0);
    await expectTrpcError(owner.caller.imports.confirmImport({ id: detail.id }), "CONFLICT");
  });

  it("merges exact duplicates into existing suppliers (fill blanks, never overwrite) and within the file", async () => {
    const { organization, owner: actor } = await organizationWithOwner();
    const existing = await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Siam Knitting Company Limited",
      country: "TH",
      registrationId: "0105 551 234",
      website: "https://siamknit.example",
    });
    const byName = await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Delta Dyeing Ltd",
      country: "BD",
    });
    const detail = await importFile(
      actor,
      organization.id,
      "suppliers",
      csvFile([
        HEADER,
        // Same registration ID (spacing differs), another name: merged, the name kept as other name.
        [
          "Siam Knitting Co., Ltd.",
          "Thailand",
          "0105551234",
          "99 Rama IV, Bangkok",
          "other.example",
          "",
        ],
        // Same folded name and country: merged.
        ["DELTA DYEING LIMITED", "Bangladesh", "", "Narayanganj", "", ""],
        // Twice the same new company in the file: one supplier.
        ["Echo Embroidery", "Vietnam", "", "", "", ""],
        ["Echo Embroidery Ltd", "VN", "", "Hanoi", "", "Echo"],
      ]),
    );
    expect(detail.result).toMatchObject({ created: 1, merged: 3 });
    expect(detail.result?.mergedInto.map((record) => record.id).sort()).toEqual(
      [existing.id, byName.id].sort(),
    );
    const siam = await testDb().supplier.findUniqueOrThrow({ where: { id: existing.id } });
    expect(siam).toMatchObject({
      legalName: "Siam Knitting Company Limited",
      otherNames: ["Siam Knitting Co., Ltd."],
      address: "99 Rama IV, Bangkok",
      website: "https://siamknit.example",
      importBatchId: null,
    });
    const delta = await testDb().supplier.findUniqueOrThrow({ where: { id: byName.id } });
    expect(delta).toMatchObject({ otherNames: ["DELTA DYEING LIMITED"], address: "Narayanganj" });
    const echo = await testDb().supplier.findMany({
      where: { organizationId: organization.id, importBatchId: detail.id },
    });
    expect(echo).toHaveLength(1);
    expect(echo[0]).toMatchObject({
      legalName: "Echo Embroidery",
      otherNames: ["Echo Embroidery Ltd", "Echo"],
      address: "Hanoi",
    });
    expect(await testDb().supplier.count({ where: { organizationId: organization.id } })).toBe(3);
  });

  it("queues likely duplicates in a large import (names compared while the rows are inserted)", async () => {
    const { organization, owner: actor } = await organizationWithOwner();
    const existing = await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Mekong Rice Mill",
      country: "VN",
    });
    // An existing supplier in another country: not a pair.
    await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Mekong Rice Mills",
      country: "KH",
    });
    // More rows than FULL_COMPARISON_LIMIT, so the import's own in-memory search is used.
    const distinct = [
      "Anchor Apparel",
      "Bright Buttons",
      "Coastal Cotton",
      "Delta Denim",
      "Everest Embroidery",
      "Fjord Fabrics",
      "Granite Gloves",
      "Harbour Hosiery",
      "Indigo Inks",
      "Jade Jerseys",
      "Kestrel Knitwear",
    ].map((name) => [name, "Vietnam", "", "", "", ""]);
    const detail = await importFile(
      actor,
      organization.id,
      "suppliers",
      csvFile([
        HEADER,
        ...distinct,
        ["Mekong Rice Mills Co", "Viet Nam", "", "", "", ""],
        ["Saigon Sewing Works", "VN", "", "", "", ""],
        ["Saigon Sewing Workshop", "Vietnam", "", "", "", ""],
      ]),
    );
    expect(detail.result).toMatchObject({ created: 14, merged: 0, queuedAsDuplicates: 2 });
    const names = new Map(
      (
        await testDb().supplier.findMany({
          where: { organizationId: organization.id },
          select: { id: true, legalName: true },
        })
      ).map((supplier) => [supplier.id, supplier.legalName]),
    );
    const pairs = await testDb().duplicateCandidate.findMany({
      where: { organizationId: organization.id },
      select: { supplierAId: true, supplierBId: true },
    });
    expect(
      pairs
        .map((pair) =>
          [names.get(pair.supplierAId), names.get(pair.supplierBId)].sort().join(" / "),
        )
        .sort(),
    ).toEqual([
      "Mekong Rice Mill / Mekong Rice Mills Co",
      "Saigon Sewing Works / Saigon Sewing Workshop",
    ]);
    expect(pairs.some((pair) => [pair.supplierAId, pair.supplierBId].includes(existing.id))).toBe(
      true,
    );
  });

  it("queues likely duplicates of existing suppliers for review", async () => {
    const { organization, owner: actor } = await organizationWithOwner();
    const existing = await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Golden Thread Textiles",
      country: "KH",
    });
    const detail = await importFile(
      actor,
      organization.id,
      "suppliers",
      csvFile([HEADER, ["Golden Thread Textile Works", "Cambodia", "", "", "", ""]]),
    );
    expect(detail.result).toMatchObject({ created: 1, merged: 0, queuedAsDuplicates: 1 });
    const created = await testDb().supplier.findFirstOrThrow({
      where: { organizationId: organization.id, importBatchId: detail.id },
    });
    const candidates = await testDb().duplicateCandidate.findMany({
      where: { organizationId: organization.id },
      select: { supplierAId: true, supplierBId: true, status: true },
    });
    expect(candidates).toEqual([
      {
        supplierAId: [existing.id, created.id].sort()[0],
        supplierBId: [existing.id, created.id].sort()[1],
        status: "pending",
      },
    ]);
  });

  describe("all-or-nothing", () => {
    beforeAll(async () => {
      // Stands for any failure at write time (a constraint, a lost connection …).
      await testDb().$executeRawUnsafe(`
        CREATE OR REPLACE FUNCTION fail_import_test_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.legal_name = 'Explodes At Write Ltd' THEN
            RAISE EXCEPTION 'simulated write failure';
          END IF;
          RETURN NEW;
        END $$`);
      await testDb().$executeRawUnsafe(`
        CREATE TRIGGER fail_import_test_row BEFORE INSERT ON suppliers
        FOR EACH ROW EXECUTE FUNCTION fail_import_test_row()`);
    });
    afterAll(async () => {
      await testDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS fail_import_test_row ON suppliers`);
      await testDb().$executeRawUnsafe(`DROP FUNCTION IF EXISTS fail_import_test_row()`);
    });

    it("a row failing in the middle of the write leaves nothing written, and the batch failed", async () => {
      const { organization, owner: actor } = await organizationWithOwner();
      const existing = await createSupplier(testDb(), {
        organizationId: organization.id,
        legalName: "Already There Ltd",
        country: "FR",
      });
      const rows = Array.from({ length: 12 }, (_, index) => [
        index === 8 ? "Explodes At Write Ltd" : `Batch Supplier ${index}`,
        "France",
        "",
        "",
        "",
        "",
      ]);
      // A merge into an existing supplier, which must be rolled back too.
      rows.push(["ALREADY THERE LIMITED", "France", "", "1 rue de Paris", "", ""]);
      const id = await uploadAs(actor, organization.id, "suppliers", csvFile([HEADER, ...rows]));
      const detail = await actor.caller.imports.getImport({ id });
      await actor.caller.imports.setImportMapping({ id, mapping: detail.mapping });
      // Five rows per statement: the first chunk is written before the failing one.
      await confirmImport({
        db: testDb(),
        actor: { userId: actor.user.id, organizationId: organization.id, requestId: "test" },
        organizationId: organization.id,
        id,
        chunkSize: 5,
      });
      await waitForImport(id);
      const failed = await actor.caller.imports.getImport({ id });
      expect(failed).toMatchObject({
        status: "failed",
        processedRows: 0,
        errorMessage: "The import failed. Nothing was written.",
        result: null,
      });
      expect(await testDb().supplier.count({ where: { organizationId: organization.id } })).toBe(1);
      expect(
        await testDb().supplier.findUniqueOrThrow({ where: { id: existing.id } }),
      ).toMatchObject({ otherNames: [], address: null });
      // The rows stay, so the user can try again.
      expect(await testDb().importRow.count({ where: { importBatchId: id } })).toBe(13);
      const actions = (await auditEventsOf(organization.id)).map((event) => event.action);
      expect(actions).toContain("import.failed");
      expect(actions).not.toContain("import.completed");
    });
  });

  it("marks failed an import left importing by a stopped server, saying nothing was written", async () => {
    const { organization, owner: actor } = await organizationWithOwner();
    const id = await uploadAs(
      actor,
      organization.id,
      "suppliers",
      csvFile([HEADER, ["Stuck Ltd", "PE", "", "", "", ""]]),
    );
    await testDb().importBatch.update({
      where: { id },
      data: { status: "importing", startedAt: new Date(Date.now() - 5 * 60_000), processedRows: 1 },
    });
    const detail = await actor.caller.imports.getImport({ id });
    expect(detail).toMatchObject({ status: "failed", processedRows: 0 });
    expect(detail.errorMessage).toMatch(/Nothing was written/);
    const failed = (await auditEventsOf(organization.id)).filter(
      (event) => event.action === "import.failed",
    );
    expect(failed).toHaveLength(1);
    // A failed import can be confirmed again.
    const retried = await confirmAndWait(actor.caller, id);
    expect(retried).toMatchObject({ status: "completed", result: { created: 1 } });
  });

  it.skipIf(!process.env.DATABASE_URL)(
    "leaves alone an import whose transaction is alive (PostgreSQL server)",
    async () => {
      const { organization, owner: actor } = await organizationWithOwner();
      const id = await uploadAs(
        actor,
        organization.id,
        "suppliers",
        csvFile([HEADER, ["Alive Ltd", "PE", "", "", "", ""]]),
      );
      await testDb().importBatch.update({
        where: { id },
        data: { status: "importing", startedAt: new Date(Date.now() - 5 * 60_000) },
      });
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked: () => void = () => undefined;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const transaction = testDb().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM import_batches WHERE id = ${id}::uuid FOR KEY SHARE`;
        locked();
        await held;
      });
      await isLocked;
      expect(await failInterruptedImports({ db: testDb(), organizationId: organization.id })).toBe(
        0,
      );
      release();
      await transaction;
      expect(await failInterruptedImports({ db: testDb(), organizationId: organization.id })).toBe(
        1,
      );
    },
  );

  it("cancels an import that has not run", async () => {
    const { organization, owner: actor } = await organizationWithOwner();
    const id = await uploadAs(
      actor,
      organization.id,
      "suppliers",
      csvFile([HEADER, ["Never Ltd", "PE", "", "", "", ""]]),
    );
    await actor.caller.imports.cancelImport({ id });
    expect(await actor.caller.imports.getImport({ id })).toMatchObject({ status: "cancelled" });
    expect(await testDb().importRow.count({ where: { importBatchId: id } })).toBe(0);
    await expectTrpcError(actor.caller.imports.confirmImport({ id }), "CONFLICT");
    await expectTrpcError(actor.caller.imports.cancelImport({ id }), "CONFLICT");
  });

  it("lists the organisation's imports, newest first", async () => {
    const list = await owner.caller.imports.listImports({});
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ status: "completed", entityType: "suppliers" });
  });
});
