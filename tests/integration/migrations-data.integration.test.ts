/**
 * Migrations that move data keep it: a database at the migration before one is given rows,
 * then that migration runs, and the rows are where the new schema keeps them. The SQL files are
 * applied as `migrate deploy` applies them (each whole, in order), on a database of their own.
 */
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";

import { startEmbeddedDatabase } from "@/modules/platform/database/embedded-database";

import { freePort } from "../support/test-database";

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** An empty database (no migrations applied), on the test server or embedded. */
const emptyDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase({
      dataDir: null,
      port: await freePort(),
      maxConnections: 10,
    });
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `fairtrace_test_migration_${randomBytes(4).toString("hex")}`;
  const admin = (sql: string) =>
    withClient(serverUrl, (client) => client.query(sql).then(() => undefined));
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
};

/** The migrations in the order they apply, split at `name`: those before it, and it. */
const migrationsUpTo = async (name: string) => {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`no migration ${name}`);
  const sql = (migration: string) =>
    readFile(path.join(migrationsDir, migration, "migration.sql"), "utf8");
  return {
    before: await Promise.all(names.slice(0, index).map(sql)),
    target: await sql(name),
  };
};

describe("[MIGRATIONS] data moved by a migration is kept", () => {
  let drop: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await drop?.();
    drop = null;
  });

  /** A new database with the migrations `before` applied and two organisations, for `work`. */
  const atMigration = async (
    before: readonly string[],
    work: (client: pg.Client, organizationIds: (string | undefined)[]) => Promise<void>,
  ) => {
    const database = await emptyDatabase();
    drop = database.drop;
    await withClient(database.url, async (client) => {
      for (const sql of before) await client.query(sql);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO organizations (id, name, updated_at)
         VALUES (gen_random_uuid(), 'Northwind', now()), (gen_random_uuid(), 'Southwind', now())
         RETURNING id::text`,
      );
      await work(
        client,
        rows.map((row) => row.id),
      );
    });
  };

  it("20261129200000 moves each supplier's current score and band to supplier_current_risks", async () => {
    const { before, target } = await migrationsUpTo("20261129200000_supplier_current_risks");
    await atMigration(before, async (client, [north, south]) => {
      const supplier = (organizationId: string | undefined, name: string, score: string) =>
        client.query(
          `INSERT INTO suppliers (id, organization_id, legal_name, normalized_name, country,
             risk_score, risk_band, updated_at)
           VALUES (gen_random_uuid(), $1, $2, lower($2), 'MY', ${score}, now())`,
          [organizationId, name],
        );
      await supplier(north, "Klang Gloves", "64, 'high'");
      await supplier(north, "Not Scored Yet", "NULL, NULL");
      await supplier(south, "Andaman Seafood", "82, 'critical'");

      await client.query(target);

      const moved = await client.query<{
        organization: string;
        legal_name: string;
        risk_score: number;
        risk_band: string;
      }>(
        `SELECT organization.name AS organization, supplier.legal_name, risk.risk_score,
           risk.risk_band::text
         FROM supplier_current_risks risk
         JOIN suppliers supplier ON supplier.id = risk.supplier_id
           AND supplier.organization_id = risk.organization_id
         JOIN organizations organization ON organization.id = risk.organization_id
         ORDER BY supplier.legal_name`,
      );
      expect(moved.rows).toEqual([
        {
          organization: "Southwind",
          legal_name: "Andaman Seafood",
          risk_score: 82,
          risk_band: "critical",
        },
        {
          organization: "Northwind",
          legal_name: "Klang Gloves",
          risk_score: 64,
          risk_band: "high",
        },
      ]);
      const columns = await client.query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'suppliers' AND column_name IN ('risk_score', 'risk_band')`,
      );
      expect(columns.rows).toEqual([]);
    });
  });

  it("20261129220000 keeps each score's basis, stored once per organisation and distinct basis", async () => {
    const { before, target } = await migrationsUpTo("20261129220000_risk_score_bases");
    await atMigration(before, async (client, [north, south]) => {
      const edition = (id: string, name: string) => ({
        dataset: "tip_tiers",
        id,
        edition: name,
        source: "US Department of State, Trafficking in Persons Report",
      });
      const tip2024 = edition("0192c0de-0000-7000-8000-000000000001", "TIP 2022–2024");
      const tip2025 = edition("0192c0de-0000-7000-8000-000000000002", "TIP 2025");
      const score = (organizationId: string | undefined, points: number, basis: object) =>
        client.query(
          `INSERT INTO risk_scores (id, organization_id, subject, subject_id, inherent_score,
             inherent_band, residual_score, residual_band, factors, unknowns, basis, is_current,
             computed_at)
           VALUES (gen_random_uuid(), $1, 'supplier', gen_random_uuid(), $2, 'high', $2, 'high',
             '[]', '[]', $3, false, now())`,
          [organizationId, points, JSON.stringify(basis)],
        );
      // Northwind: three scores under two bases (one of them twice); Southwind: the same
      // basis as Northwind's first, which stays its own organisation's row.
      await score(north, 60, { settingsVersion: 0, editions: [tip2024] });
      await score(north, 61, { settingsVersion: 0, editions: [tip2024] });
      await score(north, 62, { settingsVersion: 3, editions: [tip2025] });
      await score(south, 63, { settingsVersion: 0, editions: [tip2024] });

      await client.query(target);

      const kept = await client.query<{ organization: string; points: number; basis: object }>(
        `SELECT organization.name AS organization, score.residual_score AS points,
           json_build_object('settingsVersion', basis.settings_version,
             'editions', basis.editions) AS basis
         FROM risk_scores score
         JOIN risk_score_bases basis ON basis.id = score.basis_id
           AND basis.organization_id = score.organization_id
         JOIN organizations organization ON organization.id = score.organization_id
         ORDER BY score.residual_score`,
      );
      expect(kept.rows).toEqual([
        {
          organization: "Northwind",
          points: 60,
          basis: { settingsVersion: 0, editions: [tip2024] },
        },
        {
          organization: "Northwind",
          points: 61,
          basis: { settingsVersion: 0, editions: [tip2024] },
        },
        {
          organization: "Northwind",
          points: 62,
          basis: { settingsVersion: 3, editions: [tip2025] },
        },
        {
          organization: "Southwind",
          points: 63,
          basis: { settingsVersion: 0, editions: [tip2024] },
        },
      ]);
      const bases = await client.query(`SELECT count(*)::int AS count FROM risk_score_bases`);
      expect(bases.rows).toEqual([{ count: 3 }]);
      const columns = await client.query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'risk_scores' AND column_name = 'basis'`,
      );
      expect(columns.rows).toEqual([]);
    });
  });
});
