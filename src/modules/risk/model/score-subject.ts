/**
 * The risk model: the specification of how a supplier's or a site's inherent risk is scored.
 * Pure (no database): unit tests pin it with hand-computed examples; the recomputation
 * (services/recompute-risk.ts) loads a batch of subjects' inputs with set-based queries and
 * scores them with this function, so there is one model, not two that could drift apart.
 * The reasoning behind each number is in model.md.
 *
 * Inherent risk is a sum of factors, capped at 100. Every factor carries its points, a code
 * and values for its reason, its data source and the edition of that source. A missing input
 * is never "low risk": it adds the points of an `unknown_*` factor and is listed in `unknowns`.
 * Indicators are signs, not proof: a high score calls for inquiry, it establishes nothing.
 *
 * Residual risk will combine inherent risk with questionnaire signals and findings; until those
 * exist, residual = inherent, and the explanation says so.
 */
import type { FeePolicy, LicenceStatusValue, TipTierValue } from "./inputs";
import { matchListedGoods } from "@/modules/reference/services/goods-matching";

import {
  bandOf,
  isUnknownFactor,
  MAX_SCORE,
  RISK_FACTOR_CODES,
  type TBandThresholds,
  type TFactorValues,
  type TRiskBand,
  type TRiskFactorCode,
  type TRiskSource,
  type TRiskWeights,
  type TStoredRiskFactor,
  type TStoredUnknown,
} from "../schemas";

export type { FeePolicy, LicenceStatusValue, TipTierValue };

export type TipInputs = {
  /** The edition that answered for the latest report year, or null when there is no TIP data. */
  edition: string | null;
  /** The newest report year covered (null when there is no TIP data). */
  latestYear: number | null;
  /**
   * The country's tier in the latest year: unlisted in a year that lists only Watch List, Tier 3
   * and special cases is `tier_1_or_2`; null when the sources do not rate the country or cannot
   * tell (see reference/services/tip-tier-lookup.ts): an unknown input, never "low risk".
   */
  latestTier: TipTierValue | null;
  /** The country's tiers in earlier report years (those the sources list). */
  history: readonly { year: number; tier: TipTierValue }[];
};

export type GoodsEntryInput = {
  good: string;
  childLabor: boolean;
  forcedLabor: boolean;
  forcedChildLabor: boolean;
  derived: boolean;
  derivedFromCountry: string | null;
};

export type GoodsInputs = {
  /** The active goods-list edition's name, or null when none is loaded. */
  edition: string | null;
  /** The edition's entries for the subject's country. */
  entries: readonly GoodsEntryInput[];
};

export type RecruiterInput = {
  id: string;
  name: string;
  feePolicy: FeePolicy;
  licences: readonly { status: LicenceStatusValue; validUntil: string | null }[];
  /** Reached through a recruiter → sub-agent edge (not only linked to the site directly). */
  isSubAgent: boolean;
};

export type SiteInput = {
  id: string;
  name: string;
  /** Percent of the headcount; null: unknown. */
  migrantShare: number | null;
  temporaryShare: number | null;
  seasonalShare: number | null;
  employerHousing: boolean | null;
  /** Live recruiters linked to the site and every live sub-agent they work through. */
  recruiters: readonly RecruiterInput[];
};

export type ScoreInputs = {
  /** The subject's country: the supplier's, or for a site the site's own. */
  country: string;
  tip: TipInputs;
  /** The organisation's own view of the country, replacing the TIP points. */
  override: { points: number; reason: string } | null;
  /** The supplier's products (a site is scored with its supplier's products and sector). */
  products: readonly string[];
  goods: GoodsInputs;
  sectorDivision: string | null;
  /** A supplier's live sites, or the one site being scored. */
  sites: readonly SiteInput[];
  /** The supplier's tier (a site has its supplier's); null: not connected. */
  tier: number | null;
  /** Today (UTC) as YYYY-MM-DD, to tell expired licences. */
  today: string;
};

export type ScoreResult = {
  inherentScore: number;
  inherentBand: TRiskBand;
  residualScore: number;
  residualBand: TRiskBand;
  factors: TStoredRiskFactor[];
  unknowns: TStoredUnknown[];
};

/** Lists of names in reasons: this many, sorted, then "and N more" from the count. */
export const NAMES_SHOWN = 3;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const namesOf = (names: Iterable<string>, limit = NAMES_SHOWN): string =>
  [...new Set(names)].sort(byCodePoint).slice(0, limit).join(", ");

const factor = (
  code: TRiskFactorCode,
  points: number,
  source: TRiskSource,
  values: TFactorValues = {},
  edition: string | null = null,
): TStoredRiskFactor => ({ code, points, values, source, edition });

// ─── Country ──────────────────────────────────────────────────────────────────────────────────

const TIP_POINTS: Record<TipTierValue, (weights: TRiskWeights["country"]) => number> = {
  tier_3: (w) => w.tier3,
  special_case: (w) => w.specialCase,
  tier_2_watch_list: (w) => w.tier2WatchList,
  tier_2: (w) => w.tier2,
  tier_1: (w) => w.tier1,
  tier_1_or_2: (w) => w.tier1Or2,
};

const countryFactors = (inputs: ScoreInputs, weights: TRiskWeights): TStoredRiskFactor[] => {
  const { country, tip, override } = inputs;
  if (override) {
    return [
      factor("country_override", override.points, "organization_override", {
        country,
        reason: override.reason,
      }),
    ];
  }
  if (tip.edition === null || tip.latestYear === null || tip.latestTier === null) {
    return [
      factor(
        "unknown_country",
        weights.country.unknown,
        "tip_tiers",
        { country, year: tip.latestYear },
        tip.edition,
      ),
    ];
  }
  const { latestYear, latestTier: tier } = tip;
  const factors = [
    factor(
      "country_tip",
      TIP_POINTS[tier](weights.country),
      "tip_tiers",
      { country, tier, year: latestYear },
      tip.edition,
    ),
  ];
  const fromYear = latestYear - weights.country.historyYears;
  const earlier = tip.history.filter((entry) => entry.year >= fromYear && entry.year < latestYear);
  const tier3Years = earlier.filter((entry) => entry.tier === "tier_3").length;
  const watchListYears = earlier.filter((entry) => entry.tier === "tier_2_watch_list").length;
  const historyPoints =
    tier3Years * weights.country.historyTier3PerYear +
    watchListYears * weights.country.historyWatchListPerYear;
  if (historyPoints > 0) {
    factors.push(
      factor(
        "country_tip_history",
        historyPoints,
        "tip_tiers",
        { country, tier3Years, watchListYears, fromYear, toYear: latestYear - 1 },
        tip.edition,
      ),
    );
  }
  return factors;
};

// ─── Products and sector ──────────────────────────────────────────────────────────────────────

const productFactors = (inputs: ScoreInputs, weights: TRiskWeights): TStoredRiskFactor[] => {
  const products = inputs.products.filter((product) => product.trim() !== "");
  if (products.length === 0) {
    return [factor("unknown_products", weights.products.unknown, "supplier_record")];
  }
  const { edition, entries } = inputs.goods;
  const country = inputs.country;
  if (edition === null) {
    // No goods list loaded: the products cannot be checked, an unknown input (as a country is
    // without TIP data), never silently "not listed".
    return [factor("unknown_products", weights.products.unknown, "goods_list", { country })];
  }
  const matched = matchListedGoods(entries, products);
  const forced = matched.filter((entry) => entry.forcedLabor || entry.forcedChildLabor);
  if (forced.length > 0) {
    return [
      factor(
        "product_forced_labour",
        weights.products.forcedLabour,
        "goods_list",
        {
          country,
          goods: namesOf(
            forced.map((entry) => entry.good),
            Infinity,
          ),
        },
        edition,
      ),
    ];
  }
  const child = matched.filter((entry) => entry.childLabor);
  if (child.length > 0) {
    return [
      factor(
        "product_child_labour",
        weights.products.childLabour,
        "goods_list",
        {
          country,
          goods: namesOf(
            child.map((entry) => entry.good),
            Infinity,
          ),
        },
        edition,
      ),
    ];
  }
  const derived = matched.filter((entry) => entry.derived);
  if (derived.length > 0) {
    return [
      factor(
        "product_derived",
        weights.products.derived,
        "goods_list",
        {
          country,
          goods: namesOf(
            derived.map((entry) => entry.good),
            Infinity,
          ),
          fromCountries: namesOf(
            derived.flatMap((entry) =>
              entry.derivedFromCountry ? [entry.derivedFromCountry] : [],
            ),
            Infinity,
          ),
        },
        edition,
      ),
    ];
  }
  return [factor("product_not_listed", 0, "goods_list", { country }, edition)];
};

const sectorFactors = (inputs: ScoreInputs, weights: TRiskWeights): TStoredRiskFactor[] => {
  const division = inputs.sectorDivision;
  if (division === null) {
    return [factor("unknown_sector", weights.sector.unknown, "supplier_record")];
  }
  return weights.sector.highRiskDivisions.includes(division)
    ? [factor("sector_high_risk", weights.sector.highRisk, "supplier_record", { division })]
    : [factor("sector_other", 0, "supplier_record", { division })];
};

// ─── Workforce ────────────────────────────────────────────────────────────────────────────────

type ShareSteps = TRiskWeights["workforce"]["migrant"];

/** The step a share reaches (the higher one wins), or null. */
const shareStep = (share: number | null, steps: ShareSteps) => {
  if (share === null) return null;
  if (share >= steps.high.atLeast) return steps.high;
  if (share >= steps.some.atLeast) return steps.some;
  return null;
};

const siteWorkforceFactors = (site: SiteInput, weights: TRiskWeights): TStoredRiskFactor[] => {
  const w = weights.workforce;
  const factors: TStoredRiskFactor[] = [];
  const shares = [
    ["workforce_migrant", site.migrantShare, w.migrant],
    ["workforce_temporary", site.temporaryShare, w.temporary],
    ["workforce_seasonal", site.seasonalShare, w.seasonal],
  ] as const;
  for (const [code, share, steps] of shares) {
    const step = shareStep(share, steps);
    if (step && share !== null) {
      factors.push(
        factor(code, step.points, "site_record", {
          site: site.name,
          share,
          threshold: step.atLeast,
        }),
      );
    }
  }
  if (site.employerHousing === true) {
    factors.push(
      factor("workforce_employer_housing", w.employerHousing, "site_record", { site: site.name }),
    );
  }
  const isProfileUnknown = shares.every(([, share]) => share === null);
  if (isProfileUnknown) {
    factors.push(factor("unknown_workforce", w.unknown, "site_record", { site: site.name }));
  } else if (factors.length === 0) {
    factors.push(factor("workforce_no_signs", 0, "site_record", { site: site.name }));
  }
  return factors;
};

const sumPoints = (factors: readonly TStoredRiskFactor[]): number =>
  factors.reduce((total, entry) => total + entry.points, 0);

/** A supplier takes the workforce of its highest-risk live site (ties: the first by id). */
const workforceFactors = (inputs: ScoreInputs, weights: TRiskWeights): TStoredRiskFactor[] => {
  if (inputs.sites.length === 0) {
    return [factor("unknown_workforce", weights.workforce.unknown, "site_record", { site: null })];
  }
  let best: TStoredRiskFactor[] = [];
  let bestPoints = -1;
  for (const site of [...inputs.sites].sort((a, b) => byCodePoint(a.id, b.id))) {
    const factors = siteWorkforceFactors(site, weights);
    const points = sumPoints(factors);
    if (points > bestPoints) {
      best = factors;
      bestPoints = points;
    }
  }
  return best;
};

// ─── Recruitment ──────────────────────────────────────────────────────────────────────────────

type LicenceState = "revoked" | "valid" | "unverified";

/**
 * A recruiter's licence, for scoring: revoked or suspended anywhere → revoked; otherwise a
 * licence recorded valid that has not run out → valid; otherwise (none on record, unknown,
 * unlicensed, expired, or valid with its end date past) → unverified.
 */
export const licenceState = (recruiter: RecruiterInput, today: string): LicenceState => {
  if (recruiter.licences.some((l) => l.status === "revoked" || l.status === "suspended")) {
    return "revoked";
  }
  const isValid = recruiter.licences.some(
    (l) => l.status === "valid" && (l.validUntil === null || l.validUntil >= today),
  );
  return isValid ? "valid" : "unverified";
};

const recruitmentFactors = (inputs: ScoreInputs, weights: TRiskWeights): TStoredRiskFactor[] => {
  const w = weights.recruitment;
  const recruiters = new Map<string, RecruiterInput>();
  for (const site of inputs.sites) {
    for (const recruiter of site.recruiters) {
      const seen = recruiters.get(recruiter.id);
      // A recruiter linked to one site and a sub-agent at another counts as a sub-agent.
      if (!seen || (recruiter.isSubAgent && !seen.isSubAgent)) {
        recruiters.set(recruiter.id, recruiter);
      }
    }
  }
  const all = [...recruiters.values()];
  const factors: TStoredRiskFactor[] = [];
  const named = (list: RecruiterInput[]) => ({
    count: list.length,
    names: namesOf(list.map((recruiter) => recruiter.name)),
  });
  const charging = all.filter((recruiter) => recruiter.feePolicy === "fees_charged");
  if (charging.length > 0) {
    factors.push(factor("recruitment_fees", w.feesCharged, "recruiter_records", named(charging)));
  }
  const states = new Map(
    all.map((recruiter) => [recruiter.id, licenceState(recruiter, inputs.today)]),
  );
  const revoked = all.filter((recruiter) => states.get(recruiter.id) === "revoked");
  if (revoked.length > 0) {
    factors.push(
      factor("recruitment_licence_revoked", w.licenceRevoked, "recruiter_records", named(revoked)),
    );
  }
  const unverified = all.filter((recruiter) => states.get(recruiter.id) === "unverified");
  if (unverified.length > 0) {
    factors.push(
      factor(
        "recruitment_licence_unverified",
        w.licenceUnverified,
        "recruiter_records",
        named(unverified),
      ),
    );
  }
  const subAgents = all.filter((recruiter) => recruiter.isSubAgent);
  if (subAgents.length > 0) {
    factors.push(
      factor("recruitment_sub_agents", w.subAgents, "recruiter_records", named(subAgents)),
    );
  }
  if (all.length > 0 && factors.length === 0) {
    factors.push(factor("recruitment_no_signs", 0, "recruiter_records", { count: all.length }));
  }
  const feesUnknown = all.filter((recruiter) => recruiter.feePolicy === "unknown");
  if (charging.length === 0 && feesUnknown.length > 0) {
    factors.push(
      factor("unknown_recruitment_fees", w.feesUnknown, "recruiter_records", named(feesUnknown)),
    );
  }
  // Migrant workers at a site that records no recruiter: how they were recruited is unknown.
  const withoutRecruiter = inputs.sites
    .filter(
      (site) =>
        site.recruiters.length === 0 &&
        site.migrantShare !== null &&
        site.migrantShare >= weights.workforce.migrant.some.atLeast,
    )
    .sort((a, b) => (b.migrantShare ?? 0) - (a.migrantShare ?? 0) || byCodePoint(a.id, b.id));
  const first = withoutRecruiter[0];
  if (first) {
    factors.push(
      factor("unknown_recruitment", w.migrantsWithoutRecruiter, "recruiter_records", {
        site: first.name,
        share: first.migrantShare,
      }),
    );
  }
  return factors;
};

// ─── Tier ─────────────────────────────────────────────────────────────────────────────────────

const tierFactors = (inputs: ScoreInputs, weights: TRiskWeights): TStoredRiskFactor[] => {
  const { tier } = inputs;
  if (tier === null) {
    return [factor("unknown_tier", weights.tier.notConnected, "supply_chain")];
  }
  const points = tier <= 1 ? 0 : tier === 2 ? weights.tier.tier2 : weights.tier.tier3Plus;
  return [factor("tier_depth", points, "supply_chain", { tier })];
};

// ─── The score ────────────────────────────────────────────────────────────────────────────────

const ORDER = new Map(RISK_FACTOR_CODES.map((code, index) => [code, index]));

export const scoreSubject = (
  inputs: ScoreInputs,
  weights: TRiskWeights,
  bands: TBandThresholds,
): ScoreResult => {
  const factors = [
    ...countryFactors(inputs, weights),
    ...productFactors(inputs, weights),
    ...sectorFactors(inputs, weights),
    ...workforceFactors(inputs, weights),
    ...recruitmentFactors(inputs, weights),
    ...tierFactors(inputs, weights),
    // No questionnaire answers or findings can lower or raise the score yet.
    factor("residual_inherent_only", 0, "risk_model"),
  ].sort((a, b) => (ORDER.get(a.code) ?? 0) - (ORDER.get(b.code) ?? 0));
  const inherentScore = Math.min(MAX_SCORE, sumPoints(factors));
  const inherentBand = bandOf(inherentScore, bands);
  return {
    inherentScore,
    inherentBand,
    residualScore: inherentScore,
    residualBand: inherentBand,
    factors,
    unknowns: factors
      .filter((entry) => isUnknownFactor(entry.code))
      .map((entry) => ({ code: entry.code, points: entry.points })),
  };
};
