import { describe, expect, it } from "vitest";

import { DEFAULT_FILTERS, filtersFromParams, paramsFromFilters } from "./list-params";

const read = (query: string) => filtersFromParams(new URLSearchParams(query));

describe("suppliers list address", () => {
  it("reads the map's link and repeated or comma-separated values", () => {
    expect(read("country=th").countries).toEqual(["TH"]);
    expect(read("country=TH&country=VN,BD").countries).toEqual(["TH", "VN", "BD"]);
    expect(read("tier=1,4%2B,none&status=active").tiers).toEqual(["1", "4+", "none"]);
    expect(read("risk=critical,high&risk=none").riskBands).toEqual(["critical", "high", "none"]);
  });

  it("reads the risk sort and keeps an unknown band out rather than widening to low", () => {
    expect(read("sort=riskScore&direction=desc")).toMatchObject({
      sort: "riskScore",
      direction: "desc",
    });
    expect(read("risk=severe").riskBands).toEqual([]);
  });

  it("falls back to defaults for bad values, one parameter at a time", () => {
    const filters = read(
      "country=XX&sort=nonsense&page=-2&pageSize=1000&tier=9&risk=extreme&q=acme",
    );
    expect(filters).toEqual({ ...DEFAULT_FILTERS, q: "acme" });
  });

  it("round-trips, leaving defaults out of the address", () => {
    expect(paramsFromFilters(DEFAULT_FILTERS)).toBe("");
    const filters = read(
      "q=mill&country=TH,VN&section=C&division=13&tier=2&status=active&risk=high,none&archived=1&sort=tier&direction=desc&page=3&pageSize=50",
    );
    expect(read(paramsFromFilters(filters))).toEqual(filters);
  });
});
