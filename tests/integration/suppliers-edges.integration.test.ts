import { describe, expect, it } from "vitest";

import { createSite, createSupplier } from "../factories/suppliers";
import {
  auditEventsOf,
  expectTrpcError,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";

const chainOf = async (owner: Actor, organizationId: string) => {
  const db = testDb();
  const brand = await createSupplier(db, {
    organizationId,
    legalName: "Brand Garments",
    isDirect: true,
  });
  const mill = await createSupplier(db, {
    organizationId,
    legalName: "Fabric Mill",
    isDirect: false,
  });
  const spinner = await createSupplier(db, {
    organizationId,
    legalName: "Yarn Spinner",
    isDirect: false,
  });
  const farm = await createSupplier(db, {
    organizationId,
    legalName: "Cotton Farm",
    isDirect: false,
  });
  const tierOf = async (id: string) =>
    (await owner.caller.suppliers.getSupplier({ id })).supplier.tier;
  return { brand, mill, spinner, farm, tierOf };
};

describe("[SUPPLIERS] supply edges and tiers", () => {
  it("adds edges, derives tiers at once, shows both directions of the chain, removes edges", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { brand, mill, spinner, farm, tierOf } = await chainOf(owner, organization.id);
    const millSite = await createSite(testDb(), {
      organizationId: organization.id,
      supplierId: mill.id,
      name: "Mill site",
    });
    const first = await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: brand.id,
      supplierId: mill.id,
      supplierSiteId: millSite.id,
      product: "Denim",
      since: new Date("2021-03-01"),
    });
    expect(first).toMatchObject({ product: "Denim", supplierSiteId: millSite.id });
    await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: mill.id,
      supplierId: spinner.id,
    });
    await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: spinner.id,
      supplierId: farm.id,
    });
    expect(await tierOf(mill.id)).toBe(2);
    expect(await tierOf(spinner.id)).toBe(3);
    expect(await tierOf(farm.id)).toBe(4);

    const detail = await owner.caller.suppliers.getSupplier({ id: spinner.id });
    expect(detail.buyers.map((link) => link.other.legalName)).toEqual(["Fabric Mill"]);
    expect(detail.subSuppliers.map((link) => link.other.legalName)).toEqual(["Cotton Farm"]);
    expect(detail.downstream).toEqual([
      expect.objectContaining({ id: brand.id, depth: 2, viaId: mill.id, tier: 1 }),
    ]);
    const brandDetail = await owner.caller.suppliers.getSupplier({ id: brand.id });
    expect(brandDetail.subSuppliers[0]).toMatchObject({
      other: { id: mill.id, tier: 2 },
      supplierSite: { id: millSite.id, name: "Mill site" },
      product: "Denim",
    });
    expect(brandDetail.upstream.map((node) => [node.legalName, node.depth])).toEqual([
      ["Yarn Spinner", 2],
      ["Cotton Farm", 3],
    ]);

    // A shortcut lifts the farm; removing the middle link disconnects the rest.
    await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: brand.id,
      supplierId: farm.id,
    });
    expect(await tierOf(farm.id)).toBe(2);
    const millToSpinner = (await owner.caller.suppliers.getSupplier({ id: mill.id }))
      .subSuppliers[0];
    await owner.caller.suppliers.deleteSupplyEdge({ id: millToSpinner?.edgeId ?? "" });
    expect(await tierOf(spinner.id)).toBeNull();
    expect(await tierOf(farm.id)).toBe(2);
    const actions = (await auditEventsOf(organization.id)).map((event) => event.action);
    expect(actions.filter((action) => action === "supply_edge.created")).toHaveLength(4);
    expect(actions).toContain("supply_edge.deleted");
  });

  it("rejects self-edges, cycles and repeated edges with a clear message", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { brand, mill, spinner } = await chainOf(owner, organization.id);
    await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: brand.id,
      supplierId: mill.id,
    });
    await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: mill.id,
      supplierId: spinner.id,
    });

    const self = await expectTrpcError(
      owner.caller.suppliers.createSupplyEdge({ buyerSupplierId: mill.id, supplierId: mill.id }),
      "BAD_REQUEST",
    );
    expect(self.message).toContain("suppliers.selfEdge");
    const cycle = await expectTrpcError(
      owner.caller.suppliers.createSupplyEdge({
        buyerSupplierId: spinner.id,
        supplierId: brand.id,
      }),
      "BAD_REQUEST",
    );
    expect(cycle.message).toContain("suppliers.edgeCycle");
    await expectTrpcError(
      owner.caller.suppliers.createSupplyEdge({ buyerSupplierId: brand.id, supplierId: mill.id }),
      "CONFLICT",
    );
    expect(await testDb().supplyEdge.count({ where: { organizationId: organization.id } })).toBe(2);
  });

  it("checks that each site belongs to its own side of the edge", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { brand, mill } = await chainOf(owner, organization.id);
    const brandSite = await createSite(testDb(), {
      organizationId: organization.id,
      supplierId: brand.id,
    });
    await expectTrpcError(
      owner.caller.suppliers.createSupplyEdge({
        buyerSupplierId: brand.id,
        supplierId: mill.id,
        supplierSiteId: brandSite.id,
      }),
      "NOT_FOUND",
    );
    const edge = await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: brand.id,
      supplierId: mill.id,
      buyerSiteId: brandSite.id,
    });
    expect(edge.buyerSiteId).toBe(brandSite.id);
  });

  it("archiving a supplier takes its chain out of the tiers; restoring brings it back", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { brand, mill, spinner, tierOf } = await chainOf(owner, organization.id);
    await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: brand.id,
      supplierId: mill.id,
    });
    await owner.caller.suppliers.createSupplyEdge({
      buyerSupplierId: mill.id,
      supplierId: spinner.id,
    });
    await owner.caller.suppliers.archiveSupplier({ id: mill.id });
    expect(await tierOf(spinner.id)).toBeNull();
    await owner.caller.suppliers.restoreSupplier({ id: mill.id });
    expect(await tierOf(spinner.id)).toBe(3);
  });
});
