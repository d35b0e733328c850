/**
 * The Prisma CLI runs on our WebAssembly schema-engine bridge (scripts/schema-engine-bridge.mjs,
 * started by scripts/prisma.mjs). This test deploys the repository's real migrations to a fresh
 * database and checks, through the same bridge, that they produce exactly prisma/schema (no
 * drift), and that drift is detected when the schema moves ahead of the migrations.
 *
 * Database: a fresh one from `createTestDatabase` (on the server at DATABASE_URL, or an embedded
 * PostgreSQL), migrated through the bridge. `--from-migrations` needs a shadow database: on a
 * server the bridge creates and drops a temporary one itself; for the embedded database (one
 * database per server) a second, in-memory embedded server plays that part.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from "@/modules/platform/database/embedded-database";

import { createTestDatabase, freePort, type TestDatabase } from "../support/test-database";

const root = fileURLToPath(new URL("../..", import.meta.url));
const schemaDir = path.join(root, "prisma/schema");
const migrationsDir = path.join(root, "prisma/migrations");

type RunResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs `node scripts/prisma.mjs ARGS` in the repository root against `databaseUrl`. Without a
 * `shadowUrl` the bridge creates (and drops) a temporary shadow database on the same server,
 * and never touches a shadow database configured for something else.
 */
const prisma = (args: string[], databaseUrl: string, shadowUrl?: string): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const { SHADOW_DATABASE_URL: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, [path.join(root, "scripts/prisma.mjs"), ...args], {
      cwd: root,
      env: {
        ...env,
        DATABASE_URL: databaseUrl,
        ...(shadowUrl ? { SHADOW_DATABASE_URL: shadowUrl } : {}),
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });

const describeRun = (run: RunResult): string =>
  `exit code ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

describe("Prisma CLI on the Wasm schema-engine bridge", () => {
  let database: TestDatabase;
  let shadow: EmbeddedDatabase | null = null;

  beforeAll(async () => {
    const entries = existsSync(migrationsDir)
      ? await readdir(migrationsDir, { withFileTypes: true })
      : [];
    const migrations = entries.filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")),
    );
    if (migrations.length === 0) {
      throw new Error(
        `No migrations in ${migrationsDir}: create them with ` +
          "`node scripts/prisma.mjs migrate dev --name init` before running this test.",
      );
    }
    // Applies every migration to an empty database through the bridge (`migrate deploy`).
    database = await createTestDatabase({ label: "bridge" });
    if (database.kind === "embedded") {
      shadow = await startEmbeddedDatabase({
        dataDir: null,
        port: await freePort(),
        maxConnections: 10,
      });
    }
  });

  afterAll(async () => {
    await shadow?.stop();
    await database.drop();
  });

  it("reports the deployed database as up to date", async () => {
    const status = await prisma(["migrate", "status"], database.url);
    expect(status.code, describeRun(status)).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date!");
  });

  it("finds no drift between prisma/migrations and prisma/schema", async () => {
    const diff = await prisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema",
        "--exit-code",
      ],
      database.url,
      shadow?.url,
    );
    expect(diff.code, describeRun(diff)).toBe(0);
    expect(diff.stdout).toContain("No difference detected.");
  });

  it("detects drift when the schema has a model the migrations lack", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "fairtrace-drift-"));
    try {
      for (const file of await readdir(schemaDir)) {
        if (file.endsWith(".prisma"))
          await copyFile(path.join(schemaDir, file), path.join(dir, file));
      }
      await writeFile(
        path.join(dir, "drift.prisma"),
        'model DriftProbe {\n  id String @id\n\n  @@map("drift_probes")\n}\n',
      );
      const diff = await prisma(
        [
          "migrate",
          "diff",
          "--from-migrations",
          "prisma/migrations",
          "--to-schema",
          dir,
          "--exit-code",
        ],
        database.url,
        shadow?.url,
      );
      expect(diff.code, describeRun(diff)).toBe(2);
      expect(diff.stdout).toContain("drift_probes");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
