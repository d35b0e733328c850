import { describe, expect, it } from "vitest";

import { combineSuppliers, unionIgnoringCase, type CombinableSupplier } from "./combine-suppliers";

const blank: CombinableSupplier = {
  legalName: "",
  otherNames: [],
  registrationId: null,
  address: null,
  website: null,
  sectorSection: null,
  sectorDivision: null,
  products: [],
  annualSpendAmount: null,
  annualSpendCurrency: null,
  relationshipOwner: null,
};

describe("combining two records of one company", () => {
  it("fills blanks, keeps what the survivor has, and combines names and products", () => {
    const combined = combineSuppliers({
      survivor: {
        ...blank,
        legalName: "Siam Seafood Co Ltd",
        otherNames: ["SSF"],
        address: "1 Harbour Road",
        products: ["Tuna"],
        sectorSection: "C",
      },
      other: {
        ...blank,
        legalName: "Siam Sea Food",
        otherNames: ["ssf", "Siam Seafood Co Ltd", "Siam Canning"],
        registrationId: "0107537000123",
        address: "Somewhere else",
        website: "siamseafood.example",
        products: ["tuna", "Shrimp"],
        sectorSection: "C",
        sectorDivision: "10",
        annualSpendAmount: "1000.00",
        annualSpendCurrency: "USD",
      },
    });
    expect(combined).toEqual({
      otherNames: ["SSF", "Siam Sea Food", "Siam Canning"],
      products: ["Tuna", "Shrimp"],
      registrationId: "0107537000123",
      address: "1 Harbour Road",
      website: "siamseafood.example",
      relationshipOwner: null,
      sectorSection: "C",
      sectorDivision: "10",
      annualSpendAmount: "1000.00",
      annualSpendCurrency: "USD",
    });
  });

  it("never mixes a division of another section or a spend with another currency", () => {
    const combined = combineSuppliers({
      survivor: {
        ...blank,
        legalName: "A",
        sectorSection: "A",
        annualSpendAmount: "5.00",
        annualSpendCurrency: "EUR",
      },
      other: {
        ...blank,
        legalName: "B",
        sectorSection: "C",
        sectorDivision: "10",
        annualSpendAmount: "9.00",
        annualSpendCurrency: "USD",
      },
    });
    expect(combined).toMatchObject({
      sectorSection: "A",
      sectorDivision: null,
      annualSpendAmount: "5.00",
      annualSpendCurrency: "EUR",
    });
  });

  it("unions ignoring case and blanks", () => {
    expect(unionIgnoringCase([" a ", "A", "", "b"], ["B"])).toEqual(["a"]);
  });
});
