import { describe, expect, it } from "vitest";

import {
  ZFindRecruitersInputSchema,
  ZRecruiterInputSchema,
  ZRecruiterLicenceInputSchema,
  ZRecruitmentCorridorInputSchema,
  ZSiteLinkDetailsInputSchema,
} from "./schemas";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe("recruiter input", () => {
  it("fills defaults for an importer row that only names the recruiter", () => {
    expect(ZRecruiterInputSchema.parse({ name: "  Himalaya Manpower Pvt. Ltd. " })).toEqual({
      name: "Himalaya Manpower Pvt. Ltd.",
      recruiterType: "recruitment_agency",
      countries: [],
      feePolicy: "unknown",
      feeAmount: null,
      feeCurrency: null,
      website: null,
    });
  });

  it("upper-cases, de-duplicates and sorts countries, and rejects unknown ones", () => {
    expect(
      ZRecruiterInputSchema.parse({ name: "A", countries: ["np", "MY", "NP"] }).countries,
    ).toEqual(["MY", "NP"]);
    expect(messagesOf(ZRecruiterInputSchema.safeParse({ name: "A", countries: ["XX"] }))).toEqual([
      "validation.countryCode",
    ]);
  });

  it("takes a fee only when fees are charged, and only with its currency", () => {
    expect(
      ZRecruiterInputSchema.parse({
        name: "A",
        feePolicy: "fees_charged",
        feeAmount: "1500.50",
        feeCurrency: "usd",
      }),
    ).toMatchObject({ feeAmount: "1500.50", feeCurrency: "USD" });
    expect(
      messagesOf(
        ZRecruiterInputSchema.safeParse({
          name: "A",
          feePolicy: "no_fees",
          feeAmount: "10",
          feeCurrency: "USD",
        }),
      ),
    ).toEqual(["recruiters.validation.feeOnlyWhenCharged"]);
    expect(
      messagesOf(
        ZRecruiterInputSchema.safeParse({ name: "A", feePolicy: "fees_charged", feeAmount: "10" }),
      ),
    ).toEqual(["recruiters.validation.feeNeedsCurrency"]);
    expect(
      messagesOf(
        ZRecruiterInputSchema.safeParse({
          name: "A",
          feePolicy: "fees_charged",
          feeAmount: "12,5",
          feeCurrency: "XYZ",
        }),
      ),
    ).toEqual(["validation.amount", "validation.currencyCode"]);
  });

  it("requires a name and checks the website", () => {
    expect(messagesOf(ZRecruiterInputSchema.safeParse({ name: "   " }))).toEqual([
      "validation.required",
    ]);
    expect(
      messagesOf(ZRecruiterInputSchema.safeParse({ name: "A", website: "not a site" })),
    ).toEqual(["recruiters.validation.website"]);
    expect(ZRecruiterInputSchema.parse({ name: "A", website: " " }).website).toBeNull();
  });
});

describe("licence input", () => {
  it("accepts calendar dates in order and turns blanks into null", () => {
    expect(
      ZRecruiterLicenceInputSchema.parse({
        licenceNumber: " ",
        status: "valid",
        validFrom: "2024-02-29",
        validUntil: "2026-02-28",
      }),
    ).toMatchObject({ licenceNumber: null, validFrom: "2024-02-29", validUntil: "2026-02-28" });
  });

  it("rejects impossible dates and an end before the start", () => {
    expect(messagesOf(ZRecruiterLicenceInputSchema.safeParse({ validFrom: "2025-02-30" }))).toEqual(
      ["recruiters.validation.date"],
    );
    expect(
      messagesOf(ZRecruiterLicenceInputSchema.safeParse({ validFrom: "30/01/2025" })),
    ).toContain("recruiters.validation.date");
    expect(
      messagesOf(
        ZRecruiterLicenceInputSchema.safeParse({
          validFrom: "2025-06-01",
          validUntil: "2025-05-31",
        }),
      ),
    ).toEqual(["recruiters.validation.validityOrder"]);
  });
});

describe("corridor and site link input", () => {
  it("allows a domestic corridor", () => {
    expect(
      ZRecruitmentCorridorInputSchema.parse({ originCountry: "in", destinationCountry: "IN" }),
    ).toEqual({ originCountry: "IN", destinationCountry: "IN" });
  });

  it("checks workers and year", () => {
    expect(ZSiteLinkDetailsInputSchema.parse({})).toEqual({ workersRecruited: null, year: null });
    expect(
      messagesOf(ZSiteLinkDetailsInputSchema.safeParse({ workersRecruited: -1, year: 1800 })),
    ).toEqual(["validation.wholeNumber", "recruiters.validation.year"]);
  });
});

describe("find input", () => {
  it("has defaults and refuses odd page sizes", () => {
    expect(ZFindRecruitersInputSchema.parse({})).toMatchObject({
      status: "active",
      sort: "name",
      page: 1,
      pageSize: 25,
    });
    expect(ZFindRecruitersInputSchema.safeParse({ pageSize: 7 }).success).toBe(false);
  });
});
