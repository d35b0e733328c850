import { describe, expect, it } from "vitest";

import { toCsv } from "./csv";

describe("CSV for chart tables", () => {
  it("quotes what needs quoting and keeps non-Latin text", () => {
    expect(
      toCsv([
        ["Country", "Suppliers"],
        ["Côte d'Ivoire", 3],
        ['Korea, "South"', 1],
        ["ไทย", null],
      ]),
    ).toBe('Country,Suppliers\r\nCôte d\'Ivoire,3\r\n"Korea, ""South""",1\r\nไทย,\r\n');
  });

  it("makes spreadsheet formulas inert", () => {
    expect(toCsv([["=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", -3]])).toBe(
      "'=HYPERLINK(1),'+1,'-2,'@SUM(A1),-3\r\n",
    );
  });
});
