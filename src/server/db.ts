/**
 * The one Prisma client of the process, on PostgreSQL through `@prisma/adapter-pg`.
 * Works the same against an external server and against the embedded PGlite that `npm start`
 * serves over the wire protocol: the only difference is DATABASE_URL.
 */
import { PrismaPg } from "@prisma/adapter-pg";

import { env } from "@/env";
import { PrismaClient } from "@/generated/prisma/client";

export { Prisma } from "@/generated/prisma/client";
export type * from "@/generated/prisma/client";

export type Db = PrismaClient;
/** A transaction client: what services receive when they must join the caller's transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the root client or a transaction client. */
export type DbOrTx = Db | Tx;

export const createDb = (databaseUrl: string, poolSize = env.DATABASE_POOL_SIZE): Db =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize }),
    log: env.NODE_ENV === "development" ? ["warn", "error"] : ["error"],
  });

const requireDatabaseUrl = (): string => {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (it runs an embedded PostgreSQL " +
        "when DATABASE_URL is absent) or set DATABASE_URL to your PostgreSQL server.",
    );
  }
  return env.DATABASE_URL;
};

// Next.js dev reloads modules; keep one client (and one pool) per process across reloads.
const globalForDb = globalThis as { fairtraceDb?: Db };

/** The process's client, created on first use so that `next build` needs no database. */
export const getDb = (): Db => {
  globalForDb.fairtraceDb ??= createDb(requireDatabaseUrl());
  return globalForDb.fairtraceDb;
};
