/**
 * The suppliers list by risk: the band filter (several bands, and "not scored"), sorting by the
 * current residual score with unscored suppliers last both ways, the risk on each row, and the
 * address that carries both. Scores are written straight into supplier_current_risks, where the
 * risk engine keeps them.
 */
import { beforeAll, describe, expect, it } from "vitest";

import type { RiskBand } from "@/generated/prisma/enums";
import { filtersFromParams } from "@/modules/suppliers/components/list-params";

import { createSupplier } from "../factories/suppliers";
import { expectTrpcError, organizationWithOwner, testDb, type Actor } from "../support/integration";

type Scored = { legalName: string; score: number | null; band: RiskBand | null; archived?: true };

const SUPPLIERS: Scored[] = [
  { legalName: "Meranti Gloves", score: 82, band: "critical" },
  { legalName: "Andaman Seafood", score: 64, band: "high" },
  { legalName: "Bengal Knits", score: 55, band: "high" },
  { legalName: "Cebu Electronics", score: 31, band: "medium" },
  { legalName: "Danish Office Supply", score: 8, band: "low" },
  // Not scored yet: listed as such, never as low.
  { legalName: "Estonian Timber", score: null, band: null },
  { legalName: "Fiji Sugar", score: null, band: null },
  // Archived: out of the list unless asked for.
  { legalName: "Gone Garments", score: 90, band: "critical", archived: true },
];

describe("[SUPPLIERS] list by risk: band filter, risk sort, risk column", () => {
  let owner: Actor;

  beforeAll(async () => {
    const created = await organizationWithOwner();
    owner = created.owner;
    const organizationId = created.organization.id;
    const db = testDb();
    for (const supplier of SUPPLIERS) {
      const { id } = await createSupplier(db, {
        organizationId,
        legalName: supplier.legalName,
        archivedAt: supplier.archived ? new Date() : null,
      });
      if (supplier.score !== null && supplier.band !== null) {
        await db.supplierCurrentRisk.create({
          data: {
            supplierId: id,
            organizationId,
            riskScore: supplier.score,
            riskBand: supplier.band,
          },
        });
      }
    }
    // Another organisation's critical supplier never shows up.
    const { organization: other } = await organizationWithOwner();
    const theirs = await createSupplier(db, {
      organizationId: other.id,
      legalName: "Their Critical Supplier",
    });
    await db.supplierCurrentRisk.create({
      data: {
        supplierId: theirs.id,
        organizationId: other.id,
        riskScore: 99,
        riskBand: "critical",
      },
    });
  });

  type Input = Parameters<Actor["caller"]["suppliers"]["findSuppliers"]>[0];
  const names = async (input: Input) =>
    (await owner.caller.suppliers.findSuppliers(input)).items.map((item) => item.legalName);

  it("shows each supplier's current residual score and band, or none when not scored", async () => {
    const page = await owner.caller.suppliers.findSuppliers({});
    const risk = Object.fromEntries(
      page.items.map((item) => [item.legalName, [item.riskBand, item.riskScore]]),
    );
    expect(risk).toEqual({
      "Meranti Gloves": ["critical", 82],
      "Andaman Seafood": ["high", 64],
      "Bengal Knits": ["high", 55],
      "Cebu Electronics": ["medium", 31],
      "Danish Office Supply": ["low", 8],
      "Estonian Timber": [null, null],
      "Fiji Sugar": [null, null],
    });
  });

  it("filters by one band or several, and by not scored", async () => {
    expect(await names({ riskBands: ["critical"] })).toEqual(["Meranti Gloves"]);
    expect(await names({ riskBands: ["high", "critical"] })).toEqual([
      "Andaman Seafood",
      "Bengal Knits",
      "Meranti Gloves",
    ]);
    expect(await names({ riskBands: ["none"] })).toEqual(["Estonian Timber", "Fiji Sugar"]);
    expect(await names({ riskBands: ["low", "none"] })).toEqual([
      "Danish Office Supply",
      "Estonian Timber",
      "Fiji Sugar",
    ]);
    const page = await owner.caller.suppliers.findSuppliers({ riskBands: ["high"] });
    expect(page.total).toBe(2);
  });

  it("combines the band filter with the others and with archived suppliers", async () => {
    expect(await names({ riskBands: ["critical"], includeArchived: true })).toEqual([
      "Gone Garments",
      "Meranti Gloves",
    ]);
    expect(await names({ riskBands: ["critical", "high"], q: "seafood" })).toEqual([
      "Andaman Seafood",
    ]);
    expect(await names({ riskBands: ["medium"], countries: ["VN"] })).toEqual([]);
  });

  it("sorts by risk score, unscored suppliers last in both directions", async () => {
    expect(await names({ sort: "riskScore", direction: "desc" })).toEqual([
      "Meranti Gloves",
      "Andaman Seafood",
      "Bengal Knits",
      "Cebu Electronics",
      "Danish Office Supply",
      "Fiji Sugar",
      "Estonian Timber",
    ]);
    expect(await names({ sort: "riskScore", direction: "asc" })).toEqual([
      "Danish Office Supply",
      "Cebu Electronics",
      "Bengal Knits",
      "Andaman Seafood",
      "Meranti Gloves",
      "Estonian Timber",
      "Fiji Sugar",
    ]);
  });

  it("pages through a risk-sorted, band-filtered list without gaps or repeats", async () => {
    const input: Input = { riskBands: ["critical", "high", "medium"], sort: "riskScore" };
    const first = await owner.caller.suppliers.findSuppliers({
      ...input,
      direction: "desc",
      pageSize: 2,
    });
    const second = await owner.caller.suppliers.findSuppliers({
      ...input,
      direction: "desc",
      pageSize: 2,
      page: 2,
    });
    expect(first.total).toBe(4);
    expect([...first.items, ...second.items].map((item) => item.legalName)).toEqual([
      "Meranti Gloves",
      "Andaman Seafood",
      "Bengal Knits",
      "Cebu Electronics",
    ]);
  });

  it("pages across the scored and the unscored suppliers in both directions", async () => {
    const pages = async (direction: "asc" | "desc") => {
      const seen: string[][] = [];
      for (let page = 1; page <= 4; page += 1) {
        const result = await owner.caller.suppliers.findSuppliers({
          sort: "riskScore",
          direction,
          pageSize: 2,
          page,
        });
        expect(result.total).toBe(7);
        seen.push(result.items.map((item) => item.legalName));
      }
      return seen;
    };
    expect(await pages("desc")).toEqual([
      ["Meranti Gloves", "Andaman Seafood"],
      ["Bengal Knits", "Cebu Electronics"],
      ["Danish Office Supply", "Fiji Sugar"],
      ["Estonian Timber"],
    ]);
    expect(await pages("asc")).toEqual([
      ["Danish Office Supply", "Cebu Electronics"],
      ["Bengal Knits", "Andaman Seafood"],
      ["Meranti Gloves", "Estonian Timber"],
      ["Fiji Sugar"],
    ]);
  });

  it("orders suppliers with the same score by name", async () => {
    const { owner: other, organization } = await organizationWithOwner();
    const db = testDb();
    for (const [legalName, riskScore] of [
      ["Bravo Fishing", 60],
      ["Alpha Fishing", 60],
      ["Charlie Fishing", 75],
    ] as const) {
      const { id } = await createSupplier(db, { organizationId: organization.id, legalName });
      await db.supplierCurrentRisk.create({
        data: {
          supplierId: id,
          organizationId: organization.id,
          riskScore,
          riskBand: riskScore >= 70 ? "critical" : "high",
        },
      });
    }
    const sorted = async (direction: "asc" | "desc") =>
      (await other.caller.suppliers.findSuppliers({ sort: "riskScore", direction })).items.map(
        (item) => item.legalName,
      );
    expect(await sorted("desc")).toEqual(["Charlie Fishing", "Bravo Fishing", "Alpha Fishing"]);
    expect(await sorted("asc")).toEqual(["Alpha Fishing", "Bravo Fishing", "Charlie Fishing"]);
  });

  it("reads the filter and the sort from the address the list writes", async () => {
    const filters = filtersFromParams(
      new URLSearchParams("risk=critical,none&sort=riskScore&direction=desc"),
    );
    expect(await names(filters)).toEqual(["Meranti Gloves", "Fiji Sugar", "Estonian Timber"]);
  });

  it("refuses a band that does not exist with a 400", async () => {
    await expectTrpcError(
      // @ts-expect-error: not a band
      owner.caller.suppliers.findSuppliers({ riskBands: ["severe"] }),
      "BAD_REQUEST",
    );
  });
});
