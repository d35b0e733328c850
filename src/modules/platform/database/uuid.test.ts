import { describe, expect, it } from "vitest";

import { uuidv7 } from "./uuid";

describe("uuidv7", () => {
  it("is a version 7, RFC 4122 variant UUID whose first 48 bits are the time in milliseconds", () => {
    const before = Date.now();
    const id = uuidv7();
    const after = Date.now();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const time = Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(after);
  });

  it("orders by creation time across milliseconds and never repeats", async () => {
    const first = Array.from({ length: 1000 }, uuidv7);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = uuidv7();
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((id) => id < second)).toBe(true);
  });
});
