import { beforeAll, describe, expect, it } from "vitest";

import { recomputeSupplierTiers } from "@/modules/suppliers/services/recompute-tiers";

import { createSupplier, createSupplyEdge } from "../factories/suppliers";
import { expectTrpcError, organizationWithOwner, testDb, type Actor } from "../support/integration";

describe("[SUPPLIERS] list: search, filters, sort, pagination", () => {
  let owner: Actor;
  let organizationId: string;

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    organizationId = created.organization.id;
    const db = testDb();
    const brand = await createSupplier(db, {
      organizationId,
      legalName: "Andaman Garments Co., Ltd.",
      country: "TH",
      sectorSection: "C",
      sectorDivision: "14",
      annualSpendAmount: "900000.00",
      annualSpendCurrency: "USD",
      otherNames: ["Andaman Apparel"],
      registrationId: "0105 551 000 111",
    });
    const mill = await createSupplier(db, {
      organizationId,
      legalName: "Bengal Fabric Mill",
      country: "BD",
      isDirect: false,
      sectorSection: "C",
      sectorDivision: "13",
      annualSpendAmount: "150000.00",
      annualSpendCurrency: "USD",
      status: "onboarding",
    });
    const spinner = await createSupplier(db, {
      organizationId,
      legalName: "Cilek Çukurova Yarn Spinners",
      country: "TR",
      isDirect: false,
      sectorSection: "C",
      sectorDivision: "13",
    });
    const farm = await createSupplier(db, {
      organizationId,
      legalName: "Delta Cotton Farm",
      country: "TR",
      isDirect: false,
      sectorSection: "A",
      sectorDivision: "01",
    });
    const ginner = await createSupplier(db, {
      organizationId,
      legalName: "Eastern Ginning",
      country: "IN",
      isDirect: false,
      sectorSection: "C",
    });
    await createSupplier(db, {
      organizationId,
      legalName: "Floating Trader",
      country: "VN",
      isDirect: false,
      status: "exited",
    });
    await createSupplier(db, {
      organizationId,
      legalName: "Gone Supplier",
      country: "TH",
      archivedAt: new Date(),
    });
    await createSupplyEdge(db, { organizationId, buyerSupplierId: brand.id, supplierId: mill.id });
    await createSupplyEdge(db, {
      organizationId,
      buyerSupplierId: mill.id,
      supplierId: spinner.id,
    });
    await createSupplyEdge(db, {
      organizationId,
      buyerSupplierId: spinner.id,
      supplierId: farm.id,
    });
    await createSupplyEdge(db, { organizationId, buyerSupplierId: farm.id, supplierId: ginner.id });
    await recomputeSupplierTiers({ db, organizationId });
    // Another organisation's suppliers never show up.
    const { organization: other } = await organizationWithOwner();
    await createSupplier(db, {
      organizationId: other.id,
      legalName: "Andaman Other Org",
      country: "TH",
    });
  });

  const names = async (input: Parameters<Actor["caller"]["suppliers"]["findSuppliers"]>[0]) =>
    (await owner.caller.suppliers.findSuppliers(input)).items.map((item) => item.legalName);

  it("lists the organisation's active suppliers by name with the total", async () => {
    const page = await owner.caller.suppliers.findSuppliers({});
    expect(page.total).toBe(6);
    expect(page.items.map((item) => item.legalName)).toEqual([
      "Andaman Garments Co., Ltd.",
      "Bengal Fabric Mill",
      "Cilek Çukurova Yarn Spinners",
      "Delta Cotton Farm",
      "Eastern Ginning",
      "Floating Trader",
    ]);
    expect(page.items[0]).toMatchObject({ tier: 1, annualSpendAmount: "900000.00", country: "TH" });
  });

  it("searches legal names (folded), other names and registration ids", async () => {
    expect(await names({ q: "andaman" })).toEqual(["Andaman Garments Co., Ltd."]);
    expect(await names({ q: "APPAREL" })).toEqual(["Andaman Garments Co., Ltd."]);
    expect(await names({ q: "0105551000" })).toEqual(["Andaman Garments Co., Ltd."]);
    expect(await names({ q: "cukurova" })).toEqual(["Cilek Çukurova Yarn Spinners"]);
    expect(await names({ q: "100%_" })).toEqual([]);
  });

  it("filters by countries, sector, tiers, status and archived", async () => {
    expect(await names({ countries: ["TR", "bd"] })).toEqual([
      "Bengal Fabric Mill",
      "Cilek Çukurova Yarn Spinners",
      "Delta Cotton Farm",
    ]);
    expect(await names({ sectorSection: "C", sectorDivision: "13" })).toEqual([
      "Bengal Fabric Mill",
      "Cilek Çukurova Yarn Spinners",
    ]);
    expect(await names({ sectorSection: "A" })).toEqual(["Delta Cotton Farm"]);
    expect(await names({ tiers: ["1", "3"] })).toEqual([
      "Andaman Garments Co., Ltd.",
      "Cilek Çukurova Yarn Spinners",
    ]);
    expect(await names({ tiers: ["4+"] })).toEqual(["Delta Cotton Farm", "Eastern Ginning"]);
    expect(await names({ tiers: ["none"] })).toEqual(["Floating Trader"]);
    expect(await names({ statuses: ["onboarding", "exited"] })).toEqual([
      "Bengal Fabric Mill",
      "Floating Trader",
    ]);
    expect(await names({ includeArchived: true, countries: ["TH"] })).toEqual([
      "Andaman Garments Co., Ltd.",
      "Gone Supplier",
    ]);
  });

  it("sorts by each column, unknown values last", async () => {
    expect(await names({ sort: "tier" })).toEqual([
      "Andaman Garments Co., Ltd.",
      "Bengal Fabric Mill",
      "Cilek Çukurova Yarn Spinners",
      "Delta Cotton Farm",
      "Eastern Ginning",
      "Floating Trader",
    ]);
    expect((await names({ sort: "tier", direction: "desc" })).slice(0, 2)).toEqual([
      "Eastern Ginning",
      "Delta Cotton Farm",
    ]);
    expect((await names({ sort: "country" })).slice(0, 2)).toEqual([
      "Bengal Fabric Mill",
      "Eastern Ginning",
    ]);
    expect((await names({ sort: "annualSpend", direction: "desc" })).slice(0, 2)).toEqual([
      "Andaman Garments Co., Ltd.",
      "Bengal Fabric Mill",
    ]);
    expect((await names({ sort: "status" }))[0]).toBe("Bengal Fabric Mill");
    expect(await names({ sort: "createdAt", direction: "desc", pageSize: 1 })).toEqual([
      "Floating Trader",
    ]);
  });

  it("paginates with a stable order and bounds the page size", async () => {
    const first = await owner.caller.suppliers.findSuppliers({ page: 1, pageSize: 4 });
    const second = await owner.caller.suppliers.findSuppliers({ page: 2, pageSize: 4 });
    expect(first.items).toHaveLength(4);
    expect(second.items.map((item) => item.legalName)).toEqual([
      "Eastern Ginning",
      "Floating Trader",
    ]);
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    await expectTrpcError(owner.caller.suppliers.findSuppliers({ pageSize: 101 }), "BAD_REQUEST");
    await expectTrpcError(owner.caller.suppliers.findSuppliers({ page: 0 }), "BAD_REQUEST");
  });
});
