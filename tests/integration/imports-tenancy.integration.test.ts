/**
 * Another organisation's import is NOT_FOUND everywhere (procedures, the report download), and
 * exports and imports only ever see the caller's own organisation.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { buildReportCsv } from "@/modules/imports/services/report";
import { AppError } from "@/modules/platform/errors/app-error";

import { csvFile, importFile, uploadAs } from "../factories/imports";
import { createSupplier } from "../factories/suppliers";
import { expectTrpcError, organizationWithOwner, testDb, type Actor } from "../support/integration";

describe("[TENANCY] imports of another organisation", () => {
  let victim: { id: string; owner: Actor; importId: string };
  let outsider: { id: string; owner: Actor };

  beforeAll(async () => {
    const a = await organizationWithOwner();
    const b = await organizationWithOwner();
    const importId = await uploadAs(
      a.owner,
      a.organization.id,
      "suppliers",
      csvFile([
        ["Legal name", "Country"],
        ["Private Victim Co", "Atlantis"],
      ]),
    );
    victim = { id: a.organization.id, owner: a.owner, importId };
    outsider = { id: b.organization.id, owner: b.owner };
  });

  it("is NOT_FOUND for every procedure that takes its id", async () => {
    const id = victim.importId;
    const caller = outsider.owner.caller;
    await expectTrpcError(caller.imports.getImport({ id }), "NOT_FOUND");
    await expectTrpcError(caller.imports.listImportRows({ id }), "NOT_FOUND");
    await expectTrpcError(
      caller.imports.setImportMapping({
        id,
        mapping: { legalName: "Legal name", country: "Country" },
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      caller.imports.fixImportRow({ id, rowNumber: 2, cells: { Country: "France" } }),
      "NOT_FOUND",
    );
    await expectTrpcError(caller.imports.confirmImport({ id }), "NOT_FOUND");
    await expectTrpcError(caller.imports.cancelImport({ id }), "NOT_FOUND");
    expect((await caller.imports.listImports({})).total).toBe(0);
  });

  it("is NOT_FOUND for the report download", async () => {
    const error: unknown = await buildReportCsv({
      db: testDb(),
      organizationId: outsider.id,
      id: victim.importId,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });

  it("matches duplicates and sites' suppliers only within the importing organisation", async () => {
    await createSupplier(testDb(), {
      organizationId: victim.id,
      legalName: "Shared Name Textiles",
      country: "VN",
      registrationId: "VN-42",
    });
    const suppliers = await importFile(
      outsider.owner,
      outsider.id,
      "suppliers",
      csvFile([
        ["Legal name", "Country", "Registration ID"],
        ["Shared Name Textiles", "VN", "VN-42"],
      ]),
    );
    expect(suppliers.result).toMatchObject({ created: 1, merged: 0, queuedAsDuplicates: 0 });

    const sites = await uploadAs(
      outsider.owner,
      outsider.id,
      "sites",
      csvFile([
        ["Supplier registration ID", "Site name", "Country", "Site type"],
        ["VN-42", "Outsider Plant", "VN", "factory"],
      ]),
    );
    const detail = await outsider.owner.caller.imports.getImport({ id: sites });
    await outsider.owner.caller.imports.setImportMapping({ id: sites, mapping: detail.mapping });
    const rows = await outsider.owner.caller.imports.listImportRows({ id: sites, filter: "valid" });
    // Tied to the outsider's own supplier, not the victim's of the same registration ID.
    const own = await testDb().supplier.findFirstOrThrow({
      where: { organizationId: outsider.id, registrationId: "VN-42" },
    });
    expect(rows.rows[0]?.preview).toMatchObject({ supplierLegalName: own.legalName });
    expect(await testDb().supplier.count({ where: { organizationId: victim.id } })).toBe(1);
  });
});
