#!/usr/bin/env node
// Runs the stock Prisma CLI with our WebAssembly schema-engine bridge instead of the native
// engine, which Prisma would download from a host these machines cannot reach.
// See scripts/schema-engine-bridge.mjs for how the bridge works.
import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const bridge = path.join(here, "schema-engine-bridge.mjs");

// The CLI executes the bridge directly, so it needs its executable bit (lost by some copies).
try {
  accessSync(bridge, constants.X_OK);
} catch {
  chmodSync(bridge, 0o755);
}

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: bridge,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
