import { describe, expect, it } from "vitest";

import {
  parseAmountWithCurrency,
  parseCorridors,
  parseCountry,
  parseCountryList,
  parseCurrency,
  parseDate,
  parseDecimal,
  parseList,
  parsePercent,
  parseSector,
  parseYesNo,
} from "./values";

const value = <T>(parsed: { value: T } | { error: string } | null): T | null | string =>
  parsed === null ? null : "error" in parsed ? `error:${parsed.error}` : parsed.value;

describe("parseDecimal", () => {
  it.each([
    ["1,234,567.89", "1234567.89"],
    ["1.234.567,89", "1234567.89"],
    ["1 234 567,89", "1234567.89"],
    ["1\u00a0234,5", "1234.5"],
    ["1'234'567.89", "1234567.89"],
    ["1,234", "1234"],
    ["12,5", "12.5"],
    ["1.5", "1.5"],
    ["1.234", "1.234"],
    ["$1,200", "1200"],
    ["(1,200.50)", "-1200.5"],
    ["-3", "-3"],
    ["007", "7"],
    ["0.50", "0.5"],
  ])("reads %s as %s", (input, expected) => {
    expect(value(parseDecimal(input))).toBe(expected);
  });

  it("reads a dotted group of three as thousands in an amount of money", () => {
    expect(value(parseDecimal("250.000", { maxDecimals: 2 }))).toBe("250000");
  });

  it.each(["abc", "1,2,3.4.5", "12a", "1.2.3,4,5"])("rejects %s", (input) => {
    expect(value(parseDecimal(input))).toBe("error:imports.rowErrors.notANumber");
  });

  it("treats blank as not given", () => {
    expect(parseDecimal("  ")).toBeNull();
  });
});

describe("parseAmountWithCurrency", () => {
  it.each([
    ["USD 1,200,000", { amount: "1200000", currency: "USD" }],
    ["1.200.000 EUR", { amount: "1200000", currency: "EUR" }],
    ["€ 98,500", { amount: "98500", currency: "EUR" }],
    ["£3,500.00", { amount: "3500", currency: "GBP" }],
    ["250.000", { amount: "250000", currency: null }],
    ["7,5", { amount: "7.5", currency: null }],
  ])("reads %s", (input, expected) => {
    expect(value(parseAmountWithCurrency(input))).toEqual(expected);
  });
});

describe("parsePercent", () => {
  it.each([
    ["35%", 35],
    ["35 %", 35],
    ["35", 35],
    ["0.35", 35],
    ["0,35", 35],
    ["0.5%", 0.5],
    ["100", 100],
    ["12.345", 12.35],
  ])("reads %s as %d", (input, expected) => {
    expect(value(parsePercent(input))).toBe(expected);
  });

  it("rejects text", () => {
    expect(value(parsePercent("many"))).toBe("error:imports.rowErrors.notAPercentage");
  });
});

describe("parseYesNo", () => {
  it.each([
    ["Yes", true],
    ["y", true],
    ["TRUE", true],
    ["oui", true],
    ["Sí", true],
    ["ja", true],
    ["ใช่", true],
    ["是", true],
    ["হ্যাঁ", true],
    ["No", false],
    ["nein", false],
    ["tidak", false],
    ["否", false],
    ["না", false],
    ["unknown", null],
    ["n/a", null],
  ])("reads %s", (input, expected) => {
    expect(value(parseYesNo(input))).toBe(expected);
  });

  it("rejects anything else", () => {
    expect(value(parseYesNo("perhaps"))).toBe("error:imports.rowErrors.notYesNo");
  });
});

describe("lists and countries", () => {
  it("splits lists on ; | and new lines", () => {
    expect(parseList("cotton; polyester | dye\nthread;;")).toEqual([
      "cotton",
      "polyester",
      "dye",
      "thread",
    ]);
  });

  it.each([
    ["Thailand", "TH"],
    ["ประเทศไทย", "TH"],
    ["泰国", "TH"],
    ["বাংলাদেশ", "BD"],
    ["Côte d’Ivoire", "CI"],
    ["Deutschland", "DE"],
    ["UK", "GB"],
    ["VNM", "VN"],
    ["Country/Region of nowhere", "error:imports.rowErrors.unknownCountry"],
  ])("reads the country %s", (input, expected) => {
    expect(value(parseCountry(input))).toBe(expected);
  });

  it("reads country lists with any separator", () => {
    expect(value(parseCountryList("Nepal; Malaysia"))).toEqual(["NP", "MY"]);
    expect(value(parseCountryList("NP, MY, NP"))).toEqual(["NP", "MY"]);
    expect(value(parseCountryList("Korea, Republic of"))).toEqual(["KR"]);
  });
});

describe("parseCorridors", () => {
  it("reads codes, names and arrows", () => {
    expect(value(parseCorridors("NP>MY; MM>TH | Nepal → Qatar; RO->GB; NP > MY"))).toEqual([
      { originCountry: "NP", destinationCountry: "MY" },
      { originCountry: "MM", destinationCountry: "TH" },
      { originCountry: "NP", destinationCountry: "QA" },
      { originCountry: "RO", destinationCountry: "GB" },
    ]);
  });

  it("rejects a corridor without a destination or with an unknown country", () => {
    expect(value(parseCorridors("NP"))).toBe("error:imports.rowErrors.badCorridor");
    expect(value(parseCorridors("NP>Atlantis"))).toBe("error:imports.rowErrors.badCorridor");
  });
});

describe("parseSector", () => {
  it.each([
    ["C", { section: "C", division: null }],
    ["13", { section: "C", division: "13" }],
    ["C13", { section: "C", division: "13" }],
    ["C 13", { section: "C", division: "13" }],
    ["1392", { section: "C", division: "13" }],
    ["01 - Crop and animal production", { section: "A", division: "01" }],
    ["C - Manufacturing", { section: "C", division: null }],
  ])("reads %s", (input, expected) => {
    expect(value(parseSector(input))).toEqual(expected);
  });

  it.each(["Z", "A13", "Cotton", "00", "123"])("rejects %s", (input) => {
    expect(value(parseSector(input))).toBe("error:imports.rowErrors.unknownSector");
  });
});

describe("parseCurrency and parseDate", () => {
  it.each([
    ["usd", "USD"],
    ["€", "EUR"],
    ["RM", "MYR"],
    ["Thai Baht", "THB"],
    ["dollars-ish", "error:imports.rowErrors.unknownCurrency"],
  ])("reads the currency %s", (input, expected) => {
    expect(value(parseCurrency(input))).toBe(expected);
  });

  it.each([
    ["2024-01-15", "2024-01-15"],
    ["2024-01-15T00:00:00Z", "2024-01-15"],
    ["15/01/2024", "2024-01-15"],
    ["01/31/2024", "2024-01-31"],
    ["15.01.2024", "2024-01-15"],
    ["15 Jan 2024", "2024-01-15"],
    ["Jan 15, 2024", "2024-01-15"],
    ["45306", "2024-01-15"],
    ["2024-02-30", "error:imports.rowErrors.notADate"],
    ["soon", "error:imports.rowErrors.notADate"],
  ])("reads the date %s", (input, expected) => {
    expect(value(parseDate(input))).toBe(expected);
  });
});
