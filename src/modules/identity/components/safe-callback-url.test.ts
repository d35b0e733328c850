import { describe, expect, it } from "vitest";

import { safeCallbackUrl } from "./safe-callback-url";

describe("post-sign-in destination", () => {
  it("allows same-site paths only", () => {
    expect(safeCallbackUrl("/members?x=1")).toBe("/members?x=1");
    expect(safeCallbackUrl("https://evil.example/")).toBe("/");
    expect(safeCallbackUrl("//evil.example")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(null, "/organizations")).toBe("/organizations");
  });
});
