import { describe, expect, it } from "vitest";

import { listSectors } from "@/modules/reference/sectors";

import { ISIC_SECTIONS, isicSectionOf, isIsicSection } from "./isic";

describe("ISIC division → section table", () => {
  it("agrees with every row of refdata/isic_rev4_sections_divisions.csv", () => {
    const sectors = listSectors();
    for (const sector of sectors)
      expect(isicSectionOf(sector.division), sector.division).toBe(sector.section);
    expect(ISIC_SECTIONS.sort()).toEqual(
      [...new Set(sectors.map((sector) => sector.section))].sort(),
    );
    const divisions = new Set(sectors.map((sector) => sector.division));
    for (let code = 0; code <= 99; code += 1) {
      const division = String(code).padStart(2, "0");
      expect(isicSectionOf(division) !== null, division).toBe(divisions.has(division));
    }
  });

  it("rejects what is not a division or a section", () => {
    expect(isicSectionOf("1")).toBeNull();
    expect(isicSectionOf("ab")).toBeNull();
    expect(isIsicSection("C")).toBe(true);
    expect(isIsicSection("Z")).toBe(false);
  });
});
