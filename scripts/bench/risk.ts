/**
 * `npm run bench:risk [suppliers]`: a whole-organisation risk recomputation of 50,000 suppliers
 * (each with a site; recruiters with licences, fees and sub-agents; three tiers), through the
 * app's service (`recomputeRisk`: set-based reads per batch, the one scoring model, set-based
 * writes of the scores that changed, with their explanations and history), next to ONE
 * hand-written set-based SQL statement that computes the same inherent scores of the suppliers
 * and stores them. It prints both times, the ratio (target ≤ 2×), how many supplier scores the
 * two disagree on (must be 0), and the latency of a supplier-list query while a recomputation
 * runs (it must not block requests). Figures only; nothing is asserted.
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
 * The hand-written statement: every supplier's inherent score under the default weights, from
 * the same tables, in one set-based statement, stored in a table. Goods matching is written
 * with regular expressions (whole words, a plural "s", parentheses dropped, slashes as
 * alternatives), enough for the generated products.
 */
/** A constant of our own weights, written into the statement (numbers only). */
const k = (value: number) => Prisma.raw(String(Math.trunc(value)));

const referenceStatement = (organizationId: string, today: string) => {
  const w = DEFAULT_RISK_WEIGHTS;
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
    site_points AS (
      SELECT site.supplier_id,
        max(
          CASE WHEN site.migrant_share IS NULL AND site.temporary_share IS NULL
                 AND site.seasonal_share IS NULL THEN ${k(w.workforce.unknown)} ELSE 0 END
          + ${step(Prisma.sql`site.migrant_share`, w.workforce.migrant)}
          + ${step(Prisma.sql`site.temporary_share`, w.workforce.temporary)}
          + ${step(Prisma.sql`site.seasonal_share`, w.workforce.seasonal)}
          + CASE WHEN site.employer_housing THEN ${k(w.workforce.employerHousing)} ELSE 0 END
        ) AS workforce,
        bool_or(site.migrant_share >= ${k(w.workforce.migrant.some.atLeast)}
          AND recruited.site_id IS NULL) AS migrants_unrecruited
      FROM site
      LEFT JOIN (SELECT DISTINCT site_id FROM reach) recruited ON recruited.site_id = site.id
      GROUP BY site.supplier_id
    ),
    supplier_recruiters AS (
      SELECT site.supplier_id,
        bool_or(state.fee_policy = 'fees_charged') AS fees,
        bool_or(state.fee_policy = 'unknown') AS fees_unknown,
        bool_or(state.revoked) AS revoked,
        bool_or(NOT state.revoked AND NOT state.valid) AS unverified,
        bool_or(reach.is_sub_agent) AS sub_agents
      FROM reach
      JOIN site ON site.id = reach.site_id
      JOIN recruiter_state state ON state.id = reach.recruiter_id
      GROUP BY site.supplier_id
    ),
    product_points AS (
      SELECT supplier.id AS supplier_id,
        max(CASE WHEN goods.forced THEN ${k(w.products.forcedLabour)}
                 WHEN goods.child THEN ${k(w.products.childLabour)}
                 WHEN goods.derived THEN ${k(w.products.derived)} ELSE 0 END) AS points
      FROM supplier
      CROSS JOIN LATERAL unnest(supplier.products) AS product
      JOIN goods ON goods.country = supplier.country AND lower(product) ~ goods.pattern
      GROUP BY supplier.id
    )
    SELECT supplier.id AS supplier_id, least(100,
      coalesce(country.points, ${k(w.country.unknown)})
      + CASE WHEN cardinality(array_remove(supplier.products, '')) = 0
             THEN ${k(w.products.unknown)} ELSE coalesce(products.points, 0) END
      + CASE WHEN supplier.sector_division IS NULL THEN ${k(w.sector.unknown)}
             WHEN supplier.sector_division = ANY(${w.sector.highRiskDivisions}::text[])
               THEN ${k(w.sector.highRisk)} ELSE 0 END
      + coalesce(sites.workforce, ${k(w.workforce.unknown)})
      + CASE WHEN recruiters.fees THEN ${k(w.recruitment.feesCharged)} ELSE 0 END
      + CASE WHEN recruiters.revoked THEN ${k(w.recruitment.licenceRevoked)} ELSE 0 END
      + CASE WHEN recruiters.unverified THEN ${k(w.recruitment.licenceUnverified)} ELSE 0 END
      + CASE WHEN recruiters.sub_agents THEN ${k(w.recruitment.subAgents)} ELSE 0 END
      + CASE WHEN recruiters.fees_unknown AND NOT recruiters.fees
             THEN ${k(w.recruitment.feesUnknown)} ELSE 0 END
      + CASE WHEN sites.migrants_unrecruited
             THEN ${k(w.recruitment.migrantsWithoutRecruiter)} ELSE 0 END
      + CASE WHEN supplier.tier IS NULL THEN ${k(w.tier.notConnected)}
             WHEN supplier.tier <= 1 THEN 0
             WHEN supplier.tier = 2 THEN ${k(w.tier.tier2)} ELSE ${k(w.tier.tier3Plus)} END
    ) AS score
    FROM supplier
    LEFT JOIN country_points country ON country.country = supplier.country
    LEFT JOIN product_points products ON products.supplier_id = supplier.id
    LEFT JOIN site_points sites ON sites.supplier_id = supplier.id
    LEFT JOIN supplier_recruiters recruiters ON recruiters.supplier_id = supplier.id`;
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
    const reference = await timed(() => db.$executeRaw(referenceStatement(organizationId, today)));
    await db.$executeRaw`DROP TABLE bench_reference_scores`;
    // Again, now that caches are warm for both.
    const referenceWarm = await timed(() =>
      db.$executeRaw(referenceStatement(organizationId, today)),
    );
    const [agreement] = await db.$queryRaw<{ total: number; differ: number }[]>`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE app.risk_score IS DISTINCT FROM reference.score)::int AS differ
      FROM bench_reference_scores reference
      LEFT JOIN supplier_current_risks app ON app.supplier_id = reference.supplier_id`;
    const examples = await db.$queryRaw<{ id: string; app: number; sql: number }[]>`
      SELECT reference.supplier_id::text AS id, app.risk_score AS app, reference.score AS sql
      FROM bench_reference_scores reference
      LEFT JOIN supplier_current_risks app ON app.supplier_id = reference.supplier_id
      WHERE app.risk_score IS DISTINCT FROM reference.score LIMIT 3`;

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
    const latencies: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        const startedAt = performance.now();
        await db.$queryRaw`
          SELECT s.id, s.legal_name, risk.risk_score
          FROM suppliers s JOIN supplier_current_risks risk ON risk.supplier_id = s.id
          WHERE risk.organization_id = ${organizationId}::uuid AND risk.risk_band = 'high'
          ORDER BY risk.risk_score DESC, s.id LIMIT 25`;
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
    log(`  one hand-written SQL statement (suppliers only, scores only):`);
    log(`    cold ${seconds(reference.ms)}, warm ${seconds(referenceWarm.ms)}`);
    const baseline = Math.min(reference.ms, referenceWarm.ms);
    log(`  ratio, app first run / SQL:               ${(first.ms / baseline).toFixed(2)}×`);
    log(`  ratio, app nothing changed / SQL:         ${(unchanged.ms / baseline).toFixed(2)}×`);
    log(
      `  supplier scores compared: ${agreement?.total ?? 0}, differing: ${agreement?.differ ?? "?"}`,
    );
    for (const example of examples)
      log(`    differs: ${example.id} app ${example.app} sql ${example.sql}`);
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
