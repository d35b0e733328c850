import { describe, expect, it } from "vitest";

import { EnvError, parseEnv } from "./env";

describe("configuration", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.INVITATION_TTL_HOURS).toBe(168);
    expect(env.DEMO_DATA).toBe(true);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("lists every bad variable at once", () => {
    let error: unknown;
    try {
      parseEnv({ DATABASE_URL: "mysql://nope", PORT: "eighty", NEXTAUTH_SECRET: "short" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = error instanceof EnvError ? error.problems : [];
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/DATABASE_URL.*postgresql/);
    expect(problems.join("\n")).toMatch(/PORT/);
    expect(problems.join("\n")).toMatch(/NEXTAUTH_SECRET.*32/);
  });
});
