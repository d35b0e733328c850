/**
 * `npm run bench:import [rows]`: 50,000 realistic suppliers as CSV, imported through the services
 * behind the import pages (upload: parse, validate, stage → mapping → confirm: write in one
 * transaction), into a fresh database; printed next to a bare PostgreSQL `COPY … FROM STDIN` of
 * the same supplier rows into a table like `suppliers` (same columns, same indexes), and the ratio
 * (target ≤ 5×). Also printed: COPY of the CSV file as it is into a table of text columns without
 * indexes (what PostgreSQL alone costs to take the bytes in). Figures only; nothing is asserted.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

import {
  benchDatabase,
  benchOrganization,
  importSuppliers,
  log,
  seconds,
  timed,
} from "./bench-database";
import { generateSupplierFile, SUPPLIER_FILE_HEADER } from "./supplier-file";

process.env.LOG_LEVEL ??= "warn";

const ROWS = Number(process.argv[2] ?? 50_000);

class RolledBack extends Error {}

const copyInto = async (client: pg.Client, sql: string, data: Buffer): Promise<number> => {
  const { ms } = await timed(() => pipeline(Readable.from([data]), client.query(copyFrom(sql))));
  return ms;
};

const copyOut = async (client: pg.Client, sql: string): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  const stream = client.query(copyTo(sql));
  for await (const chunk of stream) {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};

/**
 * COPY of the imported supplier rows into a copy of the suppliers table with all its indexes (the
 * baseline), and COPY of the generated file into a plain table of text columns.
 */
const copyBaselines = async ({
  url,
  organizationId,
  csv,
}: {
  url: string;
  organizationId: string;
  csv: string;
}) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = SUPPLIER_FILE_HEADER.map((_, index) => `c${index + 1} text`).join(", ");
    await client.query(`CREATE TABLE bench_copy_plain (${columns})`);
    const copyMs = await copyInto(
      client,
      "COPY bench_copy_plain FROM STDIN WITH (FORMAT csv, HEADER true)",
      Buffer.from(csv),
    );
    const copied = await client.query<{ count: string }>("SELECT count(*) FROM bench_copy_plain");
    const finalRows = await copyOut(
      client,
      `COPY (SELECT * FROM suppliers WHERE organization_id = '${organizationId}') TO STDOUT`,
    );
    await client.query(
      "CREATE TABLE bench_copy_indexed (LIKE suppliers INCLUDING DEFAULTS INCLUDING INDEXES)",
    );
    const copyIndexedMs = await copyInto(client, "COPY bench_copy_indexed FROM STDIN", finalRows);
    return { copyMs, copyIndexedMs, rows: copied.rows[0]?.count ?? "?" };
  } finally {
    await client.end();
  }
};

const main = async () => {
  const file = generateSupplierFile(ROWS);
  log(
    `generated ${ROWS.toLocaleString("en")} supplier rows (${(file.bytes / 1_048_576).toFixed(1)} MB CSV)`,
  );
  const { database, db } = await benchDatabase();
  try {
    const { organizationId, actor } = await benchOrganization(db);
    const imported = await importSuppliers({ db, organizationId, actor, csv: file.text });
    const total = imported.ms.upload + imported.ms.mapping + imported.ms.confirm;
    const result = imported.detail.result;

    // The suppliers module's likely-duplicate search, timed alone: run again over the same
    // suppliers in a transaction that is rolled back. (In the confirm step its in-memory part
    // overlaps the inserts, so it is not a share of the confirm time.)
    const { queueLikelyDuplicates } =
      await import("@/modules/suppliers/duplicates/find-duplicates");
    const created = await db.supplier.findMany({
      where: { organizationId, importBatchId: imported.id },
      select: { id: true },
    });
    let likelyMs = 0;
    await db
      .$transaction(
        async (tx) => {
          likelyMs = (
            await timed(() =>
              queueLikelyDuplicates({
                db: tx,
                organizationId,
                supplierIds: created.map((supplier) => supplier.id),
              }),
            )
          ).ms;
          throw new RolledBack();
        },
        { timeout: 600_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });

    // pglite-socket does not speak the COPY sub-protocol: the baseline needs a PostgreSQL server.
    const baseline =
      database.kind === "server"
        ? await copyBaselines({ url: database.url, organizationId, csv: file.text })
        : null;

    const line = (label: string, ms: number) =>
      log(`  ${label.padEnd(44)} ${seconds(ms).padStart(9)}`);
    log(`import of ${ROWS.toLocaleString("en")} rows through the app's services:`);
    line("upload (parse, validate, stage rows)", imported.ms.upload);
    line("mapping (proposed mapping accepted)", imported.ms.mapping);
    line("confirm (write in one transaction)", imported.ms.confirm);
    line("likely-duplicate search, run again alone", likelyMs);
    line("total", total);
    line("then: risk scores of the organisation (background)", imported.ms.riskAfterImport);
    log(
      `  result: ${result?.created ?? 0} created, ${result?.merged ?? 0} merged (duplicates within the file), ` +
        `${result?.queuedAsDuplicates ?? 0} queued as possible duplicates; ` +
        `${imported.validation.invalidRowCount} invalid rows`,
    );
    if (!baseline) {
      log("COPY baseline: not available on the embedded database; set DATABASE_URL to a server.");
      return;
    }
    log(`bare PostgreSQL COPY FROM STDIN of the same ${baseline.rows} rows:`);
    line("COPY into a table like suppliers (its indexes)", baseline.copyIndexedMs);
    line("(ref.) COPY the CSV into plain text columns", baseline.copyMs);
    log(
      `ratio import / COPY into suppliers: ${(total / baseline.copyIndexedMs).toFixed(1)}× (target ≤ 5×)`,
    );
    log(
      `ratio confirm (the write) / COPY into suppliers: ` +
        `${(imported.ms.confirm / baseline.copyIndexedMs).toFixed(1)}×`,
    );
    log(
      `(ref.) ratio import / COPY into plain text columns: ${(total / baseline.copyMs).toFixed(0)}×`,
    );
  } finally {
    await db.$disconnect();
    await database.drop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
