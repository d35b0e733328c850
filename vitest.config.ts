import path from "node:path";

import { defineConfig } from "vitest/config";

/** Unit tests: pure logic, no database, colocated as *.test.ts. */
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname, "src") },
  },
  test: {
    include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    env: { LOG_LEVEL: "silent" },
  },
});
