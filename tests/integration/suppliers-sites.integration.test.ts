import { describe, expect, it } from "vitest";

import { createSupplier } from "../factories/suppliers";
import {
  auditEventsOf,
  expectTrpcError,
  organizationWithOwner,
  testDb,
} from "../support/integration";

const siteInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Songkhla processing plant",
  country: "TH",
  siteType: "factory" as const,
  ...overrides,
});

describe("[SUPPLIERS] sites and workforce profiles", () => {
  it("creates a site with a workforce profile, keeping unknown as null", async () => {
    const { organization, owner } = await organizationWithOwner();
    const supplier = await createSupplier(testDb(), { organizationId: organization.id });
    const site = await owner.caller.suppliers.createSite({
      supplierId: supplier.id,
      data: siteInput({
        region: "Songkhla",
        latitude: 7.19,
        longitude: 100.59,
        headcount: 850,
        migrantShare: 62.5,
        womenShare: 0,
        employerHousing: true,
      }),
    });
    expect(site).toMatchObject({
      supplierId: supplier.id,
      latitude: 7.19,
      longitude: 100.59,
      headcount: 850,
      migrantShare: 62.5,
      womenShare: 0,
      temporaryShare: null,
      seasonalShare: null,
      youngWorkerShare: null,
      employerHousing: true,
    });
    const detail = await owner.caller.suppliers.getSupplier({ id: supplier.id });
    expect(detail.sites.map((entry) => entry.id)).toEqual([site.id]);
    expect((await auditEventsOf(organization.id)).map((event) => event.action)).toEqual([
      "site.created",
    ]);
  });

  it("updates, archives and restores a site, and refuses edits while archived", async () => {
    const { organization, owner } = await organizationWithOwner();
    const supplier = await createSupplier(testDb(), { organizationId: organization.id });
    const site = await owner.caller.suppliers.createSite({
      supplierId: supplier.id,
      data: siteInput({ headcount: 10 }),
    });
    const updated = await owner.caller.suppliers.updateSite({
      id: site.id,
      data: siteInput({ name: "Renamed plant", headcount: null, siteType: "warehouse" }),
    });
    expect(updated).toMatchObject({
      name: "Renamed plant",
      headcount: null,
      siteType: "warehouse",
    });
    const archived = await owner.caller.suppliers.archiveSite({ id: site.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await expectTrpcError(
      owner.caller.suppliers.updateSite({ id: site.id, data: siteInput() }),
      "PRECONDITION_FAILED",
    );
    const restored = await owner.caller.suppliers.restoreSite({ id: site.id });
    expect(restored.archivedAt).toBeNull();
    expect((await auditEventsOf(organization.id)).map((event) => event.action)).toEqual([
      "site.created",
      "site.updated",
      "site.archived",
      "site.restored",
    ]);
  });

  it("validates coordinates, shares and headcount with clear messages", async () => {
    const { organization, owner } = await organizationWithOwner();
    const supplier = await createSupplier(testDb(), { organizationId: organization.id });
    for (const data of [
      siteInput({ latitude: 95, longitude: 10 }),
      siteInput({ latitude: 10 }),
      siteInput({ migrantShare: 120 }),
      siteInput({ headcount: -1 }),
      siteInput({ siteType: "castle" }),
      siteInput({ country: "ZZ" }),
    ]) {
      await expectTrpcError(
        owner.caller.suppliers.createSite({ supplierId: supplier.id, data }),
        "BAD_REQUEST",
      );
    }
  });

  it("refuses a site for another organisation's supplier or an archived one", async () => {
    const { owner } = await organizationWithOwner();
    const { organization: other } = await organizationWithOwner();
    const foreign = await createSupplier(testDb(), { organizationId: other.id });
    await expectTrpcError(
      owner.caller.suppliers.createSite({ supplierId: foreign.id, data: siteInput() }),
      "NOT_FOUND",
    );
    expect(await testDb().site.count({ where: { supplierId: foreign.id } })).toBe(0);
  });
});
