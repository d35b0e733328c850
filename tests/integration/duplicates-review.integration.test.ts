import { describe, expect, it } from "vitest";

import { queueLikelyDuplicates } from "@/modules/suppliers/duplicates/find-duplicates";
import { recomputeSupplierTiers } from "@/modules/suppliers/services/recompute-tiers";

import {
  createSite,
  createSupplier,
  createSupplyEdge,
  supplierInput,
} from "../factories/suppliers";
import {
  auditEventsOf,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
} from "../support/integration";

describe("[DUPLICATES] on create", () => {
  it("merges an exact duplicate into the existing supplier: fills blanks, overwrites nothing", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { supplier: existing } = await owner.caller.suppliers.createSupplier(
      supplierInput({
        legalName: "Siam Seafood Co., Ltd.",
        country: "TH",
        address: "1 Harbour Road",
        products: ["Tuna"],
      }),
    );
    const result = await owner.caller.suppliers.createSupplier(
      supplierInput({
        legalName: "SIAM SEAFOOD COMPANY LIMITED",
        country: "TH",
        address: "Elsewhere",
        website: "siamseafood.example",
        products: ["tuna", "Shrimp"],
      }),
    );
    expect(result.outcome).toBe("merged");
    expect(result.supplier).toMatchObject({
      id: existing.id,
      legalName: "Siam Seafood Co., Ltd.",
      otherNames: ["SIAM SEAFOOD COMPANY LIMITED"],
      address: "1 Harbour Road",
      website: "siamseafood.example",
      websiteDomain: "siamseafood.example",
      products: ["Tuna", "Shrimp"],
    });
    expect(await testDb().supplier.count({ where: { organizationId: organization.id } })).toBe(1);
    expect((await auditEventsOf(organization.id)).map((event) => event.action)).toEqual([
      "supplier.created",
      "supplier.merged",
    ]);
  });

  it("creates a likely duplicate and queues the pair; the form's check shows both kinds", async () => {
    const { owner } = await organizationWithOwner();
    const { supplier: existing } = await owner.caller.suppliers.createSupplier(
      supplierInput({
        legalName: "Golden Harvest Seafood",
        country: "TH",
        registrationId: "TH 42",
      }),
    );
    const check = await owner.caller.suppliers.checkSupplierDuplicates({
      legalName: "Golden Harvest Sea Food",
      country: "TH",
    });
    expect(check.exact).toBeNull();
    expect(check.likely.map((match) => match.supplier.id)).toEqual([existing.id]);
    expect(check.likely[0]?.reasons[0]?.code).toBe("similar_name");

    const exactCheck = await owner.caller.suppliers.checkSupplierDuplicates({
      legalName: "Another Name Entirely",
      country: "TH",
      registrationId: "th42",
    });
    expect(exactCheck.exact?.supplier.id).toBe(existing.id);

    const created = await owner.caller.suppliers.createSupplier(
      supplierInput({ legalName: "Golden Harvest Sea Food", country: "TH" }),
    );
    expect(created).toMatchObject({ outcome: "created", likelyDuplicates: 1 });
    expect(await owner.caller.suppliers.countPendingDuplicates()).toEqual({ pending: 1 });
    const queue = await owner.caller.suppliers.findDuplicateCandidates({});
    expect(queue.total).toBe(1);
    const pair = queue.items[0];
    expect([pair?.supplierA.id, pair?.supplierB.id].sort()).toEqual(
      [existing.id, created.supplier.id].sort(),
    );
    expect(pair?.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe("[DUPLICATES] review queue", () => {
  it("merges a pair: moves sites and edges, drops self and repeated edges, archives the other", async () => {
    const { organization, owner } = await organizationWithOwner();
    const db = testDb();
    const org = organization.id;
    const brand = await createSupplier(db, {
      organizationId: org,
      legalName: "Brand Buyer",
      isDirect: true,
    });
    const survivor = await createSupplier(db, {
      organizationId: org,
      legalName: "Mekong Rice Mill",
      country: "VN",
      isDirect: false,
      otherNames: ["MRM"],
    });
    const other = await createSupplier(db, {
      organizationId: org,
      legalName: "Mekong Rice Mills JSC",
      country: "VN",
      isDirect: false,
      registrationId: "VN-0301",
      website: "mekongrice.example",
      products: ["Rice"],
    });
    const farm = await createSupplier(db, {
      organizationId: org,
      legalName: "Paddy Farm",
      isDirect: false,
    });
    const otherSite = await createSite(db, {
      organizationId: org,
      supplierId: other.id,
      name: "Can Tho mill",
    });
    await createSupplyEdge(db, {
      organizationId: org,
      buyerSupplierId: brand.id,
      supplierId: survivor.id,
    });
    // Repeats the brand → survivor edge once merged.
    await createSupplyEdge(db, {
      organizationId: org,
      buyerSupplierId: brand.id,
      supplierId: other.id,
    });
    // Becomes a self-edge once merged.
    await createSupplyEdge(db, {
      organizationId: org,
      buyerSupplierId: survivor.id,
      supplierId: other.id,
    });
    await createSupplyEdge(db, {
      organizationId: org,
      buyerSupplierId: other.id,
      supplierId: farm.id,
    });
    await recomputeSupplierTiers({ db, organizationId: org });
    const third = await createSupplier(db, {
      organizationId: org,
      legalName: "Mekong Rice Mill Co",
      country: "VN",
    });
    await owner.caller.suppliers.createSupplier(supplierInput({ legalName: "Unrelated Ltd" }));
    const { queued } = await queueLikelyDuplicates({
      db,
      organizationId: org,
      supplierIds: [other.id, third.id],
    });
    expect(queued).toBe(3);
    const queue = await owner.caller.suppliers.findDuplicateCandidates({ pageSize: 50 });
    const pair = queue.items.find(
      (item) =>
        [item.supplierA.id, item.supplierB.id].sort().join() ===
        [survivor.id, other.id].sort().join(),
    );
    if (!pair) throw new Error("the pair was not queued");

    const result = await owner.caller.suppliers.mergeDuplicates({
      candidateId: pair.id,
      survivorId: survivor.id,
    });
    expect(result.mergedId).toBe(other.id);
    expect(result.survivor).toMatchObject({
      legalName: "Mekong Rice Mill",
      otherNames: ["MRM", "Mekong Rice Mills JSC"],
      registrationId: "VN-0301",
      websiteDomain: "mekongrice.example",
      products: ["Rice"],
    });
    const merged = await db.supplier.findUniqueOrThrow({ where: { id: other.id } });
    expect(merged.mergedIntoId).toBe(survivor.id);
    expect(merged.archivedAt).toBeInstanceOf(Date);
    expect((await db.site.findUniqueOrThrow({ where: { id: otherSite.id } })).supplierId).toBe(
      survivor.id,
    );

    const edges = await db.supplyEdge.findMany({
      where: { organizationId: org },
      select: { buyerSupplierId: true, supplierId: true },
    });
    expect(edges).toHaveLength(2);
    expect(edges).toEqual(
      expect.arrayContaining([
        { buyerSupplierId: brand.id, supplierId: survivor.id },
        { buyerSupplierId: survivor.id, supplierId: farm.id },
      ]),
    );
    const farmDetail = await owner.caller.suppliers.getSupplier({ id: farm.id });
    expect(farmDetail.supplier.tier).toBe(3);

    // The other pending pairs of the merged record are gone; the survivor is compared afresh.
    const after = await db.duplicateCandidate.findMany({ where: { organizationId: org } });
    expect(
      after.some(
        (row) => row.status === "pending" && [row.supplierAId, row.supplierBId].includes(other.id),
      ),
    ).toBe(false);
    expect(after.find((row) => row.id === pair.id)?.status).toBe("merged");
    expect(
      after.some(
        (row) =>
          row.status === "pending" &&
          [row.supplierAId, row.supplierBId].sort().join() ===
            [survivor.id, third.id].sort().join(),
      ),
    ).toBe(true);
    const actions = (await auditEventsOf(org)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["duplicate.merged", "supplier.merged"]));

    // Decided pairs cannot be decided again.
    await expectTrpcError(
      owner.caller.suppliers.rejectDuplicate({ candidateId: pair.id }),
      "PRECONDITION_FAILED",
    );
  });

  it("remembers a rejection: the pair is never proposed again", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { supplier: first } = await owner.caller.suppliers.createSupplier(
      supplierInput({ legalName: "Dhaka Knit Composite", country: "BD" }),
    );
    const { supplier: second } = await owner.caller.suppliers.createSupplier(
      supplierInput({ legalName: "Dhaka Knit Composites", country: "BD" }),
    );
    const [pair] = (await owner.caller.suppliers.findDuplicateCandidates({})).items;
    if (!pair) throw new Error("no pair");
    await owner.caller.suppliers.rejectDuplicate({ candidateId: pair.id });
    expect(await owner.caller.suppliers.countPendingDuplicates()).toEqual({ pending: 0 });

    // Editing either one and re-checking (as an import would) does not bring it back.
    await queueLikelyDuplicates({
      db: testDb(),
      organizationId: organization.id,
      supplierIds: [first.id, second.id],
    });
    expect(await owner.caller.suppliers.countPendingDuplicates()).toEqual({ pending: 0 });
    const stored = await testDb().duplicateCandidate.findUniqueOrThrow({ where: { id: pair.id } });
    expect(stored).toMatchObject({ status: "rejected", decidedByUserId: owner.user.id });
    expect((await auditEventsOf(organization.id)).map((event) => event.action)).toContain(
      "duplicate.rejected",
    );
  });

  it("refuses a merge that would close a loop in the chain, and a survivor outside the pair", async () => {
    const { organization, owner } = await organizationWithOwner();
    const db = testDb();
    const org = organization.id;
    const upper = await createSupplier(db, {
      organizationId: org,
      legalName: "Loop Textiles",
      country: "IN",
    });
    const middle = await createSupplier(db, {
      organizationId: org,
      legalName: "Middle Dyeing",
      country: "IN",
      isDirect: false,
    });
    const lower = await createSupplier(db, {
      organizationId: org,
      legalName: "Loop Textile",
      country: "IN",
      isDirect: false,
    });
    await createSupplyEdge(db, {
      organizationId: org,
      buyerSupplierId: upper.id,
      supplierId: middle.id,
    });
    await createSupplyEdge(db, {
      organizationId: org,
      buyerSupplierId: middle.id,
      supplierId: lower.id,
    });
    await queueLikelyDuplicates({ db, organizationId: org, supplierIds: [lower.id] });
    const [pair] = (await owner.caller.suppliers.findDuplicateCandidates({})).items;
    if (!pair) throw new Error("no pair");
    await expectTrpcError(
      owner.caller.suppliers.mergeDuplicates({ candidateId: pair.id, survivorId: middle.id }),
      "BAD_REQUEST",
    );
    const error = await expectTrpcError(
      owner.caller.suppliers.mergeDuplicates({ candidateId: pair.id, survivorId: upper.id }),
      "PRECONDITION_FAILED",
    );
    expect(error.message).toContain("suppliers.mergeCycle");
    // Nothing changed.
    expect(await db.supplyEdge.count({ where: { organizationId: org } })).toBe(2);
    expect(
      (await db.supplier.findUniqueOrThrow({ where: { id: lower.id } })).archivedAt,
    ).toBeNull();
  });

  it("lets viewers see the queue but not decide", async () => {
    const { organization, owner } = await organizationWithOwner();
    const viewer = await memberOf(organization, "viewer");
    await owner.caller.suppliers.createSupplier(
      supplierInput({ legalName: "Andes Coffee Export" }),
    );
    await owner.caller.suppliers.createSupplier(
      supplierInput({ legalName: "Andes Coffee Exports" }),
    );
    const [pair] = (await viewer.caller.suppliers.findDuplicateCandidates({})).items;
    if (!pair) throw new Error("no pair");
    await expectTrpcError(
      viewer.caller.suppliers.rejectDuplicate({ candidateId: pair.id }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      viewer.caller.suppliers.mergeDuplicates({
        candidateId: pair.id,
        survivorId: pair.supplierA.id,
      }),
      "FORBIDDEN",
    );
  });
});
