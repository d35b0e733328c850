import { describe, expect, it } from "vitest";

import { ZOrganizationProfileInputSchema } from "./schemas";

const VALID = {
  name: "Kestrel Foods plc",
  country: "GB",
  turnoverAmount: "48000000.50",
  turnoverCurrency: "GBP",
  employeeCount: 900,
  financialYearEndMonth: 2,
  financialYearEndDay: 29,
  jurisdictions: ["US", "GB", "US"],
};

const messagesFor = (input: unknown) => {
  const result = ZOrganizationProfileInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("organisation profile schema", () => {
  it("accepts a full profile and normalises jurisdictions", () => {
    const parsed = ZOrganizationProfileInputSchema.parse(VALID);
    expect(parsed.jurisdictions).toEqual(["GB", "US"]);
    expect(parsed.name).toBe("Kestrel Foods plc");
  });

  it("accepts an empty profile apart from the name", () => {
    expect(
      messagesFor({
        name: "Just a name",
        country: null,
        turnoverAmount: null,
        turnoverCurrency: null,
        employeeCount: null,
        financialYearEndMonth: null,
        financialYearEndDay: null,
        jurisdictions: [],
      }),
    ).toEqual([]);
  });

  it("explains each mistake with a message key", () => {
    expect(messagesFor({ ...VALID, turnoverCurrency: null })).toEqual([
      "validation.turnoverNeedsCurrency",
    ]);
    expect(messagesFor({ ...VALID, financialYearEndMonth: 4, financialYearEndDay: 31 })).toEqual([
      "validation.dayNotInMonth",
    ]);
    expect(messagesFor({ ...VALID, financialYearEndDay: null })).toEqual([
      "validation.yearEndNeedsBoth",
    ]);
    expect(messagesFor({ ...VALID, turnoverAmount: "1e9" })).toEqual(["validation.amount"]);
    expect(messagesFor({ ...VALID, country: "gb" })).toEqual(["validation.countryCode"]);
    expect(messagesFor({ ...VALID, name: "  " })).toEqual(["validation.required"]);
  });
});
