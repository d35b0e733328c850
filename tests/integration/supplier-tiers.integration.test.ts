import { describe, expect, it } from "vitest";

import { recomputeSupplierTiers } from "@/modules/suppliers/services/recompute-tiers";
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";

import { organizationWithOwner, testDb } from "../support/integration";

const supplier = async (organizationId: string, legalName: string, isDirect: boolean) =>
  testDb().supplier.create({
    data: {
      organizationId,
      legalName,
      normalizedName: normalizeCompanyName(legalName),
      country: "TH",
      isDirect,
    },
    select: { id: true },
  });

const edge = (organizationId: string, buyerSupplierId: string, supplierId: string) =>
  testDb().supplyEdge.create({ data: { organizationId, buyerSupplierId, supplierId } });

const tiersOf = async (ids: Record<string, string>) => {
  const rows = await testDb().supplier.findMany({
    where: { id: { in: Object.values(ids) } },
    select: { id: true, tier: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.tier]));
  return Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, byId.get(id)]));
};

describe("[SUPPLIERS] tier derivation", () => {
  it("gives direct suppliers tier 1, the lowest path wins, and unconnected ones none", async () => {
    const { organization } = await organizationWithOwner();
    const org = organization.id;
    const brand = await supplier(org, "Garment Maker Ltd", true);
    const mill = await supplier(org, "Fabric Mill Co", false);
    const spinner = await supplier(org, "Yarn Spinner PLC", false);
    const cotton = await supplier(org, "Cotton Farm Coop", false);
    const orphan = await supplier(org, "Unlinked Trader", false);
    const archived = await supplier(org, "Archived Middleman", false);
    await edge(org, brand.id, mill.id);
    await edge(org, mill.id, spinner.id);
    await edge(org, spinner.id, cotton.id);
    // A shortcut: the brand also buys yarn directly, so the spinner is tier 2, cotton tier 3.
    await edge(org, brand.id, spinner.id);
    // A chain through an archived supplier does not count.
    await edge(org, brand.id, archived.id);
    await testDb().supplier.update({
      where: { id: archived.id },
      data: { archivedAt: new Date() },
    });

    const first = await recomputeSupplierTiers({ db: testDb(), organizationId: org });
    expect(first.changed).toBe(4);
    expect(
      await tiersOf({
        brand: brand.id,
        mill: mill.id,
        spinner: spinner.id,
        cotton: cotton.id,
        orphan: orphan.id,
        archived: archived.id,
      }),
    ).toEqual({ brand: 1, mill: 2, spinner: 2, cotton: 3, orphan: null, archived: null });

    // Nothing changed: nothing is written.
    expect((await recomputeSupplierTiers({ db: testDb(), organizationId: org })).changed).toBe(0);

    // Removing the shortcut pushes the chain down.
    await testDb().supplyEdge.deleteMany({
      where: { organizationId: org, buyerSupplierId: brand.id, supplierId: spinner.id },
    });
    await recomputeSupplierTiers({ db: testDb(), organizationId: org });
    expect(await tiersOf({ spinner: spinner.id, cotton: cotton.id })).toEqual({
      spinner: 3,
      cotton: 4,
    });
  });
});
