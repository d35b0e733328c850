import { describe, expect, it } from "vitest";

import {
  catalogueFiltersFromParams,
  catalogueQueryOf,
  editionQueryOf,
  editionRowsParamsOf,
  paramsFromCatalogueFilters,
  paramsFromEditionRows,
} from "./list-params";

const reader = (query: string) => new URLSearchParams(query);

describe("reference page parameters", () => {
  it("reads the catalogue's filters and writes them back", () => {
    const filters = catalogueFiltersFromParams(
      reader("stage=recruitment&strength=strong&q=+debt+"),
    );
    expect(filters).toEqual({ stage: "recruitment", strength: "strong", search: "debt" });
    expect(catalogueQueryOf(filters)).toEqual(filters);
    expect(paramsFromCatalogueFilters(filters)).toBe("q=debt&stage=recruitment&strength=strong");
  });

  it("drops a bad catalogue parameter instead of failing", () => {
    const filters = catalogueFiltersFromParams(reader("stage=transit&strength=&q="));
    expect(filters).toEqual({ stage: undefined, strength: undefined, search: undefined });
    expect(catalogueQueryOf(filters)).toEqual({});
    expect(paramsFromCatalogueFilters(filters)).toBe("");
  });

  it("reads an edition's page, page size and search", () => {
    const params = editionRowsParamsOf(reader("page=3&pageSize=100&q=Burma"));
    expect(params).toEqual({ page: 3, pageSize: 100, search: "Burma" });
    expect(editionQueryOf("id", params)).toEqual({
      id: "id",
      page: 3,
      pageSize: 100,
      search: "Burma",
    });
    expect(paramsFromEditionRows(params)).toBe("q=Burma&page=3&pageSize=100");
    expect(editionRowsParamsOf(reader("page=-1&pageSize=7"))).toEqual({
      page: 1,
      pageSize: 50,
      search: undefined,
    });
    expect(paramsFromEditionRows({ page: 1, pageSize: 50, search: undefined })).toBe("");
  });
});
