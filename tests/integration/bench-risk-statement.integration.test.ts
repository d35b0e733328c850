/**
 * `npm run bench:risk` holds the whole-organisation recomputation to ONE hand-written SQL
 * statement doing the same work (scripts/bench/risk-statements.ts). This keeps that baseline
 * honest as the model grows: on the bench's generated organisation, at a small size, the
 * statement's rows must equal the app's (score, band, every factor with its values, source and
 * edition, the unknowns, the supplier list's score), after a first run and after a weight
 * change, and a second run of either must find nothing changed.
 */
import { describe, expect, it } from "vitest";

import { recomputeRisk } from "@/modules/risk/services/recompute-risk";
import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  type TRiskWeights,
} from "@/modules/risk/schemas";

import { generateRiskBenchData } from "../../scripts/bench/risk-data";
import {
  explainedScoreStatement,
  explainedTablesSql,
  statementBesideApp,
} from "../../scripts/bench/risk-statements";
import { createOrganization } from "../factories/identity";
import { testDb } from "../support/integration";

const SUPPLIERS = 240;

describe("[RISK] the bench's SQL statement does the app's recomputation", () => {
  it("writes the same rows as the app, first and after a weight change, then nothing", async () => {
    const db = testDb();
    const { id: organizationId } = await createOrganization(db, { name: "Bench Statement plc" });
    await generateRiskBenchData({ db, organizationId, suppliers: SUPPLIERS });
    for (const sql of explainedTablesSql) await db.$executeRawUnsafe(sql);
    const today = new Date().toISOString().slice(0, 10);

    /** Runs the statement with these weights; the rows it wrote. */
    const statement = async (weights: TRiskWeights, settingsVersion: number) => {
      const basis = await db.riskScoreBasis.findFirstOrThrow({
        where: { organizationId, settingsVersion },
      });
      return db.$transaction(async (tx) =>
        tx.$executeRaw(
          explainedScoreStatement({ organizationId, basisId: basis.id, today, weights }),
        ),
      );
    };
    /** Rows where the statement's current score and the app's differ, in any way. */
    const differences = async () => {
      const rows = await db.$queryRaw<
        { subject: string; subjectId: string; app: unknown; statement: unknown }[]
      >`
        SELECT statement.subject::text, statement.subject_id::text AS "subjectId",
          json_build_object('score', app.residual_score, 'band', app.residual_band,
            'factors', app.factors, 'unknowns', app.unknowns, 'list', list.risk_score) AS app,
          json_build_object('score', statement.residual_score, 'band', statement.residual_band,
            'factors', statement.factors, 'unknowns', statement.unknowns,
            'list', statement_list.risk_score) AS statement
        ${statementBesideApp(organizationId)}
          AND (app.id IS NULL
            OR (app.residual_score, app.residual_band, app.factors::jsonb, app.unknowns::jsonb)
              IS DISTINCT FROM (statement.residual_score, statement.residual_band,
                statement.factors::jsonb, statement.unknowns::jsonb)
            OR (statement.subject = 'supplier'
              AND list.risk_score IS DISTINCT FROM statement_list.risk_score))
        LIMIT 3`;
      return rows;
    };
    const currentRows = () =>
      db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM bench_risk_scores
        WHERE organization_id = ${organizationId}::uuid AND is_current`;

    const first = await recomputeRisk({ db, organizationId });
    expect(await statement(DEFAULT_RISK_WEIGHTS, 0)).toBe(
      // One row of supplier_current_risks per supplier: what the statement's last insert counts.
      SUPPLIERS,
    );
    expect(await currentRows()).toEqual([{ count: first.subjectsDone }]);
    expect(await differences()).toEqual([]);

    // Nothing changed: the statement, like the app, writes nothing.
    expect(await statement(DEFAULT_RISK_WEIGHTS, 0)).toBe(0);

    const weights = {
      ...DEFAULT_RISK_WEIGHTS,
      tier: { ...DEFAULT_RISK_WEIGHTS.tier, tier2: 4 },
      recruitment: { ...DEFAULT_RISK_WEIGHTS.recruitment, feesCharged: 30 },
    };
    await db.riskSettings.create({
      data: { organizationId, weights, bandThresholds: DEFAULT_BAND_THRESHOLDS, version: 2 },
    });
    const rewrite = await recomputeRisk({ db, organizationId });
    expect(rewrite.changed).toBeGreaterThan(0);
    await statement(weights, 2);
    expect(await currentRows()).toEqual([{ count: first.subjectsDone }]);
    expect(await differences()).toEqual([]);
    expect(await statement(weights, 2)).toBe(0);
  });
});
