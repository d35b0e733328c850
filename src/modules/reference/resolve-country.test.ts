import { readFileSync } from "node:fs";
import path from "node:path";

import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { resolveCountryCode } from "./resolve-country";

const refdata = path.resolve(import.meta.dirname, "../../../refdata");

const readCsv = (file: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(refdata, file), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe("country resolution", () => {
  it("reads codes, names, aliases and other scripts", () => {
    const cases: [string, string][] = [
      ["gb", "GB"],
      ["UK", "GB"],
      ["GBR", "GB"],
      ["826", "GB"],
      ["United Kingdom", "GB"],
      ["Burma", "MM"],
      ["Côte d'Ivoire", "CI"],
      ["COTE D IVOIRE", "CI"],
      ["DRC", "CD"],
      ["Congo (Brazzaville)", "CG"],
      ["Türkiye", "TR"],
      ["Curacao", "CW"],
      ["  viet   nam ", "VN"],
      ["The Netherlands", "NL"],
      ["ประเทศไทย", "TH"],
      ["ไทย", "TH"],
      ["中国", "CN"],
      ["বাংলাদেশ", "BD"],
      ["Malasia", "MY"],
      ["Polska", "PL"],
      ["Sverige", "SE"],
      ["Deutschland", "DE"],
      ["Türkei", "TR"],
      ["Россия", "RU"],
    ];
    for (const [input, code] of cases) expect(resolveCountryCode(input), input).toBe(code);
  });

  it("refuses what is not a country", () => {
    for (const input of ["", "  ", "XX", "Atlantis", "N/A", "123456"]) {
      expect(resolveCountryCode(input), input).toBeNull();
    }
  });

  it("maps every country named in every reference file", () => {
    const unmapped: string[] = [];
    const check = (file: string, column: string) => {
      for (const row of readCsv(file)) {
        const name = row[column];
        if (name && !resolveCountryCode(name)) unmapped.push(`${file}: ${name}`);
      }
    };
    check("ilab_list_of_goods_2022.csv", "country");
    check("tip_tiers_2025_factbook_t2wl_t3.csv", "country");
    check("tip_t2wl_t3_2022_2025_factbook_world.csv", "country");
    check("tip_tiers_2001_2015_kelley_heiss.csv", "countryname");
    expect([...new Set(unmapped)]).toEqual([]);
  });
});
