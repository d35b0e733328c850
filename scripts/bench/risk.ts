/**
 * `npm run bench:risk [suppliers]`: a whole-organisation risk recomputation of 50,000 suppliers
 * (each with a site; recruiters with licences, fees and sub-agents; three tiers), through the
 * app's service (`recomputeRisk`: set-based reads per batch, the one scoring model, set-based
 * writes of the scores that changed, with their explanations and history), next to ONE
 * hand-written set-based SQL statement that computes the same scores (every live supplier and
 * every live site of one, score and band) and stores them. It prints both times, the ratio
 * (target ≤ 2×), how many scores the two disagree on (must be 0), the same statement for the
 * suppliers alone (the baseline of earlier figures), each with PostgreSQL's default JIT and
 * without it, and the latency of a supplier-list query while a recomputation runs (it must not
 * block requests). Figures only; nothing is asserted.
 */
import { DEFAULT_BAND_THRESHOLDS, DEFAULT_RISK_WEIGHTS } from "@/modules/risk/schemas";
import { Prisma, type Db } from "@/server/db";

import { benchDatabase, benchOrganization, log, seconds, timed } from "./bench-database";

process.env.LOG_LEVEL ??= "warn";

const SUPPLIERS = Number(process.argv[2] ?? 50_000);
const RECRUITERS = 500;

const COUNTRIES = [
  "MY",
  "TH",
  "CN",
  "IN",
  "BD",
  "VN",
  "DK",
  "GB",
  "DE",
  "QA",
  "BR",
  "UZ",
  "CD",
  "NP",
  "MM",
  "TR",
  "ID",
  "PK",
  "KH",
  "US",
];
const PRODUCTS = [
  "Rubber gloves",
  "Garments",
  "Cotton",
  "Frozen shrimp",
  "Fish",
  "Electronics",
  "Office paper",
  "Steel beams",
  "Cocoa beans",
  "Coffee",
  "Palm oil",
  "Bricks",
  "Gold",
  "Cobalt ore",
  "Tea",
  "Sugarcane",
  "Polysilicon",
  "Timber",
  "Carpets",
  "Tomatoes",
];
const DIVISIONS = ["01", "03", "10", "13", "14", "22", "26", "46", "62", "70"];

/** Suppliers in three tiers with one site each, recruiters, licences, sub-agents, links. */
const generate = async (db: Db, organizationId: string) => {
  await db.$executeRaw`
    INSERT INTO suppliers (id, organization_id, legal_name, normalized_name, country, products,
      sector_section, sector_division, is_direct, status, created_at, updated_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'Bench Supplier ' || i,
      'bench supplier ' || i, (${COUNTRIES}::text[])[1 + i % 20],
      CASE WHEN i % 11 = 0 THEN ARRAY[]::text[]
        ELSE ARRAY[(${PRODUCTS}::text[])[1 + i % 20], (${PRODUCTS}::text[])[1 + (i * 7) % 20]] END,
      CASE WHEN i % 11 = 10 THEN NULL ELSE 'C' END,
      CASE WHEN i % 11 = 10 THEN NULL ELSE (${DIVISIONS}::text[])[1 + i % 10] END,
      i % 3 = 0, 'active', now(), now()
    FROM generate_series(1, ${SUPPLIERS}) AS i`;
  // Tier 2 below each direct supplier, tier 3 below that; every 13th left unconnected.
  await db.$executeRaw`
    WITH numbered AS (
      SELECT id, substring(legal_name FROM 16)::int AS i FROM suppliers
      WHERE organization_id = ${organizationId}::uuid
    )
    INSERT INTO supply_edges (id, organization_id, buyer_supplier_id, supplier_id, created_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, buyer.id, child.id, now()
    FROM numbered child JOIN numbered buyer ON buyer.i = child.i - 1
    WHERE child.i % 3 <> 0 AND child.i % 13 <> 0`;
  await db.$executeRaw`
    INSERT INTO sites (id, organization_id, supplier_id, name, country, site_type,
      migrant_share, temporary_share, seasonal_share, employer_housing, created_at, updated_at)
    SELECT gen_random_uuid(), organization_id, id, 'Site of ' || legal_name, country, 'factory',
      CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 37) % 100 END,
      CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 53) % 60 END,
      CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 29) % 40 END,
      CASE WHEN i % 9 = 0 THEN NULL ELSE i % 4 = 0 END, now(), now()
    FROM (SELECT *, substring(legal_name FROM 16)::int AS i FROM suppliers
          WHERE organization_id = ${organizationId}::uuid) supplier
    WHERE i % 17 <> 0`;
  await db.$executeRaw`
    INSERT INTO recruiters (id, organization_id, name, normalized_name, fee_policy, created_at,
      updated_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'Bench Recruiter ' || j,
      'bench recruiter ' || j,
      (ARRAY['no_fees', 'fees_charged', 'unknown'])[1 + j % 3]::recruiter_fee_policy, now(), now()
    FROM generate_series(0, ${RECRUITERS - 1}) AS j`;
  await db.$executeRaw`
    INSERT INTO recruiter_licences (id, organization_id, recruiter_id, status, valid_until,
      created_at, updated_at)
    SELECT gen_random_uuid(), organization_id, id,
      (ARRAY['valid', 'revoked', 'expired'])[1 + j % 4]::licence_status,
      CASE j % 4 WHEN 0 THEN DATE '2099-12-31' WHEN 2 THEN DATE '2020-01-01' END, now(), now()
    FROM (SELECT *, substring(name FROM 17)::int AS j FROM recruiters
          WHERE organization_id = ${organizationId}::uuid) recruiter
    WHERE j % 4 <> 3`;
  await db.$executeRaw`
    WITH numbered AS (
      SELECT id, substring(name FROM 17)::int AS j FROM recruiters
      WHERE organization_id = ${organizationId}::uuid
    )
    INSERT INTO recruiter_edges (id, organization_id, recruiter_id, sub_agent_id, created_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, principal.id, agent.id, now()
    FROM numbered principal JOIN numbered agent ON agent.j = principal.j + 1
    WHERE principal.j % 10 = 0`;
  await db.$executeRaw`
    WITH recruiter AS (
      SELECT id, substring(name FROM 17)::int AS j FROM recruiters
      WHERE organization_id = ${organizationId}::uuid
    ), site AS (
      SELECT site.id, substring(supplier.legal_name FROM 16)::int AS i
      FROM sites site JOIN suppliers supplier ON supplier.id = site.supplier_id
      WHERE site.organization_id = ${organizationId}::uuid
    )
    INSERT INTO recruiter_site_links (id, organization_id, recruiter_id, site_id, created_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, recruiter.id, site.id, now()
    FROM site JOIN recruiter ON recruiter.j = site.i % ${RECRUITERS}
    WHERE site.i % 4 = 0`;
  await db.$executeRaw`
    INSERT INTO country_risk_overrides (id, organization_id, country, points, reason, updated_at)
    VALUES (gen_random_uuid(), ${organizationId}::uuid, 'QA', 22, 'Own audit findings', now())`;
  const { recomputeSupplierTiers } = await import("@/modules/suppliers/services/recompute-tiers");
  await recomputeSupplierTiers({ db, organizationId });
  await db.$executeRaw`ANALYZE`;
};

/**
 * The hand-written statement: the inherent score and band of every live supplier and every
 * live site of one (or of the suppliers alone) under the default weights and bands, from the
 * same tables, in one set-based statement, stored in a table. Goods matching is written with
 * regular expressions (whole words, a plural "s", parentheses dropped, slashes as
 * alternatives), enough for the generated products.
 */
/** A constant of our own weights, written into the statement (numbers only). */
const k = (value: number) => Prisma.raw(String(Math.trunc(value)));

const referenceStatement = (
  organizationId: string,
  today: string,
  { sites }: { sites: boolean } = { sites: true },
) => {
  const w = DEFAULT_RISK_WEIGHTS;
  const bands = DEFAULT_BAND_THRESHOLDS;
  const org = Prisma.sql`${organizationId}::uuid`;
  const step = (column: Prisma.Sql, steps: typeof w.workforce.migrant) => Prisma.sql`
    CASE WHEN ${column} >= ${k(steps.high.atLeast)} THEN ${k(steps.high.points)}
         WHEN ${column} >= ${k(steps.some.atLeast)} THEN ${k(steps.some.points)} ELSE 0 END`;
  return Prisma.sql`
    CREATE TABLE bench_reference_scores AS
    WITH RECURSIVE
    tip_editions AS (
      SELECT id FROM reference_editions
      WHERE dataset = 'tip_tiers' AND (organization_id IS NULL OR organization_id = ${org})
    ),
    tip AS (
      SELECT country, report_year, tier FROM tip_tier_entries
      WHERE edition_id IN (SELECT id FROM tip_editions)
    ),
    latest AS (SELECT max(report_year) AS year FROM tip),
    country_points AS (
      SELECT rated.country,
        coalesce(override.points,
          CASE (SELECT tier FROM tip, latest WHERE tip.country = rated.country
                AND tip.report_year = latest.year)
            WHEN 'tier_3' THEN ${k(w.country.tier3)}
            WHEN 'special_case' THEN ${k(w.country.specialCase)}
            WHEN 'tier_2_watch_list' THEN ${k(w.country.tier2WatchList)}
            WHEN 'tier_2' THEN ${k(w.country.tier2)}
            WHEN 'tier_1' THEN ${k(w.country.tier1)}
            ELSE ${k(w.country.tier1Or2)} END
          + (SELECT coalesce(sum(CASE tier WHEN 'tier_3' THEN ${k(w.country.historyTier3PerYear)}
                                  WHEN 'tier_2_watch_list' THEN ${k(w.country.historyWatchListPerYear)}
                                  ELSE 0 END), 0)
             FROM tip, latest
             WHERE tip.country = rated.country
               AND tip.report_year >= latest.year - ${k(w.country.historyYears)}
               AND tip.report_year < latest.year)) AS points
      FROM (SELECT DISTINCT country FROM tip UNION SELECT 'US') rated
      LEFT JOIN country_risk_overrides override
        ON override.organization_id = ${org} AND override.country = rated.country
    ),
    goods AS (
      SELECT entry.country, entry.forced_labor OR entry.forced_child_labor AS forced,
        entry.child_labor AS child, entry.derived,
        '\\m' || regexp_replace(lower(trim(alternative)), 's$', '') || 's?\\M' AS pattern
      FROM goods_list_entries entry
      CROSS JOIN LATERAL regexp_split_to_table(
        regexp_replace(entry.good, '\\([^)]*\\)', '', 'g'), '/') AS alternative
      WHERE entry.edition_id = (
        SELECT id FROM reference_editions
        WHERE dataset = 'goods_list' AND (organization_id IS NULL OR organization_id = ${org})
        ORDER BY effective_date DESC, organization_id NULLS LAST, created_at DESC LIMIT 1)
    ),
    supplier AS (
      SELECT * FROM suppliers WHERE organization_id = ${org} AND archived_at IS NULL
    ),
    site AS (
      SELECT site.* FROM sites site JOIN supplier ON supplier.id = site.supplier_id
      WHERE site.archived_at IS NULL
    ),
    -- What the app scores: every live supplier, and every live site of one, in the site's own
    -- country with its supplier's products, sector and tier.
    subject AS (
      SELECT 'supplier'::risk_subject AS subject, id AS subject_id, country, products,
        sector_division, tier
      FROM supplier
      UNION ALL
      SELECT 'site', site.id, site.country, supplier.products, supplier.sector_division,
        supplier.tier
      FROM site JOIN supplier ON supplier.id = site.supplier_id
      WHERE ${sites}
    ),
    -- The sites whose workforce and recruiters count: a supplier's live sites, a site itself.
    subject_site AS (
      SELECT supplier_id AS subject_id, id AS site_id FROM site
      UNION ALL
      SELECT id, id FROM site WHERE ${sites}
    ),
    reach(site_id, recruiter_id, is_sub_agent) AS (
      SELECT link.site_id, link.recruiter_id, false
      FROM recruiter_site_links link
      JOIN recruiters recruiter ON recruiter.id = link.recruiter_id AND recruiter.archived_at IS NULL
      WHERE link.organization_id = ${org}
      UNION
      SELECT reach.site_id, edge.sub_agent_id, true
      FROM reach
      JOIN recruiter_edges edge ON edge.organization_id = ${org} AND edge.recruiter_id = reach.recruiter_id
      JOIN recruiters agent ON agent.id = edge.sub_agent_id AND agent.archived_at IS NULL
    ),
    recruiter_state AS (
      SELECT recruiter.id, recruiter.fee_policy,
        bool_or(licence.status IN ('revoked', 'suspended')) IS TRUE AS revoked,
        bool_or(licence.status = 'valid'
                AND (licence.valid_until IS NULL OR licence.valid_until >= ${today}::date))
          IS TRUE AS valid
      FROM recruiters recruiter
      LEFT JOIN recruiter_licences licence ON licence.recruiter_id = recruiter.id
      WHERE recruiter.organization_id = ${org}
      GROUP BY recruiter.id
    ),
    site_workforce AS (
      SELECT site.id,
        CASE WHEN site.migrant_share IS NULL AND site.temporary_share IS NULL
               AND site.seasonal_share IS NULL THEN ${k(w.workforce.unknown)} ELSE 0 END
        + ${step(Prisma.sql`site.migrant_share`, w.workforce.migrant)}
        + ${step(Prisma.sql`site.temporary_share`, w.workforce.temporary)}
        + ${step(Prisma.sql`site.seasonal_share`, w.workforce.seasonal)}
        + CASE WHEN site.employer_housing THEN ${k(w.workforce.employerHousing)} ELSE 0 END
          AS points,
        site.migrant_share >= ${k(w.workforce.migrant.some.atLeast)}
          AND recruited.site_id IS NULL AS migrants_unrecruited
      FROM site
      LEFT JOIN (SELECT DISTINCT site_id FROM reach) recruited ON recruited.site_id = site.id
    ),
    workforce_points AS (
      SELECT subject_site.subject_id, max(site_workforce.points) AS workforce,
        bool_or(site_workforce.migrants_unrecruited) AS migrants_unrecruited
      FROM subject_site JOIN site_workforce ON site_workforce.id = subject_site.site_id
      GROUP BY subject_site.subject_id
    ),
    subject_recruiters AS (
      SELECT subject_site.subject_id,
        bool_or(state.fee_policy = 'fees_charged') AS fees,
        bool_or(state.fee_policy = 'unknown') AS fees_unknown,
        bool_or(state.revoked) AS revoked,
        bool_or(NOT state.revoked AND NOT state.valid) AS unverified,
        bool_or(reach.is_sub_agent) AS sub_agents
      FROM subject_site
      JOIN reach ON reach.site_id = subject_site.site_id
      JOIN recruiter_state state ON state.id = reach.recruiter_id
      GROUP BY subject_site.subject_id
    ),
    -- Each distinct product list is matched once per country (many subjects share one).
    product_points AS (
      SELECT listed.country, listed.products,
        max(CASE WHEN goods.forced THEN ${k(w.products.forcedLabour)}
                 WHEN goods.child THEN ${k(w.products.childLabour)}
                 WHEN goods.derived THEN ${k(w.products.derived)} ELSE 0 END) AS points
      FROM (SELECT DISTINCT country, products FROM subject) listed
      CROSS JOIN LATERAL unnest(listed.products) AS product
      JOIN goods ON goods.country = listed.country AND lower(product) ~ goods.pattern
      GROUP BY listed.country, listed.products
    ),
    scored AS (
      SELECT subject.subject, subject.subject_id, least(100,
        coalesce(country.points, ${k(w.country.unknown)})
        + CASE WHEN cardinality(array_remove(subject.products, '')) = 0
               THEN ${k(w.products.unknown)} ELSE coalesce(products.points, 0) END
        + CASE WHEN subject.sector_division IS NULL THEN ${k(w.sector.unknown)}
               WHEN subject.sector_division = ANY(${w.sector.highRiskDivisions}::text[])
                 THEN ${k(w.sector.highRisk)} ELSE 0 END
        + coalesce(workforce.workforce, ${k(w.workforce.unknown)})
        + CASE WHEN recruiters.fees THEN ${k(w.recruitment.feesCharged)} ELSE 0 END
        + CASE WHEN recruiters.revoked THEN ${k(w.recruitment.licenceRevoked)} ELSE 0 END
        + CASE WHEN recruiters.unverified THEN ${k(w.recruitment.licenceUnverified)} ELSE 0 END
        + CASE WHEN recruiters.sub_agents THEN ${k(w.recruitment.subAgents)} ELSE 0 END
        + CASE WHEN recruiters.fees_unknown AND NOT recruiters.fees
               THEN ${k(w.recruitment.feesUnknown)} ELSE 0 END
        + CASE WHEN workforce.migrants_unrecruited
               THEN ${k(w.recruitment.migrantsWithoutRecruiter)} ELSE 0 END
        + CASE WHEN subject.tier IS NULL THEN ${k(w.tier.notConnected)}
               WHEN subject.tier <= 1 THEN 0
               WHEN subject.tier = 2 THEN ${k(w.tier.tier2)} ELSE ${k(w.tier.tier3Plus)} END
      ) AS score
      FROM subject
      LEFT JOIN country_points country ON country.country = subject.country
      LEFT JOIN product_points products
        ON products.country = subject.country AND products.products = subject.products
      LEFT JOIN workforce_points workforce ON workforce.subject_id = subject.subject_id
      LEFT JOIN subject_recruiters recruiters ON recruiters.subject_id = subject.subject_id
    )
    SELECT subject, subject_id, score,
      CASE WHEN score >= ${k(bands.critical)} THEN 'critical'
           WHEN score >= ${k(bands.high)} THEN 'high'
           WHEN score >= ${k(bands.medium)} THEN 'medium' ELSE 'low' END::risk_band AS band
    FROM scored`;
};

const main = async () => {
  const { database, db } = await benchDatabase();
  try {
    const { organizationId } = await benchOrganization(db);
    log(`generating ${SUPPLIERS.toLocaleString("en")} suppliers with sites and recruiters …`);
    await generate(db, organizationId);
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
      const statement = referenceStatement(organizationId, today, { sites });
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

    // A weight change rewrites every score: measure a list query while that runs.
    await db.riskSettings.upsert({
      where: { organizationId },
      create: {
        organizationId,
        weights: { ...DEFAULT_RISK_WEIGHTS, tier: { ...DEFAULT_RISK_WEIGHTS.tier, tier2: 4 } },
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
