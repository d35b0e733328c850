/**
 * Prisma CLI configuration. The CLI's native schema engine cannot be downloaded on air-gapped
 * machines, so every `prisma` command goes through `scripts/prisma.mjs`, which points
 * PRISMA_SCHEMA_ENGINE_BINARY at our WebAssembly bridge (`scripts/schema-engine-bridge.mjs`).
 */
import { defineConfig } from "prisma/config";

// This file is read by the Prisma CLI only; the app reads configuration through src/env.ts.
// `prisma generate` needs no database, so a placeholder URL keeps it working before one exists.
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://localhost:5432/fairtrace";

export default defineConfig({
  schema: "prisma/schema",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: databaseUrl,
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
