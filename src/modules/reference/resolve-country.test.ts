import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import countries from "i18n-iso-countries";

import { resolveCountryCode } from "./resolve-country";
import { REFERENCE_DATASETS } from "./schemas";
import { parseBuiltInEdition } from "./services/built-in-editions";

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
      ["Congo", "CG"],
      ["Congo, the Democratic Republic of the", "CD"],
      ["Congo, Democratic Republic of the", "CD"],
      ["Republic of Congo", "CG"],
      ["Turkey (Türkiye)", "TR"],
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

  it("maps every country cell of every file in refdata/", () => {
    // Every column whose name says "country" (country, countryname, derived_country …) in every
    // CSV, and every such key in every JSON file, so that a new file or column is covered
    // without editing this test.
    const checked: string[] = [];
    const unmapped: string[] = [];
    const isCountryKey = (key: string) => /country/i.test(key);
    const checkValue = (where: string, key: string, value: unknown) => {
      if (typeof value !== "string" || value.trim() === "") return;
      // The goods list writes "No" in derived_country for goods that are not derived ones.
      if (key === "derived_country" && value === "No") return;
      if (!resolveCountryCode(value)) unmapped.push(`${where} ${key}: ${value}`);
    };
    const walkJson = (where: string, node: unknown) => {
      if (Array.isArray(node)) {
        node.forEach((child, index) => walkJson(`${where}[${index}]`, child));
      } else if (typeof node === "object" && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (isCountryKey(key)) checkValue(where, key, value);
          walkJson(`${where}.${key}`, value);
        }
      }
    };
    for (const file of readdirSync(refdata, { recursive: true, encoding: "utf8" }).sort()) {
      if (file.endsWith(".csv")) {
        const rows = readCsv(file);
        const columns = Object.keys(rows[0] ?? {}).filter(isCountryKey);
        for (const column of columns) checked.push(`${file}:${column}`);
        rows.forEach((row, index) => {
          for (const column of columns) checkValue(`${file} row ${index + 2}`, column, row[column]);
        });
      } else if (file.endsWith(".json")) {
        checked.push(file);
        walkJson(file, JSON.parse(readFileSync(path.join(refdata, file), "utf8")));
      }
    }
    // The country columns of the goods list and of the three TIP files, and the catalogue.
    expect(checked).toEqual(
      expect.arrayContaining([
        "ilab_list_of_goods_2022.csv:country",
        "ilab_list_of_goods_2022.csv:derived_country",
        "tip_tiers_2025_factbook_t2wl_t3.csv:country",
        "tip_t2wl_t3_2022_2025_factbook_world.csv:country",
        "tip_tiers_2001_2015_kelley_heiss.csv:countryname",
        "indicators/indicator_catalogue.json",
      ]),
    );
    expect([...new Set(unmapped)]).toEqual([]);
  });

  it("maps every row of every built-in edition, as the loader parses it", () => {
    const problems = REFERENCE_DATASETS.flatMap(
      (dataset) => parseBuiltInEdition(dataset, refdata).problems,
    );
    // Each problem names the file, the row number and the value that did not map.
    expect(problems).toEqual([]);
  });

  it("maps each Kelley & Heiss name to the country of the file's own ISO code", () => {
    const mismatched: string[] = [];
    for (const row of readCsv("tip_tiers_2001_2015_kelley_heiss.csv")) {
      const iso = row.iso === "KOS" ? "XK" : countries.alpha3ToAlpha2(row.iso ?? "");
      const resolved = resolveCountryCode(row.countryname);
      if (resolved !== iso) mismatched.push(`${row.countryname} (${row.iso}) → ${resolved}`);
    }
    expect([...new Set(mismatched)]).toEqual([]);
  });
});
