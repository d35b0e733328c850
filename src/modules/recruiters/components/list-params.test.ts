import { describe, expect, it } from "vitest";

import { findInputFromParams, paramsFromFindInput } from "./list-params";

const reader = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};

describe("recruiter list parameters", () => {
  it("round-trips filters, sort and page through the address, leaving defaults out", () => {
    const input = findInputFromParams(
      reader("q=maju&country=np&flag=licence_revoked&sort=updatedAt&direction=desc&page=3"),
    );
    expect(input).toMatchObject({
      q: "maju",
      country: "NP",
      flag: "licence_revoked",
      sort: "updatedAt",
      direction: "desc",
      page: 3,
      pageSize: 25,
      status: "active",
    });
    expect(paramsFromFindInput(input)).toBe(
      "q=maju&country=NP&flag=licence_revoked&sort=updatedAt&direction=desc&page=3",
    );
    expect(paramsFromFindInput(findInputFromParams(reader("")))).toBe("");
  });

  it("falls back to the default for each odd parameter instead of failing", () => {
    expect(
      findInputFromParams(reader("country=XX&flag=bad&page=-2&pageSize=7&sort=evil&type=spy")),
    ).toMatchObject({ country: null, flag: null, page: 1, pageSize: 25, sort: "name", type: null });
  });
});
