import { describe, expect, it } from "vitest";

import { similarNamePairs, trigramsOf, type NamedRecord } from "./similar-names";

const jaccard = (a: string, b: string) => {
  const x = new Set(trigramsOf(a));
  const y = new Set(trigramsOf(b));
  const shared = [...x].filter((trigram) => y.has(trigram)).length;
  return shared / (x.size + y.size - shared);
};

describe("similar-name join", () => {
  it("forms trigrams like pg_trgm", () => {
    expect(trigramsOf("cat").sort()).toEqual(["  c", " ca", "at ", "cat"].sort());
    expect(trigramsOf("a b")).toEqual(["  a", " a ", "  b", " b "]);
  });

  it("finds every pair at or above the threshold, and only in the same country", async () => {
    const names = [
      "dhaka knit composite",
      "dhaka knit composit",
      "dhaka knitting composite",
      "chittagong denim",
      "chittagong denims",
      "siam seafood",
      "siam sea food",
      "golden tea",
      "sun golden tea",
    ];
    const records: NamedRecord[] = names.map((name, index) => ({
      id: `id-${String(index).padStart(2, "0")}`,
      country: index === 8 ? "TH" : "BD",
      normalizedName: name,
    }));
    const threshold = 0.5;
    const found = (await similarNamePairs({ newRecords: records, allRecords: records, threshold }))
      .map(([a, b]) => [a, b].sort().join("|"))
      .sort();
    // Brute force: the expected pairs.
    const expected: string[] = [];
    for (const [i, a] of records.entries()) {
      for (const b of records.slice(i + 1)) {
        if (a.country === b.country && jaccard(a.normalizedName, b.normalizedName) >= threshold) {
          expected.push([a.id, b.id].sort().join("|"));
        }
      }
    }
    expect(found).toEqual(expected.sort());
    expect(found).toContain("id-00|id-01");
    expect(found.some((pair) => pair.includes("id-08"))).toBe(false);
  });

  it("matches brute force on a larger random set, the new record first in each pair", async () => {
    const words = [
      "textile",
      "mill",
      "garment",
      "knit",
      "dhaka",
      "green",
      "star",
      "cotton",
      "lanka",
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const records: NamedRecord[] = Array.from({ length: 400 }, (_, index) => ({
      id: `r${String(index).padStart(4, "0")}`,
      country: random() < 0.5 ? "BD" : "LK",
      normalizedName: Array.from(
        { length: 1 + Math.floor(random() * 3) },
        () => words[Math.floor(random() * words.length)],
      ).join(" "),
    }));
    const newRecords = records.slice(0, 150);
    const pairs = await similarNamePairs({ newRecords, allRecords: records, threshold: 0.6 });
    const newIds = new Set(newRecords.map((record) => record.id));
    expect(pairs.every(([newId]) => newIds.has(newId))).toBe(true);
    const found = new Set(pairs.map(([a, b]) => [a, b].sort().join("|")));
    const expected = new Set<string>();
    for (const a of newRecords) {
      for (const b of records) {
        if (
          a.id !== b.id &&
          a.country === b.country &&
          jaccard(a.normalizedName, b.normalizedName) >= 0.6
        ) {
          expected.add([a.id, b.id].sort().join("|"));
        }
      }
    }
    expect([...found].sort()).toEqual([...expected].sort());
  });
});
