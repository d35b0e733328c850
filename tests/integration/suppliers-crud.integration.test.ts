import { describe, expect, it } from "vitest";

import { supplierInput } from "../factories/suppliers";
import {
  auditEventsOf,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
} from "../support/integration";

describe("[SUPPLIERS] create, update, archive, restore", () => {
  it("creates a supplier with derived columns, audits it, and reads it back", async () => {
    const { organization, owner } = await organizationWithOwner();
    const created = await owner.caller.suppliers.createSupplier(
      supplierInput({
        legalName: "  PT. Maju Jaya Textile Tbk ",
        country: "id",
        otherNames: ["Maju Jaya", "maju jaya", " "],
        website: "https://www.majujaya.example/about",
        sectorDivision: "13",
        products: [" Woven fabric ", "woven fabric", "Yarn"],
        annualSpendAmount: "2500000",
        annualSpendCurrency: "usd",
        isDirect: true,
      }),
    );
    expect(created.outcome).toBe("created");
    expect(created.supplier).toMatchObject({
      legalName: "PT. Maju Jaya Textile Tbk",
      country: "ID",
      otherNames: ["Maju Jaya"],
      websiteDomain: "majujaya.example",
      sectorSection: "C",
      sectorDivision: "13",
      products: ["Woven fabric", "Yarn"],
      annualSpendAmount: "2500000.00",
      annualSpendCurrency: "USD",
      tier: 1,
      status: "active",
    });
    const stored = await testDb().supplier.findUniqueOrThrow({
      where: { id: created.supplier.id },
    });
    expect(stored.normalizedName).toBe("maju jaya textile");

    const detail = await owner.caller.suppliers.getSupplier({ id: created.supplier.id });
    expect(detail.supplier.legalName).toBe("PT. Maju Jaya Textile Tbk");
    expect(detail).toMatchObject({ sites: [], buyers: [], subSuppliers: [], recruiters: [] });

    const events = await auditEventsOf(organization.id);
    expect(events.map((event) => event.action)).toEqual(["supplier.created"]);
    expect(events[0]?.entityId).toBe(created.supplier.id);
  });

  it("updates every field, recomputes the name and domain, and records before and after", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { supplier } = await owner.caller.suppliers.createSupplier(
      supplierInput({ legalName: "Old Name Ltd", website: "old.example" }),
    );
    const updated = await owner.caller.suppliers.updateSupplier({
      id: supplier.id,
      data: supplierInput({
        legalName: "New Name Co",
        country: "VN",
        website: null,
        status: "suspended",
        isDirect: false,
      }),
    });
    expect(updated).toMatchObject({
      legalName: "New Name Co",
      country: "VN",
      website: null,
      websiteDomain: null,
      status: "suspended",
      isDirect: false,
      // No longer bought directly and nobody buys from it: not connected.
      tier: null,
    });
    const stored = await testDb().supplier.findUniqueOrThrow({ where: { id: supplier.id } });
    expect(stored.normalizedName).toBe("new name");
    const event = (await auditEventsOf(organization.id)).find(
      (entry) => entry.action === "supplier.updated",
    );
    expect(event?.before).toMatchObject({ legalName: "Old Name Ltd", website: "old.example" });
    expect(event?.after).toMatchObject({ legalName: "New Name Co", website: null });
  });

  it("refuses bad input with a 400 and field messages, never a 500", async () => {
    const { owner } = await organizationWithOwner();
    const invalid = [
      supplierInput({ legalName: "  " }),
      supplierInput({ country: "XX" }),
      supplierInput({ sectorSection: "A", sectorDivision: "10" }),
      supplierInput({ annualSpendAmount: "100" }),
      supplierInput({ website: "not a website" }),
    ];
    for (const input of invalid) {
      const error = await expectTrpcError(
        owner.caller.suppliers.createSupplier(input),
        "BAD_REQUEST",
      );
      expect(error.cause?.name).toBe("ZodError");
    }
  });

  it("archives and restores, refuses edits while archived, and hides archived suppliers from lists", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { supplier } = await owner.caller.suppliers.createSupplier(
      supplierInput({ legalName: "Seasonal Packers" }),
    );
    const archived = await owner.caller.suppliers.archiveSupplier({ id: supplier.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(archived.tier).toBeNull();
    await expectTrpcError(
      owner.caller.suppliers.archiveSupplier({ id: supplier.id }),
      "PRECONDITION_FAILED",
    );
    await expectTrpcError(
      owner.caller.suppliers.updateSupplier({ id: supplier.id, data: supplierInput() }),
      "PRECONDITION_FAILED",
    );
    const hidden = await owner.caller.suppliers.findSuppliers({});
    expect(hidden.items.map((item) => item.id)).not.toContain(supplier.id);
    const shown = await owner.caller.suppliers.findSuppliers({ includeArchived: true });
    expect(shown.items.map((item) => item.id)).toContain(supplier.id);

    const restored = await owner.caller.suppliers.restoreSupplier({ id: supplier.id });
    expect(restored).toMatchObject({ archivedAt: null, tier: 1 });
    await expectTrpcError(
      owner.caller.suppliers.restoreSupplier({ id: supplier.id }),
      "PRECONDITION_FAILED",
    );
    expect((await auditEventsOf(organization.id)).map((event) => event.action)).toEqual([
      "supplier.created",
      "supplier.archived",
      "supplier.restored",
    ]);
  });

  it("lets viewers read but not write, and answers NOT_FOUND for unknown ids", async () => {
    const { organization, owner } = await organizationWithOwner();
    const viewer = await memberOf(organization, "viewer");
    const { supplier } = await owner.caller.suppliers.createSupplier(supplierInput());
    expect((await viewer.caller.suppliers.getSupplier({ id: supplier.id })).supplier.id).toBe(
      supplier.id,
    );
    await expectTrpcError(viewer.caller.suppliers.createSupplier(supplierInput()), "FORBIDDEN");
    await expectTrpcError(
      viewer.caller.suppliers.archiveSupplier({ id: supplier.id }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      owner.caller.suppliers.getSupplier({ id: "01900000-0000-7000-8000-000000000000" }),
      "NOT_FOUND",
    );
  });
});
