import { describe, expect, it } from "vitest";

import { ZSiteInputSchema, ZSupplierInputSchema } from "./schemas";
import { fieldMessageKeys, validationMessageKey } from "./validation-messages";

const messagesOf = (
  schema: typeof ZSupplierInputSchema | typeof ZSiteInputSchema,
  input: unknown,
) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("supplier input", () => {
  it("trims, defaults and de-duplicates", () => {
    const parsed = ZSupplierInputSchema.parse({
      legalName: "  Siam Seafood Co., Ltd. ",
      country: "th",
      otherNames: ["Siam Seafood", " SSF ", "ssf", "", "Siam Seafood Co., Ltd."],
      products: [" Tuna ", "tuna", "Shrimp", "  "],
      website: "  ",
      annualSpendAmount: "1,250,000.50",
      annualSpendCurrency: "usd",
      sectorDivision: "10",
    });
    expect(parsed).toEqual({
      legalName: "Siam Seafood Co., Ltd.",
      country: "TH",
      otherNames: ["Siam Seafood", "SSF"],
      products: ["Tuna", "Shrimp"],
      registrationId: null,
      address: null,
      website: null,
      sectorSection: "C",
      sectorDivision: "10",
      annualSpendAmount: "1250000.50",
      annualSpendCurrency: "USD",
      relationshipOwner: null,
      status: "active",
      isDirect: true,
    });
  });

  it("explains each mistake with a message key", () => {
    const valid = { legalName: "Acme", country: "GB" };
    expect(messagesOf(ZSupplierInputSchema, { ...valid, legalName: "  " })).toEqual([
      "validation.required",
    ]);
    expect(messagesOf(ZSupplierInputSchema, { ...valid, country: "XX" })).toEqual([
      "validation.countryCode",
    ]);
    expect(messagesOf(ZSupplierInputSchema, { ...valid, country: "Thailand" })).toEqual([
      "validation.countryCode",
    ]);
    expect(
      messagesOf(ZSupplierInputSchema, { ...valid, sectorSection: "A", sectorDivision: "10" }),
    ).toEqual(["suppliers.validation.divisionNotInSection"]);
    expect(messagesOf(ZSupplierInputSchema, { ...valid, sectorDivision: "04" })).toEqual([
      "suppliers.validation.sectorDivision",
    ]);
    expect(messagesOf(ZSupplierInputSchema, { ...valid, annualSpendAmount: "100" })).toEqual([
      "suppliers.validation.spendNeedsCurrency",
    ]);
    expect(messagesOf(ZSupplierInputSchema, { ...valid, annualSpendCurrency: "EUR" })).toEqual([
      "suppliers.validation.spendNeedsCurrency",
    ]);
    expect(
      messagesOf(ZSupplierInputSchema, {
        ...valid,
        annualSpendAmount: "ten",
        annualSpendCurrency: "EUR",
      }),
    ).toEqual(["validation.amount"]);
    expect(messagesOf(ZSupplierInputSchema, { ...valid, website: "not a site" })).toEqual([
      "suppliers.validation.website",
    ]);
    expect(messagesOf(ZSupplierInputSchema, { ...valid, legalName: "x".repeat(301) })).toEqual([
      "validation.tooLong",
    ]);
  });

  it("accepts web addresses with or without a scheme", () => {
    for (const website of ["www.example.com", "https://example.co.uk/about", "example.org"]) {
      expect(messagesOf(ZSupplierInputSchema, { legalName: "A", country: "GB", website })).toEqual(
        [],
      );
    }
  });
});

describe("site input", () => {
  const valid = { name: "Songkhla plant", country: "TH", siteType: "factory" };

  it("keeps unknown as null, never 0, and reads spreadsheet numbers", () => {
    const parsed = ZSiteInputSchema.parse({
      ...valid,
      headcount: "1200",
      migrantShare: "45 %",
      temporaryShare: "",
      womenShare: 0,
      employerHousing: "yes",
      latitude: 7.2,
      longitude: "100.6",
    });
    expect(parsed).toMatchObject({
      headcount: 1200,
      migrantShare: 45,
      temporaryShare: null,
      seasonalShare: null,
      womenShare: 0,
      youngWorkerShare: null,
      employerHousing: true,
      latitude: 7.2,
      longitude: 100.6,
      region: null,
    });
  });

  it("explains each mistake with a message key", () => {
    expect(messagesOf(ZSiteInputSchema, { ...valid, migrantShare: 101 })).toEqual([
      "suppliers.validation.share",
    ]);
    expect(messagesOf(ZSiteInputSchema, { ...valid, migrantShare: "many" })).toEqual([
      "suppliers.validation.share",
    ]);
    expect(messagesOf(ZSiteInputSchema, { ...valid, headcount: 10.5 })).toEqual([
      "validation.wholeNumber",
    ]);
    expect(messagesOf(ZSiteInputSchema, { ...valid, latitude: 91, longitude: 0 })).toEqual([
      "suppliers.validation.latitude",
    ]);
    expect(messagesOf(ZSiteInputSchema, { ...valid, latitude: 10 })).toEqual([
      "suppliers.validation.coordinatesNeedBoth",
    ]);
    expect(messagesOf(ZSiteInputSchema, { ...valid, siteType: "castle" }).length).toBe(1);
  });
});

describe("validation message keys", () => {
  it("maps known keys to themselves and anything else to validation.invalid", () => {
    expect(validationMessageKey("validation.required")).toBe("validation.required");
    expect(validationMessageKey("suppliers.validation.share")).toBe("suppliers.validation.share");
    expect(validationMessageKey("Invalid option")).toBe("validation.invalid");
    expect(
      fieldMessageKeys([
        { path: ["country"], message: "validation.countryCode" },
        { path: ["country"], message: "validation.required" },
        { path: [], message: "odd" },
      ]),
    ).toEqual({ country: "validation.countryCode", form: "validation.invalid" });
  });
});
