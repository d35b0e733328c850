import { describe, expect, it } from "vitest";

import { EN_CATALOGUE_FILES } from "./messages";

describe("message catalogues", () => {
  it("never define the same key in two module files (one would silently win)", () => {
    const owners = new Map<string, string>();
    for (const [file, catalogue] of Object.entries(EN_CATALOGUE_FILES)) {
      for (const key of Object.keys(catalogue)) {
        if (key === "errors") continue;
        expect(
          owners.get(key),
          `"${key}" is in both ${owners.get(key)} and ${file}`,
        ).toBeUndefined();
        owners.set(key, file);
      }
      const errors: unknown = Reflect.get(catalogue, "errors");
      for (const key of Object.keys(typeof errors === "object" && errors ? errors : {})) {
        const errorKey = `errors.${key}`;
        expect(owners.get(errorKey), `"${errorKey}" is defined twice`).toBeUndefined();
        owners.set(errorKey, file);
      }
    }
  });
});
