/**
 * The embedded PostgreSQL used when no DATABASE_URL is given: PGlite (PostgreSQL compiled to
 * WebAssembly) served over the ordinary wire protocol by pglite-socket, so the app, the Prisma
 * CLI and psql all connect to it exactly as they would to a PostgreSQL server.
 *
 * Caveats (see STACK.md): all client connections share one database session, so nothing may
 * rely on LISTEN/NOTIFY, advisory locks or session state; row locks and transactions work.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  /** A postgresql:// URL for every client (app, migrations, scripts). */
  url: string;
  /** Where the data lives, or "memory". */
  location: string;
  stop: () => Promise<void>;
};

/**
 * Extensions later migrations may create (trigram similarity for duplicate detection, accent
 * folding, case-insensitive text). PGlite must load them when the instance is created.
 */
const EXTENSIONS = { pg_trgm, unaccent, citext };

export const startEmbeddedDatabase = async ({
  dataDir,
  port,
  maxConnections,
}: {
  /** A directory, or null for an in-memory database (tests). */
  dataDir: string | null;
  port: number;
  maxConnections: number;
}): Promise<EmbeddedDatabase> => {
  const location = dataDir ? path.resolve(dataDir) : "memory";
  if (dataDir) mkdirSync(location, { recursive: true });
  const db = await PGlite.create(dataDir ? location : "memory://", { extensions: EXTENSIONS });
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    location,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
};
