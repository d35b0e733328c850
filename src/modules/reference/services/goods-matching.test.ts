import { describe, expect, it } from "vitest";

import { goodAlternatives, goodMatchesProduct, matchListedGoods } from "./goods-matching";

describe("matching products against the DOL goods list", () => {
  it("matches whole words in order, whatever the case, punctuation or plural", () => {
    expect(goodMatchesProduct("Shrimp", "Frozen shrimps")).toBe(true);
    expect(goodMatchesProduct("Rubber Gloves", "Nitrile RUBBER-gloves, powder-free")).toBe(true);
    expect(goodMatchesProduct("Electronics", "Electronic components")).toBe(true);
    expect(goodMatchesProduct("Tomatoes", "Tomato paste")).toBe(true);
    expect(goodMatchesProduct("Bricks", "Fired clay brick")).toBe(true);
  });

  it("never matches inside another word or out of order", () => {
    expect(goodMatchesProduct("Tea", "Beef steak")).toBe(false);
    expect(goodMatchesProduct("Rubber Gloves", "Gloves made of rubber")).toBe(false);
    expect(goodMatchesProduct("Glass", "Glas")).toBe(false);
  });

  it("drops a good's parenthesis and treats a slash as alternatives", () => {
    expect(goodAlternatives("Cobalt ore (heterogenite)")).toEqual([["cobalt", "ore"]]);
    expect(goodAlternatives("Thread/Yarn")).toEqual([["thread"], ["yarn"]]);
    expect(goodMatchesProduct("Cobalt ore (heterogenite)", "Cobalt ore concentrate")).toBe(true);
    expect(goodMatchesProduct("Thread/Yarn", "Cotton yarn")).toBe(true);
    expect(goodMatchesProduct("Furniture (steel)", "Steel beams")).toBe(false);
  });

  it("ignores accents, so products typed either way match", () => {
    expect(goodMatchesProduct("Açaí Berries", "acai berry pulp")).toBe(true);
  });

  it("returns the entries any product matches", () => {
    const entries = [{ good: "Gold" }, { good: "Fish" }, { good: "Garments" }];
    expect(matchListedGoods(entries, ["Dried fish", "gold jewellery"])).toEqual([
      { good: "Gold" },
      { good: "Fish" },
    ]);
  });

  it("answers a repeated question the same way, per list of entries", () => {
    const malaysia = [{ good: "Rubber Gloves" }, { good: "Palm Fruit" }];
    const thailand = [{ good: "Shrimp" }, { good: "Rubber Gloves" }];
    const products = ["Nitrile rubber gloves", "Frozen shrimp"];
    for (let round = 0; round < 2; round += 1) {
      expect(matchListedGoods(malaysia, products)).toEqual([{ good: "Rubber Gloves" }]);
      expect(matchListedGoods(thailand, products)).toEqual(thailand);
      expect(matchListedGoods(thailand, ["Palm oil"])).toEqual([]);
    }
    // The same entries (not copies) come back, as the first time.
    expect(matchListedGoods(malaysia, products)[0]).toBe(malaysia[0]);
  });
});
