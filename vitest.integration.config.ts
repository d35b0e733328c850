import path from "node:path";

import { defineConfig } from "vitest/config";

/** Integration tests: real PostgreSQL (or the embedded one), procedures called through tRPC. */
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname, "src") },
  },
  test: {
    include: ["tests/integration/**/*.integration.test.ts"],
    environment: "node",
    globalSetup: ["tests/integration/global-setup.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: "warn" },
  },
});
