import { describe, expect, it } from "vitest";

import { classOf, legendClasses } from "./legend-scale";

const ranges = (max: number) => legendClasses(max).map(({ from, to }) => [from, to]);

describe("map legend classes", () => {
  it("has no class when nothing is counted", () => {
    expect(legendClasses(0)).toEqual([]);
  });

  it("grows with the largest count, up to five classes", () => {
    expect(ranges(1)).toEqual([[1, 1]]);
    expect(ranges(7)).toEqual([
      [1, 1],
      [2, 4],
      [5, 7],
    ]);
    expect(ranges(100)).toEqual([
      [1, 4],
      [5, 9],
      [10, 49],
      [50, 99],
      [100, 100],
    ]);
    expect(legendClasses(50_000)).toHaveLength(5);
  });

  it("gives the darkest colour to the largest counts and finds each count's class", () => {
    const classes = legendClasses(7);
    expect(classes.at(-1)?.colour).toBe("#134e4a");
    expect(classOf(0, classes)).toBeNull();
    expect(classOf(3, classes)?.from).toBe(2);
    expect(classOf(7, classes)?.from).toBe(5);
  });
});
