/**
 * The statements `bench:risk` times next to the app. The baseline: ONE hand-written set-based SQL statement that
 * does what a whole-organisation recomputation does. For every live supplier and every live
 * site of one, under the default weights and bands, it computes the score and band AND the
 * explanation the app stores (every factor with its points, reason values, source and edition,
 * and the unknown inputs), then stores them as the app does: a score row pointing to the run's
 * basis, the old current row retired, the supplier's current score for the list; and, as the
 * app, only for the subjects whose score or explanation changed (compared by a digest).
 *
 * It writes into tables shaped like the app's (`LIKE … INCLUDING ALL`, the same foreign keys),
 * so the app's own rows stay as they are and the two can be compared row by row. Goods matching
 * is written with regular expressions (whole words, a plural "s", parentheses dropped, slashes
 * as alternatives), enough for the generated products; the bench checks that both agree on
 * every score and every factor.
 *
 * Also the statement of earlier figures (`scoreOnlyStatement`): the scores and bands alone, no
 * explanation, nothing compared or kept; a reference, not the same work.
 */
import { NAMES_SHOWN } from "@/modules/risk/model/score-subject";
import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  RISK_FACTOR_CODES,
  type TBandThresholds,
  type TRiskWeights,
} from "@/modules/risk/schemas";
import { Prisma } from "@/server/db";

/** A constant of our own weights, written into the statement (numbers only). */
export const k = (value: number) => Prisma.raw(String(Math.trunc(value)));

/** The tables the statement writes to, next to the app's. */
export const explainedTablesSql = [
  `CREATE TABLE bench_risk_scores (LIKE risk_scores INCLUDING ALL)`,
  `ALTER TABLE bench_risk_scores ADD FOREIGN KEY (organization_id, basis_id)
     REFERENCES risk_score_bases (organization_id, id) ON DELETE CASCADE`,
  `CREATE TABLE bench_current_risks (LIKE supplier_current_risks INCLUDING ALL)`,
  `ALTER TABLE bench_current_risks ADD FOREIGN KEY (supplier_id) REFERENCES suppliers (id)
     ON DELETE CASCADE`,
  `ALTER TABLE bench_current_risks ADD FOREIGN KEY (organization_id) REFERENCES organizations (id)
     ON DELETE CASCADE`,
];

/**
 * The statement's current rows of an organisation beside the app's current rows and both list
 * scores (`statement`, `app`, `list`, `statement_list`), as the FROM and WHERE of a comparison.
 */
export const statementBesideApp = (organizationId: string) => Prisma.sql`
  FROM bench_risk_scores statement
  LEFT JOIN risk_scores app ON app.organization_id = statement.organization_id
    AND app.subject = statement.subject AND app.subject_id = statement.subject_id
    AND app.is_current
  LEFT JOIN supplier_current_risks list ON list.supplier_id = statement.subject_id
  LEFT JOIN bench_current_risks statement_list ON statement_list.supplier_id = statement.subject_id
  WHERE statement.organization_id = ${organizationId}::uuid AND statement.is_current`;

/**
 * What both statements read, as CTEs: the active goods list (its goods as word patterns), the
 * live suppliers and their live sites, the subjects scored (every supplier, and every site of
 * one unless `sites` is false) with the sites whose workforce and recruiters count for each,
 * the recruiters each site reaches (through sub-agents too) and each recruiter's licence state.
 */
const inputCtes = ({ org, today, sites }: { org: Prisma.Sql; today: string; sites: boolean }) =>
  Prisma.sql`
    goods_edition AS (
      SELECT id, edition FROM reference_editions
      WHERE dataset = 'goods_list' AND (organization_id IS NULL OR organization_id = ${org})
      ORDER BY effective_date DESC, organization_id NULLS LAST, created_at DESC LIMIT 1
    ),
    goods AS (
      SELECT entry.country, entry.good, entry.forced_labor OR entry.forced_child_labor AS forced,
        entry.child_labor AS child, entry.derived, entry.derived_from_country,
        '\\m' || regexp_replace(lower(trim(alternative)), 's$', '') || 's?\\M' AS pattern
      FROM goods_list_entries entry
      CROSS JOIN LATERAL regexp_split_to_table(
        regexp_replace(entry.good, '\\([^)]*\\)', '', 'g'), '/') AS alternative
      WHERE entry.edition_id = (SELECT id FROM goods_edition)
    ),
    supplier AS (
      SELECT * FROM suppliers WHERE organization_id = ${org} AND archived_at IS NULL
    ),
    site AS (
      SELECT site.* FROM sites site JOIN supplier ON supplier.id = site.supplier_id
      WHERE site.archived_at IS NULL
    ),
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
      SELECT recruiter.id, recruiter.name, recruiter.fee_policy,
        bool_or(licence.status IN ('revoked', 'suspended')) IS TRUE AS revoked,
        bool_or(licence.status = 'valid'
                AND (licence.valid_until IS NULL OR licence.valid_until >= ${today}::date))
          IS TRUE AS valid
      FROM recruiters recruiter
      LEFT JOIN recruiter_licences licence ON licence.recruiter_id = recruiter.id
      WHERE recruiter.organization_id = ${org}
      GROUP BY recruiter.id
    )`;

export const explainedScoreStatement = ({
  organizationId,
  basisId,
  today,
  weights: w = DEFAULT_RISK_WEIGHTS,
  bands = DEFAULT_BAND_THRESHOLDS,
}: {
  organizationId: string;
  basisId: string;
  today: string;
  weights?: TRiskWeights;
  bands?: TBandThresholds;
}) => {
  const org = Prisma.sql`${organizationId}::uuid`;
  /** A factor as the app stores it. */
  const factor = (
    code: string,
    points: Prisma.Sql,
    values: Prisma.Sql,
    source: string,
    edition: Prisma.Sql = Prisma.sql`NULL::text`,
  ) => Prisma.sql`
    ${code}::text AS code, ${points} AS points, json_build_object('code', ${code}::text,
      'points', ${points}, 'values', ${values}, 'source', ${source}::text,
      'edition', ${edition}) AS factor`;
  const noValues = Prisma.sql`json_build_object()`;
  const shareFactor = (code: string, column: string, steps: typeof w.workforce.migrant) => {
    const share = Prisma.raw(`site.${column}`);
    const points = Prisma.sql`CASE WHEN ${share} >= ${k(steps.high.atLeast)}
      THEN ${k(steps.high.points)} ELSE ${k(steps.some.points)} END`;
    const threshold = Prisma.sql`CASE WHEN ${share} >= ${k(steps.high.atLeast)}
      THEN ${k(steps.high.atLeast)} ELSE ${k(steps.some.atLeast)} END`;
    return Prisma.sql`
      SELECT site.id, ${factor(code, points, Prisma.sql`json_build_object('site', site.name, 'share', ${share}, 'threshold', ${threshold})`, "site_record")}
      FROM site WHERE ${share} >= ${k(steps.some.atLeast)}`;
  };
  const goodsEdition = Prisma.sql`(SELECT edition FROM goods_edition)`;
  /** A product factor naming the goods of the list that the subject's products match. */
  const listedGoods = (code: string, points: number, goods: string, moreValues = "") => Prisma.sql`
    SELECT listed.country, listed.products, ${factor(
      code,
      k(points),
      Prisma.sql`json_build_object('country', listed.country,
        'goods', ${Prisma.raw(`match.${goods}`)}${Prisma.raw(moreValues)})`,
      "goods_list",
      goodsEdition,
    )}
    FROM listed JOIN product_match match USING (country, products)
    WHERE match.code = ${code}`;
  /** A recruitment factor naming the first recruiters of a kind (and how many there are). */
  const named = (code: string, points: number, kind: string) => Prisma.sql`
    SELECT subject_id, ${factor(
      code,
      k(points),
      Prisma.sql`json_build_object('count', count(*) FILTER (WHERE ${Prisma.raw(kind)}),
        'names', array_to_string((array_agg(DISTINCT name COLLATE "C" ORDER BY name COLLATE "C")
          FILTER (WHERE ${Prisma.raw(kind)}))[1:${k(NAMES_SHOWN)}], ', '))`,
      "recruiter_records",
    )}
    FROM subject_recruiter GROUP BY subject_id HAVING bool_or(${Prisma.raw(kind)})`;
  // The explanation lists its factors in the model's order of codes.
  const codeOrder = Prisma.sql`array_position(${[...RISK_FACTOR_CODES]}::text[], code)`;
  return Prisma.sql`
    WITH RECURSIVE
    ${inputCtes({ org, today, sites: true })},
    tip_edition AS (
      SELECT id, edition, effective_date, created_at FROM reference_editions
      WHERE dataset = 'tip_tiers' AND (organization_id IS NULL OR organization_id = ${org})
    ),
    tip AS (
      SELECT entry.country, entry.report_year, entry.tier, edition.edition
      FROM tip_tier_entries entry JOIN tip_edition edition ON edition.id = entry.edition_id
    ),
    latest AS (
      SELECT report_year AS year, edition FROM tip ORDER BY report_year DESC LIMIT 1
    ),
    -- Countries the TIP data rates (the United States rates itself in the report's narrative).
    rated AS (SELECT DISTINCT country FROM tip UNION SELECT 'US'),
    country_factor AS (
      SELECT country.country, ${factor(
        "country_override",
        Prisma.sql`override.points`,
        Prisma.sql`json_build_object('country', country.country, 'reason', override.reason)`,
        "organization_override",
      )}
      FROM (SELECT DISTINCT country FROM subject) country
      JOIN country_risk_overrides override
        ON override.organization_id = ${org} AND override.country = country.country
      UNION ALL
      SELECT country.country, ${factor(
        "country_tip",
        Prisma.sql`CASE coalesce(listed.tier::text, 'tier_1_or_2')
          WHEN 'tier_3' THEN ${k(w.country.tier3)}
          WHEN 'special_case' THEN ${k(w.country.specialCase)}
          WHEN 'tier_2_watch_list' THEN ${k(w.country.tier2WatchList)}
          WHEN 'tier_2' THEN ${k(w.country.tier2)}
          WHEN 'tier_1' THEN ${k(w.country.tier1)}
          ELSE ${k(w.country.tier1Or2)} END`,
        Prisma.sql`json_build_object('country', country.country,
          'tier', coalesce(listed.tier::text, 'tier_1_or_2'), 'year', latest.year)`,
        "tip_tiers",
        Prisma.sql`latest.edition`,
      )}
      FROM (SELECT DISTINCT country FROM subject) country
      CROSS JOIN latest
      LEFT JOIN tip listed ON listed.country = country.country AND listed.report_year = latest.year
      WHERE country.country IN (SELECT country FROM rated)
        AND NOT EXISTS (SELECT FROM country_risk_overrides override
          WHERE override.organization_id = ${org} AND override.country = country.country)
      UNION ALL
      SELECT history.country, ${factor(
        "country_tip_history",
        Prisma.sql`history.points`,
        Prisma.sql`json_build_object('country', history.country, 'tier3Years', history.tier3,
          'watchListYears', history.watch, 'fromYear', history.from_year,
          'toYear', history.to_year)`,
        "tip_tiers",
        Prisma.sql`history.edition`,
      )}
      FROM (
        SELECT country.country, latest.edition,
          latest.year - ${k(w.country.historyYears)} AS from_year, latest.year - 1 AS to_year,
          count(*) FILTER (WHERE tip.tier = 'tier_3') AS tier3,
          count(*) FILTER (WHERE tip.tier = 'tier_2_watch_list') AS watch,
          count(*) FILTER (WHERE tip.tier = 'tier_3') * ${k(w.country.historyTier3PerYear)}
            + count(*) FILTER (WHERE tip.tier = 'tier_2_watch_list')
              * ${k(w.country.historyWatchListPerYear)} AS points
        FROM (SELECT DISTINCT country FROM subject) country
        CROSS JOIN latest
        JOIN tip ON tip.country = country.country
          AND tip.report_year >= latest.year - ${k(w.country.historyYears)}
          AND tip.report_year < latest.year
        WHERE NOT EXISTS (SELECT FROM country_risk_overrides override
          WHERE override.organization_id = ${org} AND override.country = country.country)
        GROUP BY country.country, latest.edition, latest.year
      ) history
      WHERE history.points > 0
      UNION ALL
      SELECT country.country, ${factor(
        "unknown_country",
        k(w.country.unknown),
        Prisma.sql`json_build_object('country', country.country, 'year', latest.year)`,
        "tip_tiers",
        Prisma.sql`latest.edition`,
      )}
      FROM (SELECT DISTINCT country FROM subject) country
      LEFT JOIN latest ON true
      WHERE country.country NOT IN (SELECT country FROM rated)
        AND NOT EXISTS (SELECT FROM country_risk_overrides override
          WHERE override.organization_id = ${org} AND override.country = country.country)
    ),
    -- Products: each distinct product list is matched once per country.
    listed AS (SELECT DISTINCT country, products FROM subject),
    matched AS (
      SELECT DISTINCT listed.country, listed.products, goods.good, goods.forced, goods.child,
        goods.derived, goods.derived_from_country
      FROM listed
      CROSS JOIN LATERAL unnest(listed.products) AS product
      JOIN goods ON goods.country = listed.country AND lower(product) ~ goods.pattern
    ),
    product_match AS (
      SELECT country, products,
        CASE WHEN bool_or(forced) THEN 'product_forced_labour'
             WHEN bool_or(child) THEN 'product_child_labour'
             ELSE 'product_derived' END AS code,
        string_agg(DISTINCT good COLLATE "C", ', ' ORDER BY good COLLATE "C") FILTER (WHERE forced) AS forced_goods,
        string_agg(DISTINCT good COLLATE "C", ', ' ORDER BY good COLLATE "C") FILTER (WHERE child) AS child_goods,
        string_agg(DISTINCT good COLLATE "C", ', ' ORDER BY good COLLATE "C") FILTER (WHERE derived) AS derived_goods,
        string_agg(DISTINCT derived_from_country::text, ', ' ORDER BY derived_from_country::text)
          FILTER (WHERE derived) AS from_countries
      FROM matched GROUP BY country, products
      HAVING bool_or(forced OR child OR derived)
    ),
    product_factor AS (
      ${listedGoods("product_forced_labour", w.products.forcedLabour, "forced_goods")}
      UNION ALL
      ${listedGoods("product_child_labour", w.products.childLabour, "child_goods")}
      UNION ALL
      ${listedGoods(
        "product_derived",
        w.products.derived,
        "derived_goods",
        ", 'fromCountries', coalesce(match.from_countries, '')",
      )}
      UNION ALL
      SELECT listed.country, listed.products, ${factor(
        "product_not_listed",
        k(0),
        Prisma.sql`json_build_object('country', listed.country)`,
        "goods_list",
        goodsEdition,
      )}
      FROM listed
      WHERE EXISTS (SELECT FROM unnest(listed.products) AS product WHERE btrim(product) <> '')
        AND NOT EXISTS (SELECT FROM product_match match
          WHERE match.country = listed.country AND match.products = listed.products)
      UNION ALL
      SELECT listed.country, listed.products,
        ${factor("unknown_products", k(w.products.unknown), noValues, "supplier_record")}
      FROM listed
      WHERE NOT EXISTS (SELECT FROM unnest(listed.products) AS product WHERE btrim(product) <> '')
    ),
    -- Workforce: each site's factors; a supplier takes those of its highest-scoring site.
    site_factor AS (
      ${shareFactor("workforce_migrant", "migrant_share", w.workforce.migrant)}
      UNION ALL
      ${shareFactor("workforce_temporary", "temporary_share", w.workforce.temporary)}
      UNION ALL
      ${shareFactor("workforce_seasonal", "seasonal_share", w.workforce.seasonal)}
      UNION ALL
      SELECT site.id, ${factor(
        "workforce_employer_housing",
        k(w.workforce.employerHousing),
        Prisma.sql`json_build_object('site', site.name)`,
        "site_record",
      )}
      FROM site WHERE site.employer_housing
      UNION ALL
      SELECT site.id, ${factor(
        "unknown_workforce",
        k(w.workforce.unknown),
        Prisma.sql`json_build_object('site', site.name)`,
        "site_record",
      )}
      FROM site
      WHERE site.migrant_share IS NULL AND site.temporary_share IS NULL
        AND site.seasonal_share IS NULL
      UNION ALL
      SELECT site.id, ${factor(
        "workforce_no_signs",
        k(0),
        Prisma.sql`json_build_object('site', site.name)`,
        "site_record",
      )}
      FROM site
      WHERE num_nonnulls(site.migrant_share, site.temporary_share, site.seasonal_share) > 0
        AND coalesce(site.migrant_share < ${k(w.workforce.migrant.some.atLeast)}, true)
        AND coalesce(site.temporary_share < ${k(w.workforce.temporary.some.atLeast)}, true)
        AND coalesce(site.seasonal_share < ${k(w.workforce.seasonal.some.atLeast)}, true)
        AND site.employer_housing IS NOT TRUE
    ),
    workforce_site AS (
      SELECT DISTINCT ON (subject_site.subject_id) subject_site.subject_id, subject_site.site_id
      FROM subject_site
      JOIN (SELECT id, sum(points) AS points FROM site_factor GROUP BY id) site_points
        ON site_points.id = subject_site.site_id
      ORDER BY subject_site.subject_id, site_points.points DESC, subject_site.site_id
    ),
    -- Recruitment: the recruiters of the subject's sites (a sub-agent anywhere counts as one).
    subject_recruiter AS (
      SELECT recruited.subject_id, state.name,
        state.fee_policy = 'fees_charged' AS charging, state.fee_policy = 'unknown' AS fees_unknown,
        state.revoked, NOT state.revoked AND NOT state.valid AS unverified,
        recruited.is_sub_agent
      FROM (
        SELECT subject_site.subject_id, reach.recruiter_id, bool_or(reach.is_sub_agent) AS is_sub_agent
        FROM subject_site JOIN reach ON reach.site_id = subject_site.site_id
        GROUP BY subject_site.subject_id, reach.recruiter_id
      ) recruited
      JOIN recruiter_state state ON state.id = recruited.recruiter_id
    ),
    recruitment_factor AS (
      ${named("recruitment_fees", w.recruitment.feesCharged, "charging")}
      UNION ALL
      ${named("recruitment_licence_revoked", w.recruitment.licenceRevoked, "revoked")}
      UNION ALL
      ${named("recruitment_licence_unverified", w.recruitment.licenceUnverified, "unverified")}
      UNION ALL
      ${named("recruitment_sub_agents", w.recruitment.subAgents, "is_sub_agent")}
      UNION ALL
      SELECT subject_id, ${factor(
        "recruitment_no_signs",
        k(0),
        Prisma.sql`json_build_object('count', count(*))`,
        "recruiter_records",
      )}
      FROM subject_recruiter GROUP BY subject_id
      HAVING NOT bool_or(charging OR revoked OR unverified OR is_sub_agent)
      UNION ALL
      SELECT subject_id, ${factor(
        "unknown_recruitment_fees",
        k(w.recruitment.feesUnknown),
        Prisma.sql`json_build_object('count', count(*) FILTER (WHERE fees_unknown),
          'names', array_to_string((array_agg(DISTINCT name COLLATE "C" ORDER BY name COLLATE "C")
            FILTER (WHERE fees_unknown))[1:${k(NAMES_SHOWN)}], ', '))`,
        "recruiter_records",
      )}
      FROM subject_recruiter GROUP BY subject_id
      HAVING bool_or(fees_unknown) AND NOT bool_or(charging)
      UNION ALL
      (SELECT DISTINCT ON (subject_site.subject_id) subject_site.subject_id, ${factor(
        "unknown_recruitment",
        k(w.recruitment.migrantsWithoutRecruiter),
        Prisma.sql`json_build_object('site', site.name, 'share', site.migrant_share)`,
        "recruiter_records",
      )}
      FROM subject_site JOIN site ON site.id = subject_site.site_id
      WHERE site.migrant_share >= ${k(w.workforce.migrant.some.atLeast)}
        AND NOT EXISTS (SELECT FROM reach WHERE reach.site_id = site.id)
      ORDER BY subject_site.subject_id, site.migrant_share DESC, site.id)
    ),
    factor_row AS (
      SELECT subject.subject_id, country_factor.code, country_factor.points,
        country_factor.factor
      FROM subject JOIN country_factor USING (country)
      UNION ALL
      SELECT subject.subject_id, product_factor.code, product_factor.points,
        product_factor.factor
      FROM subject JOIN product_factor USING (country, products)
      UNION ALL
      SELECT subject.subject_id, sector.*
      FROM subject CROSS JOIN LATERAL (
        SELECT ${factor("unknown_sector", k(w.sector.unknown), noValues, "supplier_record")}
        WHERE subject.sector_division IS NULL
        UNION ALL
        SELECT ${factor(
          "sector_high_risk",
          k(w.sector.highRisk),
          Prisma.sql`json_build_object('division', subject.sector_division)`,
          "supplier_record",
        )}
        WHERE subject.sector_division = ANY(${w.sector.highRiskDivisions}::text[])
        UNION ALL
        SELECT ${factor(
          "sector_other",
          k(0),
          Prisma.sql`json_build_object('division', subject.sector_division)`,
          "supplier_record",
        )}
        WHERE subject.sector_division <> ALL(${w.sector.highRiskDivisions}::text[])
      ) sector
      UNION ALL
      SELECT workforce_site.subject_id, site_factor.code, site_factor.points, site_factor.factor
      FROM workforce_site JOIN site_factor ON site_factor.id = workforce_site.site_id
      UNION ALL
      SELECT supplier.id, ${factor(
        "unknown_workforce",
        k(w.workforce.unknown),
        Prisma.sql`json_build_object('site', NULL::text)`,
        "site_record",
      )}
      FROM supplier WHERE NOT EXISTS (SELECT FROM site WHERE site.supplier_id = supplier.id)
      UNION ALL
      SELECT * FROM recruitment_factor
      UNION ALL
      SELECT subject.subject_id, tier.*
      FROM subject CROSS JOIN LATERAL (
        SELECT ${factor("unknown_tier", k(w.tier.notConnected), noValues, "supply_chain")}
        WHERE subject.tier IS NULL
        UNION ALL
        SELECT ${factor(
          "tier_depth",
          Prisma.sql`CASE WHEN subject.tier <= 1 THEN 0 WHEN subject.tier = 2
            THEN ${k(w.tier.tier2)} ELSE ${k(w.tier.tier3Plus)} END`,
          Prisma.sql`json_build_object('tier', subject.tier)`,
          "supply_chain",
        )}
        WHERE subject.tier IS NOT NULL
      ) tier
      UNION ALL
      SELECT subject.subject_id,
        ${factor("residual_inherent_only", k(0), noValues, "risk_model")}
      FROM subject
    ),
    -- Grouped by subject id alone (suppliers' and sites' ids are distinct), then joined.
    explained AS (
      SELECT subject.subject, totals.*
      FROM (
        SELECT subject_id, least(100, sum(points))::smallint AS score,
          json_agg(factor ORDER BY ${codeOrder}) AS factors,
          coalesce(json_agg(json_build_object('code', code, 'points', points)
            ORDER BY ${codeOrder}) FILTER (WHERE code LIKE 'unknown%'), '[]') AS unknowns
        FROM factor_row GROUP BY subject_id
      ) totals
      JOIN subject USING (subject_id)
    ),
    banded AS (
      SELECT *, CASE WHEN score >= ${k(bands.critical)} THEN 'critical'
                     WHEN score >= ${k(bands.high)} THEN 'high'
                     WHEN score >= ${k(bands.medium)} THEN 'medium' ELSE 'low' END::risk_band AS band
      FROM explained
    ),
    -- As the app: a digest of what the row says, compared with the current row's; only the
    -- subjects whose score or explanation changed get a new row.
    digested AS (
      SELECT *, encode(sha256(convert_to(
        concat_ws(',', score, band, factors::text, unknowns::text), 'UTF8')), 'base64') AS fingerprint
      FROM banded
    ),
    changed AS (
      SELECT digested.*, present.subject_id IS NOT NULL AS has_current
      FROM digested
      LEFT JOIN bench_risk_scores present ON present.organization_id = ${org}
        AND present.subject = digested.subject AND present.subject_id = digested.subject_id
        AND present.is_current
      WHERE present.fingerprint IS DISTINCT FROM digested.fingerprint
    ),
    retired AS (
      UPDATE bench_risk_scores SET is_current = false
      WHERE organization_id = ${org} AND is_current
        AND (subject, subject_id) IN (SELECT subject, subject_id FROM changed WHERE has_current)
    ),
    inserted AS (
      INSERT INTO bench_risk_scores (id, organization_id, subject, subject_id, inherent_score,
        inherent_band, residual_score, residual_band, factors, unknowns, basis_id, fingerprint,
        is_current, computed_at)
      SELECT gen_random_uuid(), ${org}, subject, subject_id, score, band, score, band, factors,
        unknowns, ${basisId}::uuid, fingerprint, true, clock_timestamp()
      FROM changed
    )
    INSERT INTO bench_current_risks AS current (supplier_id, organization_id, risk_score, risk_band)
    SELECT subject_id, ${org}, score, band FROM changed WHERE subject = 'supplier'
    ON CONFLICT (supplier_id) DO UPDATE
      SET risk_score = excluded.risk_score, risk_band = excluded.risk_band
      WHERE (current.risk_score, current.risk_band)
        IS DISTINCT FROM (excluded.risk_score, excluded.risk_band)`;
};

/**
 * The scores alone: the inherent score and band of every live supplier and every live site of
 * one (or of the suppliers alone) under the default weights and bands, from the same tables,
 * in one set-based statement, stored in a new table. No explanation is built, nothing is
 * compared with the current scores, no history is kept.
 */
export const scoreOnlyStatement = (
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
    ${inputCtes({ org, today, sites })},
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
