import { describe, expect, it } from "vitest";

import {
  findExactDuplicates,
  queueLikelyDuplicates,
  registrationKey,
  ZDuplicateReasonsSchema,
} from "@/modules/suppliers/duplicates/find-duplicates";
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";

import { createSupplier } from "../factories/suppliers";
import { organizationWithOwner, testDb } from "../support/integration";

const candidate = (
  key: string,
  legalName: string,
  country: string,
  registrationId: string | null,
) => ({
  key,
  normalizedName: normalizeCompanyName(legalName),
  country,
  registrationId,
});

const pendingPairs = async (organizationId: string) => {
  const rows = await testDb().duplicateCandidate.findMany({
    where: { organizationId },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    pair: [row.supplierAId, row.supplierBId] satisfies [string, string],
    score: Number(row.score),
    status: row.status,
    reasons: ZDuplicateReasonsSchema.parse(row.reasons),
  }));
};

describe("[DUPLICATES] exact duplicates", () => {
  it("matches by normalized name or by registration id within the same country, in one call", async () => {
    const { organization } = await organizationWithOwner();
    const org = organization.id;
    const maju = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "PT Maju Jaya Tbk",
      country: "ID",
    });
    const siam = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "Siam Seafood Public Company Limited",
      country: "TH",
      registrationId: "0107 5370 00123",
    });
    const twin = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "Twin Name Ltd",
      country: "VN",
      registrationId: "VN-1",
    });
    await createSupplier(testDb(), {
      organizationId: org,
      legalName: "Archived Mill",
      country: "TH",
      archivedAt: new Date(),
    });
    // Another organisation's identical supplier never matches.
    const { organization: other } = await organizationWithOwner();
    await createSupplier(testDb(), {
      organizationId: other.id,
      legalName: "Bangkok Canning",
      country: "TH",
    });

    const matches = await findExactDuplicates({
      db: testDb(),
      organizationId: org,
      candidates: [
        candidate("name", "Maju Jaya, PT.", "ID", null),
        candidate("registration", "Completely Different Name", "TH", "0107537000123"),
        candidate("registration-lowercase", "Siam Sea Food", "TH", " 0107 537000123 "),
        candidate("other-country", "Maju Jaya", "MY", null),
        candidate("archived", "Archived Mill Co", "TH", null),
        candidate("other-organisation", "Bangkok Canning", "TH", null),
        candidate("conflicting-registration", "Twin Name", "VN", "VN-2"),
        candidate("same-registration", "Twin Name", "VN", "vn-1"),
      ],
    });
    expect(Object.fromEntries(matches)).toEqual({
      name: maju.id,
      registration: siam.id,
      "registration-lowercase": siam.id,
      "same-registration": twin.id,
    });
    expect(
      await findExactDuplicates({ db: testDb(), organizationId: org, candidates: [] }),
    ).toEqual(new Map());
  });

  it("runs side by side in one transaction (an import looks chunks up while converting others)", async () => {
    const { organization } = await organizationWithOwner();
    const org = organization.id;
    const mill = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "Chao Phraya Mill",
      country: "TH",
    });
    const found = await testDb().$transaction(async (tx) =>
      Promise.all(
        ["Chao Phraya Mill", "Chao Phraya Mill Co., Ltd.", "Other Mill"].map((name) =>
          findExactDuplicates({
            db: tx,
            organizationId: org,
            candidates: [candidate(name, name, "TH", null)],
          }),
        ),
      ),
    );
    expect(found.map((matches) => [...matches.values()])).toEqual([[mill.id], [mill.id], []]);
  });

  it("folds registration ids the same way in JavaScript and SQL", () => {
    expect(registrationKey(" gb 12\t34 ")).toBe("GB1234");
    expect(registrationKey("   ")).toBeNull();
    expect(registrationKey(null)).toBeNull();
  });
});

describe("[DUPLICATES] likely duplicates", () => {
  it("queues similar names, shared domains and registration ids abroad, once, in canonical order", async () => {
    const { organization } = await organizationWithOwner();
    const org = organization.id;
    const existing = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "Golden Harvest Seafood Co Ltd",
      country: "TH",
      website: "https://www.goldenharvest.example",
    });
    const abroad = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "GH Trading Pte",
      country: "SG",
      registrationId: "TH 555",
    });
    const unrelated = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "Dhaka Knit Pvt Ltd",
      country: "BD",
    });
    const fresh = await createSupplier(testDb(), {
      organizationId: org,
      legalName: "Golden Harvest Sea Food",
      country: "TH",
      website: "goldenharvest.example/contact",
      registrationId: "th 555",
    });

    const first = await queueLikelyDuplicates({
      db: testDb(),
      organizationId: org,
      supplierIds: [fresh.id],
    });
    expect(first.queued).toBe(2);
    const pairs = await pendingPairs(org);
    const canonical = (a: string, b: string) => (a < b ? [a, b] : [b, a]);
    expect(pairs.map((pair) => pair.pair).sort()).toEqual(
      [canonical(existing.id, fresh.id), canonical(abroad.id, fresh.id)].sort(),
    );
    const withExisting = pairs.find((pair) => pair.pair.includes(existing.id));
    expect(withExisting?.reasons.map((reason) => reason.code).sort()).toEqual([
      "same_website_domain",
      "similar_name",
    ]);
    expect(withExisting?.score).toBeGreaterThanOrEqual(0.8);
    const withAbroad = pairs.find((pair) => pair.pair.includes(abroad.id));
    expect(withAbroad?.reasons).toEqual([
      { code: "same_registration_id", registrationId: "TH555", sameCountry: false },
    ]);
    expect(pairs.some((pair) => pair.pair.includes(unrelated.id))).toBe(false);

    // Asking again, or from the other side, adds nothing; a decided pair stays decided.
    await testDb().duplicateCandidate.updateMany({
      where: { organizationId: org },
      data: { status: "rejected" },
    });
    const again = await queueLikelyDuplicates({
      db: testDb(),
      organizationId: org,
      supplierIds: [existing.id, fresh.id, abroad.id],
    });
    expect(again.queued).toBe(0);
    expect((await pendingPairs(org)).every((pair) => pair.status === "rejected")).toBe(true);
  });

  it("compares a large batch within blocks of country and leading characters", async () => {
    const { organization } = await organizationWithOwner();
    const org = organization.id;
    const suppliers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        createSupplier(testDb(), {
          organizationId: org,
          legalName: `Batch Weaving Mill ${String.fromCharCode(65 + index)}`,
          country: "VN",
        }),
      ),
    );
    const { queued } = await queueLikelyDuplicates({
      db: testDb(),
      organizationId: org,
      supplierIds: suppliers.map((supplier) => supplier.id),
    });
    // Every pair among the twelve, once each.
    expect(queued).toBe((12 * 11) / 2);
    for (const { pair } of await pendingPairs(org)) expect(pair[0] < pair[1]).toBe(true);
  });

  it("ignores archived suppliers and other organisations", async () => {
    const { organization } = await organizationWithOwner();
    const { organization: other } = await organizationWithOwner();
    await createSupplier(testDb(), {
      organizationId: other.id,
      legalName: "Mekong Rice Mill",
      country: "VN",
    });
    await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Mekong Rice Mill",
      country: "VN",
      archivedAt: new Date(),
    });
    const fresh = await createSupplier(testDb(), {
      organizationId: organization.id,
      legalName: "Mekong Rice Mills",
      country: "VN",
    });
    const result = await queueLikelyDuplicates({
      db: testDb(),
      organizationId: organization.id,
      supplierIds: [fresh.id],
    });
    expect(result.queued).toBe(0);
  });
});
