/**
 * `npm run bench:list [rows]`: with 50,000 suppliers (imported through the app, as in
 * bench:import), the p50/p95 server time of the suppliers list procedure
 * (`suppliers.findSuppliers` through a tRPC caller: the procedure ladder, the two statements and
 * the output validation) with a filter and a sort, next to the same two SQL statements sent bare
 * with `pg`, and the ratio (target ≤ 2× and under 100 ms). Figures only; nothing is asserted.
 */
import pg from "pg";

import type { TFindSuppliersRequestRaw } from "@/modules/suppliers/procedures/find-suppliers.schema";

import { benchDatabase, benchOrganization, importSuppliers, log } from "./bench-database";
import { generateSupplierFile } from "./supplier-file";

process.env.LOG_LEVEL ??= "warn";

const ROWS = Number(process.argv[2] ?? 50_000);
const WARM_UP = 30;
const RUNS = 300;

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Times both, alternating call by call, so that load from elsewhere affects them alike. */
const measurePair = async (a: () => Promise<unknown>, b: () => Promise<unknown>) => {
  for (let i = 0; i < WARM_UP; i += 1) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i += 1) {
    for (const [index, work] of [a, b].entries()) {
      const startedAt = performance.now();
      await work();
      times[index]?.push(performance.now() - startedAt);
    }
  }
  return times.map((list) => {
    list.sort((x, y) => x - y);
    return { p50: percentile(list, 50), p95: percentile(list, 95) };
  });
};

const ms = (value: number) => `${value.toFixed(1)} ms`;

const main = async () => {
  const file = generateSupplierFile(ROWS);
  const { database, db } = await benchDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  try {
    const { organizationId, actor, sessionId } = await benchOrganization(db);
    log(`importing ${ROWS.toLocaleString("en")} suppliers through the app …`);
    await importSuppliers({ db, organizationId, actor, csv: file.text });
    await db.$executeRaw`ANALYZE`;

    const { createCaller } = await import("@/server/root-router");
    const { createTrpcContext } = await import("@/server/trpc");
    const { ZFindSuppliersRequestSchema } =
      await import("@/modules/suppliers/procedures/find-suppliers.schema");
    const { supplierListStatements } = await import("@/modules/suppliers/services/find-suppliers");
    const caller = createCaller(await createTrpcContext({ db, sessionId }));

    const scenarios: { label: string; input: TFindSuppliersRequestRaw }[] = [
      {
        label: "countries TH, VN, BD · sort by annual spend desc · first page of 25",
        input: { countries: ["TH", "VN", "BD"], sort: "annualSpend", direction: "desc" },
      },
      {
        label: "status active · sort by legal name · page 40 (25 per page)",
        input: { statuses: ["active"], sort: "legalName", direction: "asc", page: 40 },
      },
      {
        label: 'search "textile" · tier 1 · sort by country',
        input: { q: "textile", tiers: ["1"], sort: "country", direction: "asc" },
      },
      {
        label: "sort by risk score desc · first page of 25",
        input: { sort: "riskScore", direction: "desc" },
      },
      {
        label: "risk high, critical · sort by risk score desc · first page of 25",
        input: { riskBands: ["high", "critical"], sort: "riskScore", direction: "desc" },
      },
    ];

    for (const scenario of scenarios) {
      const filters = ZFindSuppliersRequestSchema.parse(scenario.input);
      const first = await caller.suppliers.findSuppliers(scenario.input);

      // The same two statements (the page and the total) the service sends, sent bare with pg.
      const { page, count } = supplierListStatements({ organizationId, filters });
      const [procedure, bare] = await measurePair(
        () => caller.suppliers.findSuppliers(scenario.input),
        () =>
          Promise.all([pool.query(page.text, page.values), pool.query(count.text, count.values)]),
      );
      if (!procedure || !bare) throw new Error("no measurements");

      log(`${scenario.label} (${first.total.toLocaleString("en")} matches)`);
      log(
        `  suppliers.findSuppliers via tRPC caller  p50 ${ms(procedure.p50).padStart(9)}  p95 ${ms(procedure.p95).padStart(9)}`,
      );
      log(
        `  bare SQL (same two statements, pg)      p50 ${ms(bare.p50).padStart(9)}  p95 ${ms(bare.p95).padStart(9)}`,
      );
      log(
        `  ratio p50 ${(procedure.p50 / bare.p50).toFixed(2)}×, p95 ${(procedure.p95 / bare.p95).toFixed(2)}× ` +
          `(target ≤ 2× and < 100 ms)`,
      );
    }
  } finally {
    await pool.end();
    await db.$disconnect();
    await database.drop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
