/**
 * The inputs of the risk model, read with a handful of set-based queries per batch of suppliers
 * (never one query per supplier): the suppliers, their live sites, the recruiters each site uses
 * (and every sub-agent those work through), the recruiters' licences; plus, once per run, the
 * reference data and the organisation's settings and country overrides.
 *
 * Raw rows are parsed with zod: this is where database text becomes the model's types.
 */
import { z } from "zod";

import {
  editionsInPrecedence,
  loadActiveGoodsList,
  loadTipTierLookup,
  type TipTierLookup,
} from "@/modules/reference/services/active-editions";
import type { TEditionRef, TGoodsEntry } from "@/modules/reference/schemas";
import { Prisma, type DbOrTx } from "@/server/db";

import type {
  GoodsInputs,
  RecruiterInput,
  ScoreInputs,
  SiteInput,
  TipInputs,
} from "../model/score-subject";
import type { TBasisEdition, TRiskBasis } from "../schemas";
import { loadRiskSettings, type RiskSettingsValues } from "./risk-context";

// ─── Reference data (once per run, cached across runs by edition) ─────────────────────────────

type ReferenceInputs = {
  tip: TipTierLookup;
  goods: { edition: TEditionRef; byCountry: Map<string, TGoodsEntry[]> } | null;
  /** The active edition of each dataset the model reads (what scores record as their basis). */
  basisEditions: TBasisEdition[];
};

const basisEdition = (
  dataset: TBasisEdition["dataset"],
  edition: TEditionRef | undefined,
): TBasisEdition[] =>
  edition ? [{ dataset, id: edition.id, edition: edition.edition, source: edition.source }] : [];

// Editions never change once loaded (a new file is a new edition), so the look-ups built from a
// given set of editions can be kept: a supplier edit then costs two small queries, not a
// reload of a few thousand reference rows.
const referenceCache = new Map<string, ReferenceInputs>();
const REFERENCE_CACHE_SIZE = 16;

const loadReferenceInputs = async (
  db: DbOrTx,
  organizationId: string,
): Promise<ReferenceInputs> => {
  const [tipEditions, goodsEditions] = await Promise.all([
    editionsInPrecedence({ db, organizationId, dataset: "tip_tiers" }),
    editionsInPrecedence({ db, organizationId, dataset: "goods_list" }),
  ]);
  const key = [...tipEditions, ...goodsEditions.slice(0, 1)].map((e) => e.id).join(",");
  const cached = referenceCache.get(key);
  if (cached) return cached;
  const [tip, goodsList] = await Promise.all([
    loadTipTierLookup({ db, organizationId }),
    loadActiveGoodsList({ db, organizationId }),
  ]);
  const byCountry = new Map<string, TGoodsEntry[]>();
  for (const entry of goodsList?.entries ?? []) {
    byCountry.set(entry.country, [...(byCountry.get(entry.country) ?? []), entry]);
  }
  const inputs = {
    tip,
    goods: goodsList ? { edition: goodsList.edition, byCountry } : null,
    basisEditions: [
      ...basisEdition("tip_tiers", tipEditions[0]),
      ...basisEdition("goods_list", goodsEditions[0]),
    ],
  };
  if (referenceCache.size >= REFERENCE_CACHE_SIZE) referenceCache.clear();
  referenceCache.set(key, inputs);
  return inputs;
};

/** The settings, the basis every score of the run records, and today (UTC, YYYY-MM-DD). */
export type RunContext = RiskSettingsValues & { basis: TRiskBasis; today: string };

export type RunInputs = {
  context: RunContext;
  reference: ReferenceInputs;
  overrides: Map<string, { points: number; reason: string }>;
  tipByCountry: Map<string, TipInputs>;
};

/** What every subject of a run shares; read in the run's first transaction. */
export const loadRunInputs = async ({
  db,
  organizationId,
  now,
}: {
  db: DbOrTx;
  organizationId: string;
  now?: Date;
}): Promise<RunInputs> => {
  const [settings, reference, overrides] = await Promise.all([
    loadRiskSettings({ db, organizationId }),
    loadReferenceInputs(db, organizationId),
    db.countryRiskOverride.findMany({
      where: { organizationId },
      select: { country: true, points: true, reason: true },
    }),
  ]);
  return {
    context: {
      ...settings,
      basis: { settingsVersion: settings.version, editions: reference.basisEditions },
      // Licences whose end date is before today have expired.
      today: (now ?? new Date()).toISOString().slice(0, 10),
    },
    reference,
    overrides: new Map(overrides.map((o) => [o.country, { points: o.points, reason: o.reason }])),
    tipByCountry: new Map(),
  };
};

const tipInputsOf = (run: RunInputs, country: string): TipInputs => {
  const cached = run.tipByCountry.get(country);
  if (cached) return cached;
  const { tip } = run.reference;
  const latest = tip.tierOf(country);
  const latestYear = tip.latestYear;
  const history: { year: number; tier: NonNullable<TipInputs["latestTier"]> }[] = [];
  if (latestYear !== null) {
    const fromYear = latestYear - run.context.weights.country.historyYears;
    for (const year of tip.years.filter((y) => y >= fromYear && y < latestYear)) {
      const answer = tip.tierOf(country, year);
      if (answer.tier !== null) history.push({ year, tier: answer.tier });
    }
  }
  const inputs: TipInputs = {
    edition: latest.edition?.edition ?? tip.editions[0]?.edition ?? null,
    latestYear,
    latestTier: latest.tier,
    history,
  };
  run.tipByCountry.set(country, inputs);
  return inputs;
};

const goodsInputsOf = (run: RunInputs, country: string): GoodsInputs => {
  const { goods } = run.reference;
  return goods
    ? { edition: goods.edition.edition, entries: goods.byCountry.get(country) ?? [] }
    : { edition: null, entries: [] };
};

// ─── One batch of suppliers ───────────────────────────────────────────────────────────────────

const ZSupplierRow = z.object({
  id: z.string(),
  country: z.string(),
  products: z.array(z.string()),
  sectorDivision: z.string().nullable(),
  tier: z.number().int().nullable(),
});

const share = z.number().nullable();
const ZSiteRow = z.object({
  id: z.string(),
  supplierId: z.string(),
  name: z.string(),
  country: z.string(),
  migrantShare: share,
  temporaryShare: share,
  seasonalShare: share,
  employerHousing: z.boolean().nullable(),
});

const ZSiteRecruiterRow = z.object({
  siteId: z.string(),
  recruiterId: z.string(),
  isSubAgent: z.boolean(),
});

const ZRecruiterRow = z.object({
  id: z.string(),
  name: z.string(),
  feePolicy: z.enum(["no_fees", "fees_charged", "unknown"]),
});

const ZLicenceRow = z.object({
  recruiterId: z.string(),
  status: z.enum(["valid", "expired", "suspended", "revoked", "unlicensed", "unknown"]),
  validUntil: z.string().nullable(),
});

export type BatchSubject = {
  subject: "supplier" | "site";
  subjectId: string;
  /** The supplier the subject belongs to (itself for a supplier). */
  supplierId: string;
  inputs: ScoreInputs;
};

/**
 * The next `limit` live suppliers after `afterId` in id order (a whole-organisation run's next
 * batch), not locked: lockSupplierBatch locks them in the batch's own transaction.
 */
export const nextSupplierPage = async ({
  db,
  organizationId,
  afterId,
  limit,
}: {
  db: DbOrTx;
  organizationId: string;
  afterId: string | null;
  limit: number;
}): Promise<string[]> => {
  const after = afterId ?? "00000000-0000-0000-0000-000000000000";
  const page = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM suppliers
    WHERE organization_id = ${organizationId}::uuid AND archived_at IS NULL
      AND id > ${after}::uuid
    ORDER BY suppliers.id LIMIT ${limit}`;
  return page.map((row) => row.id);
};

/** A supplier's own inputs to the model, as a batch locks and reads them. */
export type SupplierInputRow = z.infer<typeof ZSupplierRow>;

/**
 * Locks the live suppliers among `ids` (FOR NO KEY UPDATE), so that two computations of one
 * supplier never interleave, and returns their own inputs in id order (read by the same
 * statement). `skipLocked` lets a background run pass over suppliers that a request is changing
 * right now, since that request rescores them itself.
 */
export const lockSupplierBatch = async ({
  tx,
  organizationId,
  ids,
  skipLocked,
}: {
  tx: DbOrTx;
  organizationId: string;
  ids: readonly string[];
  skipLocked: boolean;
}): Promise<SupplierInputRow[]> => {
  const lock = skipLocked
    ? Prisma.sql`FOR NO KEY UPDATE SKIP LOCKED`
    : Prisma.sql`FOR NO KEY UPDATE`;
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT id::text, country, products, sector_division AS "sectorDivision", tier::int
    FROM suppliers
    WHERE organization_id = ${organizationId}::uuid AND archived_at IS NULL
      AND id = ANY(${[...ids]}::uuid[])
    ORDER BY suppliers.id ${lock}`;
  return z.array(ZSupplierRow).parse(rows);
};

/** The model inputs of each (locked) supplier and of each of its live sites. */
export const loadBatchSubjects = async ({
  tx,
  organizationId,
  suppliers,
  run,
}: {
  tx: DbOrTx;
  organizationId: string;
  suppliers: readonly SupplierInputRow[];
  run: RunInputs;
}): Promise<BatchSubject[]> => {
  if (suppliers.length === 0) return [];
  const ids = suppliers.map((supplier) => supplier.id);
  const siteRows = await tx.$queryRaw<unknown[]>`
    SELECT id::text, supplier_id::text AS "supplierId", name, country,
      migrant_share::float8 AS "migrantShare", temporary_share::float8 AS "temporaryShare",
      seasonal_share::float8 AS "seasonalShare", employer_housing AS "employerHousing"
    FROM sites
    WHERE organization_id = ${organizationId}::uuid AND supplier_id = ANY(${ids}::uuid[])
      AND archived_at IS NULL
    ORDER BY id`;
  const sites = z.array(ZSiteRow).parse(siteRows);
  const siteIds = sites.map((site) => site.id);

  // Each site's recruiters: the live ones linked to it, and every live sub-agent they work
  // through (following recruiter → sub-agent edges; UNION stops on cycles).
  const siteRecruiters =
    siteIds.length === 0
      ? []
      : z.array(ZSiteRecruiterRow).parse(
          await tx.$queryRaw<unknown[]>`
            WITH RECURSIVE reach(site_id, recruiter_id, is_sub_agent) AS (
              SELECT link.site_id, link.recruiter_id, false
              FROM recruiter_site_links link
              JOIN recruiters recruiter
                ON recruiter.id = link.recruiter_id AND recruiter.archived_at IS NULL
              WHERE link.organization_id = ${organizationId}::uuid
                AND link.site_id = ANY(${siteIds}::uuid[])
              UNION
              SELECT reach.site_id, edge.sub_agent_id, true
              FROM reach
              JOIN recruiter_edges edge
                ON edge.organization_id = ${organizationId}::uuid
                AND edge.recruiter_id = reach.recruiter_id
              JOIN recruiters agent ON agent.id = edge.sub_agent_id AND agent.archived_at IS NULL
            )
            SELECT site_id::text AS "siteId", recruiter_id::text AS "recruiterId",
              bool_or(is_sub_agent) AS "isSubAgent"
            FROM reach GROUP BY site_id, recruiter_id`,
        );
  const recruiterIds = [...new Set(siteRecruiters.map((row) => row.recruiterId))];
  const [recruiterRows, licenceRows] =
    recruiterIds.length === 0
      ? [[], []]
      : await Promise.all([
          tx.$queryRaw<unknown[]>`
            SELECT id::text, name, fee_policy::text AS "feePolicy" FROM recruiters
            WHERE organization_id = ${organizationId}::uuid AND id = ANY(${recruiterIds}::uuid[])`,
          tx.$queryRaw<unknown[]>`
            SELECT recruiter_id::text AS "recruiterId", status::text,
              to_char(valid_until, 'YYYY-MM-DD') AS "validUntil"
            FROM recruiter_licences
            WHERE organization_id = ${organizationId}::uuid
              AND recruiter_id = ANY(${recruiterIds}::uuid[])`,
        ]);
  const licences = new Map<string, RecruiterInput["licences"][number][]>();
  for (const licence of z.array(ZLicenceRow).parse(licenceRows)) {
    licences.set(licence.recruiterId, [
      ...(licences.get(licence.recruiterId) ?? []),
      { status: licence.status, validUntil: licence.validUntil },
    ]);
  }
  const recruiters = new Map(
    z
      .array(ZRecruiterRow)
      .parse(recruiterRows)
      .map((row) => [row.id, row]),
  );
  const recruitersBySite = new Map<string, RecruiterInput[]>();
  for (const row of siteRecruiters) {
    const recruiter = recruiters.get(row.recruiterId);
    if (!recruiter) continue;
    recruitersBySite.set(row.siteId, [
      ...(recruitersBySite.get(row.siteId) ?? []),
      {
        id: recruiter.id,
        name: recruiter.name,
        feePolicy: recruiter.feePolicy,
        licences: licences.get(recruiter.id) ?? [],
        isSubAgent: row.isSubAgent,
      },
    ]);
  }
  const sitesBySupplier = new Map<string, SiteInput[]>();
  const siteCountries = new Map<string, string>();
  for (const site of sites) {
    siteCountries.set(site.id, site.country);
    sitesBySupplier.set(site.supplierId, [
      ...(sitesBySupplier.get(site.supplierId) ?? []),
      {
        id: site.id,
        name: site.name,
        migrantShare: site.migrantShare,
        temporaryShare: site.temporaryShare,
        seasonalShare: site.seasonalShare,
        employerHousing: site.employerHousing,
        recruiters: recruitersBySite.get(site.id) ?? [],
      },
    ]);
  }

  const { today } = run.context;
  const subjects: BatchSubject[] = [];
  for (const supplier of suppliers) {
    const supplierSites = sitesBySupplier.get(supplier.id) ?? [];
    const shared = {
      products: supplier.products,
      sectorDivision: supplier.sectorDivision,
      tier: supplier.tier,
      today,
    };
    const forCountry = (country: string) => ({
      country,
      tip: tipInputsOf(run, country),
      override: run.overrides.get(country) ?? null,
      goods: goodsInputsOf(run, country),
    });
    subjects.push({
      subject: "supplier",
      subjectId: supplier.id,
      supplierId: supplier.id,
      inputs: { ...shared, ...forCountry(supplier.country), sites: supplierSites },
    });
    // A site is scored in its own country, with its own workforce and recruiters, and its
    // supplier's products, sector and tier.
    for (const site of supplierSites) {
      subjects.push({
        subject: "site",
        subjectId: site.id,
        supplierId: supplier.id,
        inputs: {
          ...shared,
          ...forCountry(siteCountries.get(site.id) ?? supplier.country),
          sites: [site],
        },
      });
    }
  }
  return subjects;
};
