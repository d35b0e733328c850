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

/**
 * A client with its own pool. With the embedded database the pool must be 1 (`npm start` sets
 * DATABASE_POOL_SIZE=1): pglite-socket interleaves the extended-protocol messages of concurrent
 * connections (electric-sql/pglite#1046), which corrupts queries. PGlite runs one query at a
 * time anyway, so one connection costs nothing; transactions then wait longer for it.
 */
export const createDb = (databaseUrl: string, poolSize = env.DATABASE_POOL_SIZE): Db =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize }),
    log: env.NODE_ENV === "development" ? ["warn", "error"] : ["error"],
    transactionOptions: { maxWait: poolSize === 1 ? 30_000 : 5_000 },
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
