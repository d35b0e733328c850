/**
 * `npm start`: everything a new user needs in one command.
 *
 *  1. validates the configuration (src/env.ts);
 *  2. uses the PostgreSQL at DATABASE_URL, or starts the embedded one (PGlite, data in .data/);
 *  3. applies the migrations (Prisma CLI through the WebAssembly engine bridge);
 *  4. adds the demo data when the database holds no real organisation (DEMO_DATA=false skips it);
 *  5. builds the app if the sources changed since the last build, then serves it
 *     (`npm run dev` serves it in development mode instead);
 *  6. prints the address and the demo sign-ins.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { env } from "@/env";
import {
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from "@/modules/platform/database/embedded-database";
import { ensureBuiltInReferenceData } from "@/modules/reference/services/ensure-built-in-reference-data";
import { createDb } from "@/server/db";

import {
  DemoDataRefusedError,
  formatDemoCredentials,
  seedDemoData,
  type DemoCredentials,
} from "../prisma/demo/demo-data";
import { redactUrl } from "./lib/processes";
import { applyMigrations, buildIfNeeded, projectRoot, serveApp } from "./lib/serve";

const isDev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[fairtrace] ${message}`);

/** A stable session-signing secret for local use, kept in .data/ so sessions survive restarts. */
const localAuthSecret = (): string => {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(projectRoot, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  log("NEXTAUTH_SECRET is not set: generated one in .data/auth-secret (set it in production).");
  return secret;
};

const resolveDatabase = async (): Promise<{ url: string; embedded: EmbeddedDatabase | null }> => {
  if (env.DATABASE_URL) {
    log(`Database: PostgreSQL at ${redactUrl(env.DATABASE_URL)} (from DATABASE_URL)`);
    return { url: env.DATABASE_URL, embedded: null };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: path.resolve(projectRoot, env.EMBEDDED_DATABASE_DIR),
    port: env.EMBEDDED_DATABASE_PORT,
    maxConnections: env.EMBEDDED_DATABASE_MAX_CONNECTIONS,
  });
  log(
    `Database: embedded PostgreSQL (PGlite) with data in ${embedded.location}, ` +
      `served on 127.0.0.1:${env.EMBEDDED_DATABASE_PORT} (set DATABASE_URL to use your own server)`,
  );
  return { url: embedded.url, embedded };
};

/** The built-in reference editions from refdata/ (a no-op when they are loaded already). */
const loadReferenceData = async (databaseUrl: string): Promise<void> => {
  const db = createDb(databaseUrl, 1);
  try {
    const loaded = await ensureBuiltInReferenceData({
      db,
      refdataDir: path.join(projectRoot, "refdata"),
    });
    const added = loaded.filter((result) => result.isNew).map((result) => result.dataset);
    if (added.length > 0) log(`Reference data loaded: ${added.join(", ")}`);
  } finally {
    await db.$disconnect();
  }
};

const addDemoData = async (databaseUrl: string): Promise<DemoCredentials | null> => {
  if (!env.DEMO_DATA) return null;
  const db = createDb(databaseUrl, 1);
  try {
    return await seedDemoData({ db });
  } catch (error) {
    if (error instanceof DemoDataRefusedError) {
      log("Demo data skipped: this database holds real organisations.");
      return null;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
};

const main = async () => {
  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const { url: databaseUrl, embedded } = await resolveDatabase();
  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
  };
  try {
    const childEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: localAuthSecret(),
      NEXTAUTH_URL: appUrl,
      APP_URL: appUrl,
      PORT: String(env.PORT),
      // See createDb: the embedded database needs a single connection per process.
      ...(embedded ? { DATABASE_POOL_SIZE: "1" } : {}),
    };
    log("Applying database migrations…");
    await applyMigrations(childEnv);
    await loadReferenceData(databaseUrl);
    const credentials = await addDemoData(databaseUrl);
    if (!isDev) await buildIfNeeded(childEnv, log);

    const server = await serveApp({ childEnv, port: env.PORT, isDev });
    let isStopping = false;
    const stop = async (code: number) => {
      if (isStopping) return;
      isStopping = true;
      server.kill("SIGTERM");
      await stopDatabase();
      process.exit(code);
    };
    process.on("SIGINT", () => void stop(0));
    process.on("SIGTERM", () => void stop(0));
    server.on("exit", (code) => void stop(code ?? 1));

    console.log(
      [
        "",
        "─".repeat(72),
        `Fairtrace is running at ${appUrl}`,
        ...(credentials
          ? ["", "Sign in with any of these demo accounts:", formatDemoCredentials(credentials)]
          : []),
        "",
        "Stop it with Ctrl+C.",
        "─".repeat(72),
        "",
      ].join("\n"),
    );
  } catch (error) {
    await stopDatabase();
    throw error;
  }
};

main().catch((error: unknown) => {
  console.error("[fairtrace] Start failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
