/**
 * `npm run bench:risk [suppliers]`: a whole-organisation risk recomputation of 50,000 suppliers
 * (each with a site; recruiters with licences, fees and sub-agents; three tiers), through the
 * app's service (`recomputeRisk`: set-based reads per batch, the one scoring model, set-based
 * writes of the scores that changed, with their explanations and history): a first run, a run
 * where nothing changed and a run after a weight change.
 *
 * Next to it, ONE hand-written set-based SQL statement doing the same work (risk-statements.ts):
 * the scores, bands and explanations of every live supplier and every live site of one, compared
 * by digest with the current rows and the changed ones stored as the app stores them. It prints
 * both times and the ratios (target ≤ 2×), and how many rows the two disagree on, in score,
 * factors, unknowns or the list's score (must be 0).
 *
 * For reference it also prints a statement that computes the scores and bands only (no
 * explanation, nothing compared or kept), with PostgreSQL's default JIT and without, for every
 * subject and for the suppliers alone; and how long PostgreSQL alone takes to store the app's
 * rows. And the latency of the supplier list's statements while a recomputation runs (it must not
 * block requests). Figures only; nothing is asserted.
 */
import { DEFAULT_BAND_THRESHOLDS, DEFAULT_RISK_WEIGHTS } from "@/modules/risk/schemas";

import { benchDatabase, benchOrganization, log, seconds, timed } from "./bench-database";
import { generateRiskBenchData } from "./risk-data";
import {
  explainedScoreStatement,
  explainedTablesSql,
  scoreOnlyStatement,
  statementBesideApp,
} from "./risk-statements";

process.env.LOG_LEVEL ??= "warn";

const SUPPLIERS = Number(process.argv[2] ?? 50_000);

const main = async () => {
  const { database, db } = await benchDatabase();
  try {
    const { organizationId } = await benchOrganization(db);
    log(`generating ${SUPPLIERS.toLocaleString("en")} suppliers with sites and recruiters …`);
    await generateRiskBenchData({ db, organizationId, suppliers: SUPPLIERS });
    const { countRiskSubjects, recomputeRisk } =
      await import("@/modules/risk/services/recompute-risk");
    const subjects = await countRiskSubjects({ db, organizationId });

    const first = await timed(() => recomputeRisk({ db, organizationId }));
    const unchanged = await timed(() => recomputeRisk({ db, organizationId }));
    const today = new Date().toISOString().slice(0, 10);
    // Each statement twice (cold, then warm); the faster counts. PostgreSQL's default JIT
    // compiles this statement for about 3 s on these machines (its cost estimates are far
    // above jit_above_cost), several times what it takes to run, so it is timed both with the
    // server's default and with JIT off. First for the suppliers alone (the earlier
    // baseline), then for every subject the app scores, whose table stays for the comparison.
    const runReference = async ({ sites, jit }: { sites: boolean; jit: boolean }) => {
      const statement = scoreOnlyStatement(organizationId, today, { sites });
      const run = () =>
        timed(() =>
          db.$transaction(
            async (tx) => {
              if (!jit) await tx.$executeRaw`SET LOCAL jit = off`;
              await tx.$executeRaw(statement);
            },
            { timeout: 600_000 },
          ),
        );
      const cold = await run();
      await db.$executeRaw`DROP TABLE bench_reference_scores`;
      const warm = await run();
      return { cold: cold.ms, warm: warm.ms, best: Math.min(cold.ms, warm.ms) };
    };
    const references = [];
    for (const sites of [false, true]) {
      for (const jit of [true, false]) {
        references.push({ sites, jit, ...(await runReference({ sites, jit })) });
        if (!(sites && !jit)) await db.$executeRaw`DROP TABLE bench_reference_scores`;
      }
    }
    const [agreement] = await db.$queryRaw<
      { total: number; differ: number; suppliers: number; listDiffer: number }[]
    >`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE app.residual_score IS DISTINCT FROM reference.score
          OR app.residual_band IS DISTINCT FROM reference.band)::int AS differ,
        count(*) FILTER (WHERE reference.subject = 'supplier')::int AS suppliers,
        count(*) FILTER (WHERE reference.subject = 'supplier'
          AND (list.risk_score IS DISTINCT FROM reference.score
            OR list.risk_band IS DISTINCT FROM reference.band))::int AS "listDiffer"
      FROM bench_reference_scores reference
      LEFT JOIN risk_scores app ON app.organization_id = ${organizationId}::uuid
        AND app.subject = reference.subject AND app.subject_id = reference.subject_id
        AND app.is_current
      LEFT JOIN supplier_current_risks list ON list.supplier_id = reference.subject_id`;
    const examples = await db.$queryRaw<
      { subject: string; id: string; app: number | null; sql: number }[]
    >`
      SELECT reference.subject::text, reference.subject_id::text AS id,
        app.residual_score AS app, reference.score AS sql
      FROM bench_reference_scores reference
      LEFT JOIN risk_scores app ON app.organization_id = ${organizationId}::uuid
        AND app.subject = reference.subject AND app.subject_id = reference.subject_id
        AND app.is_current
      WHERE app.residual_score IS DISTINCT FROM reference.score LIMIT 3`;

    // What storing the explanations costs PostgreSQL alone, whoever computes them: the app's
    // current score rows copied in one statement into a table shaped like risk_scores (its
    // columns, indexes, one-current constraint and foreign key).
    await db.$executeRaw`CREATE TABLE bench_explained_scores (LIKE risk_scores INCLUDING ALL)`;
    await db.$executeRaw`
      ALTER TABLE bench_explained_scores
        ADD FOREIGN KEY (organization_id) REFERENCES organizations (id)`;
    const storing = await timed(
      () => db.$executeRaw`
        INSERT INTO bench_explained_scores
        SELECT * FROM risk_scores
        WHERE organization_id = ${organizationId}::uuid AND is_current`,
    );
    await db.$executeRaw`DROP TABLE bench_explained_scores`;

    // The same work as one hand-written statement: scores, bands and explanations computed in
    // SQL, compared by digest with the current rows, and the changed ones stored as the app
    // stores them, in tables of their own. JIT off and work_mem raised, as one would tune it.
    for (const sql of explainedTablesSql) await db.$executeRawUnsafe(sql);
    const basisOf = async (settingsVersion: number) => {
      const [basis] = await db.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM risk_score_bases
        WHERE organization_id = ${organizationId}::uuid AND settings_version = ${settingsVersion}`;
      if (!basis) throw new Error(`no basis of settings version ${settingsVersion}`);
      return basis.id;
    };
    const runExplained = async (weights = DEFAULT_RISK_WEIGHTS, settingsVersion = 0) => {
      const statement = explainedScoreStatement({
        organizationId,
        basisId: await basisOf(settingsVersion),
        today,
        weights,
      });
      const run = await timed(() =>
        db.$transaction(
          async (tx) => {
            await tx.$executeRaw`SET LOCAL jit = off`;
            await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
            return tx.$executeRaw(statement);
          },
          { timeout: 600_000 },
        ),
      );
      return run.ms;
    };
    // First run twice (cold, then warm; the faster counts), then nothing changed.
    const explainedColdFirst = await runExplained();
    await db.$executeRaw`TRUNCATE bench_risk_scores, bench_current_risks`;
    const explainedFirst = Math.min(explainedColdFirst, await runExplained());
    const explainedUnchanged = await runExplained();
    const explainedAgreement = async () => {
      const [row] = await db.$queryRaw<
        { total: number; scores: number; factors: number; unknowns: number; list: number }[]
      >`
        SELECT count(*)::int AS total,
          count(*) FILTER (WHERE app.residual_score IS DISTINCT FROM statement.residual_score
            OR app.residual_band IS DISTINCT FROM statement.residual_band)::int AS scores,
          count(*) FILTER (WHERE app.factors::jsonb IS DISTINCT FROM statement.factors::jsonb)::int
            AS factors,
          count(*) FILTER (WHERE app.unknowns::jsonb IS DISTINCT FROM statement.unknowns::jsonb)::int
            AS unknowns,
          count(*) FILTER (WHERE statement.subject = 'supplier'
            AND (list.risk_score, list.risk_band)
              IS DISTINCT FROM (statement_list.risk_score, statement_list.risk_band))::int AS list
        ${statementBesideApp(organizationId)}`;
      return row;
    };
    const explainedBefore = await explainedAgreement();

    // A weight change rewrites every score: measure a list query while that runs.
    const changedWeights = {
      ...DEFAULT_RISK_WEIGHTS,
      tier: { ...DEFAULT_RISK_WEIGHTS.tier, tier2: 4 },
    };
    await db.riskSettings.upsert({
      where: { organizationId },
      create: {
        organizationId,
        weights: changedWeights,
        bandThresholds: DEFAULT_BAND_THRESHOLDS,
        version: 2,
      },
      update: {},
    });
    // The supplier list's own statements: high-risk suppliers, riskiest first.
    const { supplierListStatements } = await import("@/modules/suppliers/services/find-suppliers");
    const { ZFindSuppliersRequestSchema } =
      await import("@/modules/suppliers/procedures/find-suppliers.schema");
    const list = supplierListStatements({
      organizationId,
      filters: ZFindSuppliersRequestSchema.parse({
        riskBands: ["high"],
        sort: "riskScore",
        direction: "desc",
      }),
    });
    const latencies: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        const startedAt = performance.now();
        await Promise.all([db.$queryRaw(list.page), db.$queryRaw(list.count)]);
        latencies.push(performance.now() - startedAt);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const rewrite = await timed(() => recomputeRisk({ db, organizationId }));
    running = false;
    await probe;
    latencies.sort((a, b) => a - b);
    const explainedRewrite = await runExplained(changedWeights, 2);
    const explainedAfter = await explainedAgreement();
    const at = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;

    log(`subjects: ${subjects.toLocaleString("en")} (suppliers and their sites)`);
    log(
      `  app, first run (every score new)          ${seconds(first.ms).padStart(9)}  ${JSON.stringify(first.value)}`,
    );
    log(
      `  app, nothing changed                      ${seconds(unchanged.ms).padStart(9)}  ${JSON.stringify(unchanged.value)}`,
    );
    log(
      `  app, after a weight change                ${seconds(rewrite.ms).padStart(9)}  ${JSON.stringify(rewrite.value)}`,
    );
    log(`  one hand-written SQL statement (cold, warm; ratios against the faster):`);
    for (const reference of references) {
      const what = reference.sites ? "suppliers and sites" : "suppliers alone   ";
      const jit = reference.jit ? "JIT on (default)" : "JIT off         ";
      log(
        `    ${what}, ${jit}  ${seconds(reference.cold)}, ${seconds(reference.warm)}  ` +
          `first run ${(first.ms / reference.best).toFixed(2)}×, ` +
          `nothing changed ${(unchanged.ms / reference.best).toFixed(2)}×`,
      );
    }
    const noJit = references.find((reference) => reference.sites && !reference.jit);
    log(
      `  PostgreSQL alone storing the app's ${storing.value.toLocaleString("en")} current score rows ` +
        `(copied into a table like risk_scores): ${seconds(storing.ms)}`,
    );
    if (noJit) {
      const floor = noJit.best + storing.ms;
      log(
        `  statement without JIT + storing those rows: ${seconds(floor)}; ` +
          `first run ${(first.ms / floor).toFixed(2)}× that`,
      );
    }
    log(
      `  one hand-written SQL statement computing the same scores WITH their explanations and ` +
        `storing the changed ones as the app does (JIT off, work_mem 256MB):`,
    );
    const versus = (app: number, statement: number) =>
      `${seconds(statement).padStart(9)}  app ${(app / statement).toFixed(2)}× that`;
    log(`    first run (every score new)       ${versus(first.ms, explainedFirst)}`);
    log(`    nothing changed                   ${versus(unchanged.ms, explainedUnchanged)}`);
    log(`    after the weight change           ${versus(rewrite.ms, explainedRewrite)}`);
    for (const [when, row] of [
      ["before", explainedBefore],
      ["after", explainedAfter],
    ] as const) {
      log(
        `    rows compared ${when} the weight change: ${row?.total ?? 0}; differing in score or ` +
          `band ${row?.scores ?? "?"}, factors ${row?.factors ?? "?"}, unknowns ` +
          `${row?.unknowns ?? "?"}, list score ${row?.list ?? "?"}`,
      );
    }
    log(
      `  scores compared: ${agreement?.total ?? 0} (${agreement?.suppliers ?? 0} suppliers), ` +
        `differing: ${agreement?.differ ?? "?"}; supplier list rows differing: ` +
        `${agreement?.listDiffer ?? "?"}`,
    );
    for (const example of examples)
      log(`    differs: ${example.subject} ${example.id} app ${example.app} sql ${example.sql}`);
    log(
      `  list query during the recomputation: ${latencies.length} runs, p50 ${at(0.5).toFixed(1)} ms, ` +
        `p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`,
    );
  } finally {
    await db.$disconnect();
    await database.drop();
  }
};

await main();
