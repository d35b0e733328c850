import { describe, expect, it } from "vitest";

import en from "../../../messages/en/imports.json";
import { foldHeader } from "./fields";
import { isMappingComplete, mappingProblems, suggestMapping } from "./suggest-mapping";

const labels = (entity: "suppliers" | "sites" | "recruiters"): Record<string, string> =>
  Object.fromEntries(
    Object.entries(en.imports.fields[entity]).map(([key, { label }]) => [key, label]),
  );

describe("foldHeader", () => {
  it("ignores case, accents, punctuation and spacing", () => {
    expect(foldHeader("  Country/Region ")).toBe("country region");
    expect(foldHeader("Reg. No.")).toBe("reg no");
    expect(foldHeader("RAISON_SOCIALE")).toBe("raison sociale");
    expect(foldHeader("Pays (Côte)")).toBe("pays cote");
    expect(foldHeader("Migrant %")).toBe("migrant %");
  });
});

describe("suggestMapping", () => {
  it("recognises the usual supplier headers", () => {
    const mapping = suggestMapping({
      entity: "suppliers",
      labels: labels("suppliers"),
      headers: [
        "Vendor",
        "Country/Region",
        "VAT number",
        "Website",
        "ISIC",
        "Annual spend (USD)",
        "Currency",
        "Trading name",
        "Internal code",
      ],
    });
    expect(mapping).toEqual({
      legalName: "Vendor",
      country: "Country/Region",
      registrationId: "VAT number",
      website: "Website",
      sector: "ISIC",
      annualSpend: "Annual spend (USD)",
      currency: "Currency",
      otherNames: "Trading name",
    });
  });

  it.each([
    ["Supplier name", "legalName"],
    ["COMPANY", "legalName"],
    ["Legal entity", "legalName"],
    ["Registration no.", "registrationId"],
    ["Tax ID", "registrationId"],
    ["Country / region", "country"],
  ])("maps %s to %s", (header, field) => {
    expect(suggestMapping({ entity: "suppliers", labels: {}, headers: [header] })).toEqual({
      [field]: header,
    });
  });

  it("recognises its own export headers exactly, for every entity", () => {
    for (const entity of ["suppliers", "sites", "recruiters"] as const) {
      const own = labels(entity);
      const mapping = suggestMapping({ entity, labels: own, headers: Object.values(own) });
      expect(mapping, entity).toEqual(own);
    }
  });

  it("gives each header to one field only, the closest match first", () => {
    const mapping = suggestMapping({
      entity: "sites",
      labels: labels("sites"),
      headers: ["Supplier", "Name", "Country", "Supplier country", "Type"],
    });
    expect(mapping).toEqual({
      supplierLegalName: "Supplier",
      name: "Name",
      country: "Country",
      supplierCountry: "Supplier country",
      siteType: "Type",
    });
  });

  it("tells which required fields are missing", () => {
    expect(mappingProblems("suppliers", { legalName: "Name" })).toEqual({
      missingRequired: ["country"],
      needsSupplierReference: false,
    });
    expect(mappingProblems("sites", { name: "a", country: "b", siteType: "c" })).toEqual({
      missingRequired: [],
      needsSupplierReference: true,
    });
    expect(isMappingComplete("recruiters", { name: "Agency" })).toBe(true);
  });
});
