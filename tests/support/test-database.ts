/**
 * A fresh, migrated database for one test run, dropped afterwards: tests never touch a user's
 * data. On the PostgreSQL server named by DATABASE_URL when it is set (CI), otherwise on an
 * in-memory embedded PostgreSQL (PGlite), the same code path the app uses without DATABASE_URL.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";

import pg from "pg";

import { startEmbeddedDatabase } from "@/modules/platform/database/embedded-database";
import { ensureBuiltInReferenceData } from "@/modules/reference/services/ensure-built-in-reference-data";
import { createDb } from "@/server/db";

import { runOrThrow } from "../../scripts/lib/processes";
import { projectRoot } from "../../scripts/lib/serve";

export type TestDatabase = { url: string; kind: "server" | "embedded"; drop: () => Promise<void> };

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });

const withDatabase = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

const adminQuery = async (serverUrl: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

export const migrate = async (databaseUrl: string): Promise<void> => {
  await runOrThrow(
    process.execPath,
    [path.join(projectRoot, "scripts/prisma.mjs"), "migrate", "deploy"],
    {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  // The built-in reference data (goods list, TIP tiers, ISIC, indicators), as `npm start` loads it.
  const db = createDb(databaseUrl, 1);
  try {
    await ensureBuiltInReferenceData({ db, refdataDir: path.join(projectRoot, "refdata") });
  } finally {
    await db.$disconnect();
  }
};

export const createTestDatabase = async ({
  label,
  serverUrl = process.env.DATABASE_URL,
}: {
  label: string;
  serverUrl?: string;
}): Promise<TestDatabase> => {
  if (serverUrl) {
    const name = `fairtrace_test_${label}_${randomBytes(4).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = withDatabase(serverUrl, name);
    await migrate(url);
    return {
      url,
      kind: "server",
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: null,
    port: await freePort(),
    maxConnections: 100,
  });
  await migrate(embedded.url);
  return { url: embedded.url, kind: "embedded", drop: embedded.stop };
};
