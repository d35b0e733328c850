/**
 * The risk model pinned with hand-computed scores. Each case writes its arithmetic out: every
 * factor with its points under DEFAULT_RISK_WEIGHTS, the sum, and the band under
 * DEFAULT_BAND_THRESHOLDS (low < 25 ≤ medium < 50 ≤ high < 70 ≤ critical). The reasoning behind
 * each number is in ../model.md.
 *
 * Reference data are real: the goods rows below are copied verbatim from
 * refdata/ilab_list_of_goods_2022.csv (every row of each country used), and each country's TIP
 * tiers (2025 latest, 2022–2024 history) from refdata/tip_tiers_2025_factbook_t2wl_t3.csv and
 * refdata/tip_t2wl_t3_2022_2025_factbook_world.csv; the first tests check the fixtures against
 * those files. A year in which a country is absent from a list that names only Watch List,
 * Tier 3 and Special Case countries reads "Tier 1 or 2" (reference/services/tip-tier-lookup.ts).
 *
 * Supplier and recruiter names are invented. A score is a reason to look, never a finding:
 * indicators are signs, not proof (DOMAIN.md §2).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  isUnknownFactor,
  RISK_FACTOR_CODES,
  RISK_FACTOR_GROUP,
  type TBandThresholds,
  type TRiskBand,
  type TRiskFactorCode,
  type TRiskSource,
  type TRiskWeights,
} from "../schemas";
import {
  licenceState,
  scoreSubject,
  type GoodsEntryInput,
  type GoodsInputs,
  type RecruiterInput,
  type ScoreInputs,
  type ScoreResult,
  type SiteInput,
  type TipInputs,
  type TipTierValue,
} from "./score-subject";

const TODAY = "2025-09-15";
/** The built-in editions' names (reference/services/built-in-editions.ts). */
const TIP_EDITION = "2001–2015, 2022–2025 (2025 report)";
const GOODS_EDITION = "2022";

const REFDATA = path.resolve(import.meta.dirname, "../../../../refdata");
const readRefdata = (file: string): string[] =>
  readFileSync(path.join(REFDATA, file), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");

/** One CSV line into fields (quoted fields may hold commas; the files escape no quotes). */
const csvFields = (line: string): string[] => {
  const fields: string[] = [];
  let field = "";
  let isQuoted = false;
  for (const char of line) {
    if (char === '"') isQuoted = !isQuoted;
    else if (char === "," && !isQuoted) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
};

// ─── Reference data: US DOL list of goods, 2022 (verbatim rows) ──────────────────────────────

/** refdata/ilab_list_of_goods_2022.csv, every row of the countries below (none for DK, GB, GL, NL, QA). */
const GOODS_2022_ROWS = `
Electronics,Manufacturing,Malaysia,Indo-Pacific,No,Yes,No,No,No
Garments,Manufacturing,Malaysia,Indo-Pacific,No,Yes,No,No,No
Palm Fruit,Agriculture,Malaysia,Indo-Pacific,Yes,Yes,No,No,No
Rubber Gloves,Manufacturing,Malaysia,Indo-Pacific,No,Yes,No,No,No
Fish,Agriculture,Thailand,Indo-Pacific,No,Yes,No,No,No
Garments,Manufacturing,Thailand,Indo-Pacific,Yes,Yes,Yes,No,No
Pornography,Other,Thailand,Indo-Pacific,Yes,No,No,No,No
Shrimp,Agriculture,Thailand,Indo-Pacific,Yes,Yes,Yes,No,No
Sugarcane,Agriculture,Thailand,Indo-Pacific,Yes,No,No,No,No
Artificial Flowers,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Bricks,Manufacturing,China,Indo-Pacific,Yes,Yes,Yes,No,No
Christmas Decorations,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Coal,Mining,China,Indo-Pacific,No,Yes,No,No,No
Cotton,Agriculture,China,Indo-Pacific,Yes,Yes,Yes,No,No
Electronics,Manufacturing,China,Indo-Pacific,Yes,Yes,Yes,No,No
Fireworks,Manufacturing,China,Indo-Pacific,Yes,Yes,No,No,No
Fish,Agriculture,China,Indo-Pacific,No,Yes,No,No,No
Footwear,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Garments,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Gloves,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Hair Products,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Lithium-Ion Batteries,Manufacturing,China,Indo-Pacific,No,No,No,Yes,"Congo, Democratic Republic of the"
Nails,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Photovoltaic Ingots,Manufacturing,China,Indo-Pacific,No,No,No,Yes,China
Photovoltaic Wafers,Manufacturing,China,Indo-Pacific,No,No,No,Yes,China
Polysilicon,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Solar Cells,Manufacturing,China,Indo-Pacific,No,No,No,Yes,China
Solar Modules,Manufacturing,China,Indo-Pacific,No,No,No,Yes,China
Textiles,Manufacturing,China,Indo-Pacific,Yes,Yes,No,No,No
Thread/Yarn,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Tomato Products,Manufacturing,China,Indo-Pacific,No,Yes,No,No,No
Toys,Manufacturing,China,Indo-Pacific,Yes,Yes,Yes,No,No
Cobalt ore (heterogenite),Mining,"Congo, Democratic Republic of the",Sub-Saharan Africa,Yes,No,No,No,No
Copper,Mining,"Congo, Democratic Republic of the",Sub-Saharan Africa,Yes,No,No,No,No
Diamonds,Mining,"Congo, Democratic Republic of the",Sub-Saharan Africa,Yes,No,No,No,No
Gold,Mining,"Congo, Democratic Republic of the",Sub-Saharan Africa,Yes,Yes,Yes,No,No
Tantalum ore (coltan),Mining,"Congo, Democratic Republic of the",Sub-Saharan Africa,Yes,Yes,Yes,No,No
Tin ore (cassiterite),Mining,"Congo, Democratic Republic of the",Sub-Saharan Africa,Yes,Yes,Yes,No,No
Tungsten ore (wolframite),Mining,"Congo, Democratic Republic of the",Sub-Saharan Africa,Yes,Yes,Yes,No,No
Silk Cocoons,Agriculture,Uzbekistan,Indo-Pacific,No,Yes,No,No,No
Bidis (hand-rolled cigarettes),Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Brassware,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Bricks,Manufacturing,India,Indo-Pacific,Yes,Yes,Yes,No,No
Carpets,Manufacturing,India,Indo-Pacific,Yes,Yes,No,No,No
Cotton,Agriculture,India,Indo-Pacific,Yes,No,No,No,No
Cottonseed (hybrid),Agriculture,India,Indo-Pacific,Yes,Yes,Yes,No,No
Embellished Textiles,Manufacturing,India,Indo-Pacific,Yes,Yes,Yes,No,No
Fireworks,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Footwear,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Garments,Manufacturing,India,Indo-Pacific,Yes,Yes,Yes,No,No
Gems,Mining,India,Indo-Pacific,Yes,No,No,No,No
Glass Bangles,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Incense (agarbatti),Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Leather Goods/Accessories,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Locks,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Matches,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Mica,Mining,India,Indo-Pacific,Yes,No,No,No,No
Rice,Agriculture,India,Indo-Pacific,Yes,Yes,Yes,No,No
Sandstone,Mining,India,Indo-Pacific,Yes,Yes,No,No,No
Silk Fabric,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Silk Thread,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Soccer Balls,Manufacturing,India,Indo-Pacific,Yes,No,No,No,No
Stones,Mining,India,Indo-Pacific,Yes,Yes,Yes,No,No
Sugarcane,Agriculture,India,Indo-Pacific,Yes,No,No,No,No
Tea,Agriculture,India,Indo-Pacific,No,Yes,No,No,No
Thread/Yarn,Manufacturing,India,Indo-Pacific,Yes,Yes,No,No,No
Açaí Berries,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Bananas,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Beef,Manufacturing,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Bricks,Manufacturing,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Cashews,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Cattle,Agriculture,Brazil,Latin America and the Caribbean,Yes,Yes,No,No,No
Ceramics,Manufacturing,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Charcoal,Agriculture,Brazil,Latin America and the Caribbean,Yes,Yes,No,No,No
Cocoa,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Coffee,Agriculture,Brazil,Latin America and the Caribbean,Yes,Yes,No,No,No
Corn,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Cotton,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Fish,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Footwear,Manufacturing,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Garments,Manufacturing,Brazil,Latin America and the Caribbean,No,Yes,No,No,No
Hogs,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Manioc/Cassava,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Pineapples,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Poultry,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Rice,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Sheep,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Sisal,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Sugarcane,Agriculture,Brazil,Latin America and the Caribbean,Yes,Yes,No,No,No
Timber,Agriculture,Brazil,Latin America and the Caribbean,No,Yes,No,No,No
Tobacco,Agriculture,Brazil,Latin America and the Caribbean,Yes,No,No,No,No
Bidis (hand-rolled cigarettes),Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Bricks,Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Dried Fish,Manufacturing,Bangladesh,Indo-Pacific,Yes,Yes,Yes,No,No
Footwear,Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Furniture (steel),Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Garments,Manufacturing,Bangladesh,Indo-Pacific,Yes,Yes,No,No,No
Glass,Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Jute (textiles),Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Leather,Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Matches,Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Poultry,Agriculture,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Salt,Mining,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Shrimp,Agriculture,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Soap,Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
Textiles,Manufacturing,Bangladesh,Indo-Pacific,Yes,No,No,No,No
`
  .trim()
  .split("\n");

/** The goods list's spellings of the countries used (the product maps them with its alias table). */
const GOODS_COUNTRY: Record<string, string> = {
  Malaysia: "MY",
  Thailand: "TH",
  China: "CN",
  "Congo, Democratic Republic of the": "CD",
  Uzbekistan: "UZ",
  India: "IN",
  Brazil: "BR",
  Bangladesh: "BD",
};

type GoodsFixtureEntry = GoodsEntryInput & { country: string };

const GOODS_2022: GoodsFixtureEntry[] = GOODS_2022_ROWS.map((line) => {
  const [good = "", , country = "", , child, forced, forcedChild, derived, derivedFrom = "No"] =
    csvFields(line);
  return {
    good,
    country: GOODS_COUNTRY[country] ?? `unmapped: ${country}`,
    childLabor: child === "Yes",
    forcedLabor: forced === "Yes",
    forcedChildLabor: forcedChild === "Yes",
    derived: derived === "Yes",
    derivedFromCountry: derivedFrom === "No" ? null : (GOODS_COUNTRY[derivedFrom] ?? derivedFrom),
  };
});

const goodsOf = (country: string): GoodsInputs => ({
  edition: GOODS_EDITION,
  entries: GOODS_2022.filter((entry) => entry.country === country),
});

// ─── Reference data: TIP tiers, 2025 report with 2022–2024 history ───────────────────────────

const tip = (
  latestTier: TipTierValue | null,
  history: readonly (readonly [number, TipTierValue])[],
): TipInputs => ({
  edition: TIP_EDITION,
  latestYear: 2025,
  latestTier,
  history: history.map(([year, tier]) => ({ year, tier })),
});

/** Listed in no year 2022–2025: Tier 1 or 2 throughout. */
const TIER_1_OR_2_THROUGHOUT = tip("tier_1_or_2", [
  [2022, "tier_1_or_2"],
  [2023, "tier_1_or_2"],
  [2024, "tier_1_or_2"],
]);

/**
 * Each country's TIP inputs as the lookup answers them (the rows they come from in the comments;
 * "—" = not listed that year → Tier 1 or 2).
 */
const TIP: Record<string, TipInputs> = {
  // 2022 "Tier 3,Malaysia"; 2023 "Tier 2 Watch List,Malaysia"; 2024 —; 2025 —.
  MY: tip("tier_1_or_2", [
    [2022, "tier_3"],
    [2023, "tier_2_watch_list"],
    [2024, "tier_1_or_2"],
  ]),
  // 2022–2025 "Tier 3,People's Republic of China"; 2025 Factbook "China,Tier 3".
  CN: tip("tier_3", [
    [2022, "tier_3"],
    [2023, "tier_3"],
    [2024, "tier_3"],
  ]),
  // 2022 "Tier 2 Watch List,Democratic Republic of the Congo"; 2023 —; 2024 —;
  // 2025 "Tier 2 Watch List,Democratic Republic of the Congo" (Factbook "DRC,Tier 2 Watch List").
  CD: tip("tier_2_watch_list", [
    [2022, "tier_2_watch_list"],
    [2023, "tier_1_or_2"],
    [2024, "tier_1_or_2"],
  ]),
  // 2022–2024 —; 2025 "Tier 2 Watch List,Brazil".
  BR: tip("tier_2_watch_list", [
    [2022, "tier_1_or_2"],
    [2023, "tier_1_or_2"],
    [2024, "tier_1_or_2"],
  ]),
  // 2025 Factbook "Yemen,Special Case"; the 2022–2024 file carries no Special Case rows, so
  // those years are unknown for a country listed as a Special Case (the lookup answers null,
  // and null years are not history).
  YE: tip("special_case", []),
  TH: TIER_1_OR_2_THROUGHOUT,
  UZ: TIER_1_OR_2_THROUGHOUT,
  IN: TIER_1_OR_2_THROUGHOUT,
  BD: TIER_1_OR_2_THROUGHOUT,
  QA: TIER_1_OR_2_THROUGHOUT,
  GB: TIER_1_OR_2_THROUGHOUT,
  DK: TIER_1_OR_2_THROUGHOUT,
  NL: TIER_1_OR_2_THROUGHOUT,
  // Greenland is rated in no year of any TIP file (the report covers it under Denmark): unrated.
  GL: tip(null, []),
};

const tipOf = (country: string): TipInputs => {
  const inputs = TIP[country];
  if (!inputs) throw new Error(`no TIP fixture for ${country}`);
  return inputs;
};

// ─── Builders ─────────────────────────────────────────────────────────────────────────────────

const supplier = (
  country: string,
  rest: Partial<Omit<ScoreInputs, "country">> = {},
): ScoreInputs => ({
  country,
  tip: tipOf(country),
  override: null,
  products: [],
  goods: goodsOf(country),
  sectorDivision: null,
  sites: [],
  tier: null,
  today: TODAY,
  ...rest,
});

const site = (
  id: string,
  name: string,
  rest: Partial<Omit<SiteInput, "id" | "name">> = {},
): SiteInput => ({
  id,
  name,
  migrantShare: null,
  temporaryShare: null,
  seasonalShare: null,
  employerHousing: null,
  recruiters: [],
  ...rest,
});

const recruiter = (
  id: string,
  name: string,
  rest: Partial<Omit<RecruiterInput, "id" | "name">> = {},
): RecruiterInput => ({
  id,
  name,
  feePolicy: "unknown",
  licences: [],
  isSubAgent: false,
  ...rest,
});

const validUntil = (date: string | null) => ({ status: "valid" as const, validUntil: date });

/** Where each factor must say its information comes from. */
const expectedSource = (code: TRiskFactorCode, inputs: ScoreInputs): TRiskSource => {
  if (code === "country_override") return "organization_override";
  if (code === "unknown_products") {
    // No products recorded; or products that no loaded goods list can check.
    return inputs.products.some((product) => product.trim() !== "")
      ? "goods_list"
      : "supplier_record";
  }
  const bySource: Record<(typeof RISK_FACTOR_GROUP)[TRiskFactorCode], TRiskSource> = {
    country: "tip_tiers",
    products: "goods_list",
    sector: "supplier_record",
    workforce: "site_record",
    recruitment: "recruiter_records",
    tier: "supply_chain",
    residual: "risk_model",
  };
  return bySource[RISK_FACTOR_GROUP[code]];
};

/**
 * What holds for every score (checked on each one below): the factors in the order of
 * RISK_FACTOR_CODES, each code once; `unknowns` = the unknown_* factors; each factor's source,
 * and the edition for reference data (TIP tiers, goods list) and only for those; every group but
 * recruitment explained; the score = the sum of the points, capped at 100.
 */
const expectExplained = (inputs: ScoreInputs, result: ScoreResult) => {
  const codes = result.factors.map((entry) => entry.code);
  expect(codes).toEqual(RISK_FACTOR_CODES.filter((code) => codes.includes(code)));
  expect(result.unknowns).toEqual(
    result.factors
      .filter((entry) => isUnknownFactor(entry.code))
      .map((entry) => ({ code: entry.code, points: entry.points })),
  );
  for (const entry of result.factors) {
    const source = expectedSource(entry.code, inputs);
    const edition =
      source === "tip_tiers"
        ? inputs.tip.edition
        : source === "goods_list"
          ? inputs.goods.edition
          : null;
    expect({ code: entry.code, source: entry.source, edition: entry.edition }).toEqual({
      code: entry.code,
      source,
      edition,
    });
  }
  const groups = codes.map((code) => RISK_FACTOR_GROUP[code]);
  for (const group of ["country", "products", "sector", "workforce", "tier", "residual"] as const) {
    expect(groups).toContain(group);
  }
  expect(result.factors.at(-1)).toEqual({
    code: "residual_inherent_only",
    points: 0,
    values: {},
    source: "risk_model",
    edition: null,
  });
  const sum = result.factors.reduce((total, entry) => total + entry.points, 0);
  expect(result.inherentScore).toBe(Math.min(100, sum));
  expect(result.residualScore).toBe(result.inherentScore);
};

/** Scores with the defaults (or the given weights and bands) and checks expectExplained. */
const score = (
  inputs: ScoreInputs,
  weights: TRiskWeights = DEFAULT_RISK_WEIGHTS,
  bands: TBandThresholds = DEFAULT_BAND_THRESHOLDS,
): ScoreResult => {
  const result = scoreSubject(inputs, weights, bands);
  expectExplained(inputs, result);
  return result;
};

/** The factors as [code, points], in the order the explanation lists them. */
const pointsOf = (result: ScoreResult) =>
  result.factors.map((entry) => [entry.code, entry.points] as const);

const valuesOf = (result: ScoreResult, code: TRiskFactorCode) =>
  result.factors.find((entry) => entry.code === code)?.values;

const expectScore = (
  result: ScoreResult,
  factors: readonly (readonly [TRiskFactorCode, number])[],
  total: number,
  band: TRiskBand,
) => {
  expect(pointsOf(result)).toEqual(factors);
  expect(factors.reduce((sum, [, points]) => sum + points, 0)).toBe(total);
  expect(result.inherentScore).toBe(total);
  expect(result.inherentBand).toBe(band);
  // No questionnaire or finding exists yet: residual = inherent.
  expect(result.residualScore).toBe(total);
  expect(result.residualBand).toBe(band);
};

// ─── The fixtures are the files' own rows ─────────────────────────────────────────────────────

/** How the TIP files spell each fixture country. */
const TIP_NAMES: Record<string, readonly string[]> = {
  MY: ["Malaysia"],
  CN: ["People's Republic of China", "China"],
  CD: ["Democratic Republic of the Congo", "DRC"],
  BR: ["Brazil"],
  YE: ["Yemen"],
  TH: ["Thailand"],
  UZ: ["Uzbekistan"],
  IN: ["India"],
  BD: ["Bangladesh"],
  QA: ["Qatar"],
  GB: ["United Kingdom"],
  DK: ["Denmark"],
  NL: ["Netherlands"],
  GL: ["Greenland"],
};

const TIER_WORDS: Record<string, TipTierValue> = {
  "Tier 3": "tier_3",
  "Tier 2 Watch List": "tier_2_watch_list",
  "Special Case": "special_case",
};

describe("the fixtures are copied from refdata/", () => {
  it("has every goods row verbatim, and every row of each country used", () => {
    const file = readRefdata("ilab_list_of_goods_2022.csv");
    for (const row of GOODS_2022_ROWS) expect(file).toContain(row);
    for (const [name, code] of Object.entries(GOODS_COUNTRY)) {
      const rowsInFile = file.filter((line) => csvFields(line)[2] === name);
      expect(GOODS_2022.filter((entry) => entry.country === code)).toHaveLength(rowsInFile.length);
    }
    for (const name of ["Denmark", "United Kingdom", "Greenland", "Netherlands", "Qatar"]) {
      expect(file.filter((line) => csvFields(line)[2] === name)).toEqual([]);
    }
    expect(GOODS_2022.filter((entry) => !/^[A-Z]{2}$/.test(entry.country))).toEqual([]);
  });

  it("reads each country's 2025 tier and its 2022–2024 history as the TIP files list them", () => {
    const listed = new Map<string, TipTierValue>();
    const list = (name: string, year: string, tierText: string) => {
      const iso = Object.keys(TIP_NAMES).find((code) => TIP_NAMES[code]?.includes(name));
      const tier = TIER_WORDS[tierText];
      if (iso && tier) listed.set(`${iso}:${year}`, tier);
    };
    for (const line of readRefdata("tip_t2wl_t3_2022_2025_factbook_world.csv").slice(1)) {
      const [year = "", tierText = "", name = ""] = csvFields(line);
      list(name, year, tierText);
    }
    for (const line of readRefdata("tip_tiers_2025_factbook_t2wl_t3.csv").slice(1)) {
      const [, , name = "", tierText = "", year = ""] = csvFields(line);
      list(name, year, tierText);
    }
    for (const [iso, inputs] of Object.entries(TIP)) {
      const years = [{ year: 2025, tier: inputs.latestTier }, ...inputs.history];
      for (const { year, tier } of years) {
        const expected = listed.get(`${iso}:${year}`) ?? (tier === null ? null : "tier_1_or_2");
        expect({ iso, year, tier }).toEqual({ iso, year, tier: expected });
      }
      // No listed year of the window is left out of the history.
      for (const year of [2022, 2023, 2024]) {
        if (listed.has(`${iso}:${year}`)) {
          expect(inputs.history.some((entry) => entry.year === year)).toBe(true);
        }
      }
    }
    // Greenland: in no TIP file at all, not even the complete 2001–2015 ratings.
    const kelleyHeiss = readRefdata("tip_tiers_2001_2015_kelley_heiss.csv");
    expect(kelleyHeiss.filter((line) => /greenland|,GRL,/i.test(line))).toEqual([]);
    expect([...listed.keys()].filter((key) => key.startsWith("GL:"))).toEqual([]);
  });
});

// ─── Realistic suppliers under the default weights ────────────────────────────────────────────

describe("scoreSubject: realistic suppliers (default weights and bands)", () => {
  it("Malaysian rubber-glove maker, Nepalese migrants recruited with fees → critical (85)", () => {
    // country_tip                 Malaysia not listed in 2025 → Tier 1 or 2          3
    // country_tip_history         2022 Tier 3 (1 × 3) + 2023 Watch List (1 × 2)      5
    // product_forced_labour       "Nitrile rubber gloves" = Rubber Gloves (MY, FL)  20
    // sector_high_risk            ISIC 22 rubber and plastics                       10
    // workforce_migrant           62 % ≥ 30 %                                       12
    // workforce_employer_housing  hostel run by the employer                         6
    // recruitment_fees            Nepalese agency and village broker charge fees    15
    // recruitment_licence_unverified  the broker has no licence on record            8
    // recruitment_sub_agents      the Nepalese agency and the broker                 6
    // tier_depth                  tier 1                                             0
    // sum 3+5+20+10+12+6+15+8+6+0 = 85 ≥ 70 → critical
    const result = score(
      supplier("MY", {
        products: ["Nitrile rubber gloves", "Latex examination gloves"],
        sectorDivision: "22",
        tier: 1,
        sites: [
          site("my-klang", "Klang glove plant", {
            migrantShare: 62,
            temporaryShare: 5,
            seasonalShare: 0,
            employerHousing: true,
            recruiters: [
              recruiter("my-agency", "Perdana Manpower Sdn Bhd", {
                feePolicy: "no_fees",
                licences: [validUntil("2026-03-31")],
              }),
              recruiter("np-agency", "Himal Overseas Employment Pvt Ltd", {
                feePolicy: "fees_charged",
                licences: [validUntil("2026-07-15")],
                isSubAgent: true,
              }),
              recruiter("np-broker", "Sindhupalchok village broker", {
                feePolicy: "fees_charged",
                isSubAgent: true,
              }),
            ],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["country_tip_history", 5],
        ["product_forced_labour", 20],
        ["sector_high_risk", 10],
        ["workforce_migrant", 12],
        ["workforce_employer_housing", 6],
        ["recruitment_fees", 15],
        ["recruitment_licence_unverified", 8],
        ["recruitment_sub_agents", 6],
        ["tier_depth", 0],
        ["residual_inherent_only", 0],
      ],
      85,
      "critical",
    );
    expect(valuesOf(result, "country_tip")).toEqual({
      country: "MY",
      tier: "tier_1_or_2",
      year: 2025,
    });
    expect(valuesOf(result, "country_tip_history")).toEqual({
      country: "MY",
      tier3Years: 1,
      watchListYears: 1,
      fromYear: 2022,
      toYear: 2024,
    });
    expect(valuesOf(result, "product_forced_labour")).toEqual({
      country: "MY",
      goods: "Rubber Gloves",
    });
    expect(valuesOf(result, "recruitment_fees")).toEqual({
      count: 2,
      names: "Himal Overseas Employment Pvt Ltd, Sindhupalchok village broker",
    });
    expect(valuesOf(result, "recruitment_licence_unverified")).toEqual({
      count: 1,
      names: "Sindhupalchok village broker",
    });
    expect(result.unknowns).toEqual([]);
  });

  it("Danish office-supplies distributor, everything known, tier 1 → low (3)", () => {
    // country_tip         Denmark not listed in 2022–2025 → Tier 1 or 2 (no history points)  3
    // product_not_listed  no DOL goods are listed for Denmark                               0
    // sector_other        ISIC 46 wholesale trade                                           0
    // workforce_no_signs  migrant 8 %, temporary 5 %, seasonal 0 % (all below 10 %)         0
    //                     (8 % migrants is below the 10 % step: no unknown_recruitment)
    // tier_depth          tier 1                                                            0
    // sum 3 < 25 → low
    const result = score(
      supplier("DK", {
        products: ["Copy paper", "Ballpoint pens", "Desk organisers"],
        sectorDivision: "46",
        tier: 1,
        sites: [
          site("dk-brondby", "Brøndby warehouse", {
            migrantShare: 8,
            temporaryShare: 5,
            seasonalShare: 0,
            employerHousing: false,
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_not_listed", 0],
        ["sector_other", 0],
        ["workforce_no_signs", 0],
        ["tier_depth", 0],
        ["residual_inherent_only", 0],
      ],
      3,
      "low",
    );
    expect(result.unknowns).toEqual([]);
  });

  it("Thai seafood processor on a charter-vessel supply, migrant Myanmar workers, licensed no-fee recruiter → high (58)", () => {
    // The processor (a tier-2 supplier) buys its catch from a charter vessel (next case).
    // country_tip                 Thailand not listed in 2022–2025 → Tier 1 or 2       3
    // product_forced_labour       Fish and Shrimp (TH, forced labour)                 20
    // sector_high_risk            ISIC 10 food processing                             10
    // workforce_migrant           70 % (Myanmar workers) ≥ 30 %                       12
    // workforce_temporary         20 %: ≥ 10 %, < 30 %                                 4
    // workforce_employer_housing  dormitory beside the plant                           6
    // recruitment_no_signs        MOU-channel agency, valid licence, no fees           0
    // tier_depth                  tier 2                                               3
    // sum 3+20+10+12+4+6+0+3 = 58: ≥ 50, < 70 → high
    const result = score(
      supplier("TH", {
        products: ["Frozen shrimp", "Frozen fish fillets"],
        sectorDivision: "10",
        tier: 2,
        sites: [
          site("th-samut-sakhon", "Samut Sakhon processing plant", {
            migrantShare: 70,
            temporaryShare: 20,
            seasonalShare: 0,
            employerHousing: true,
            recruiters: [
              recruiter("th-mou-agency", "Mahachai MOU Recruitment Co., Ltd.", {
                feePolicy: "no_fees",
                licences: [validUntil("2027-01-31")],
              }),
            ],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_forced_labour", 20],
        ["sector_high_risk", 10],
        ["workforce_migrant", 12],
        ["workforce_temporary", 4],
        ["workforce_employer_housing", 6],
        ["recruitment_no_signs", 0],
        ["tier_depth", 3],
        ["residual_inherent_only", 0],
      ],
      58,
      "high",
    );
    expect(valuesOf(result, "product_forced_labour")).toEqual({
      country: "TH",
      goods: "Fish, Shrimp",
    });
    expect(valuesOf(result, "recruitment_no_signs")).toEqual({ count: 1 });
  });

  it("the Thai charter fishing vessel behind it, crewed through an unlicensed broker → high (69)", () => {
    // country_tip                     Tier 1 or 2                                    3
    // product_forced_labour           "Fresh fish (mixed catch)" = Fish (TH, FL)    20
    // sector_high_risk                ISIC 03 fishing                               10
    // workforce_migrant               90 % ≥ 30 %                                   12
    // workforce_employer_housing      the crew lives on board                        6
    // recruitment_licence_unverified  crewing broker, unlicensed                     8
    // unknown_recruitment_fees        the broker's fee policy is unknown             4
    // tier_depth                      tier 3                                         6
    // sum 3+20+10+12+6+8+4+6 = 69: one point under critical → high
    const result = score(
      supplier("TH", {
        products: ["Fresh fish (mixed catch)"],
        sectorDivision: "03",
        tier: 3,
        sites: [
          site("th-vessel", "Charter vessel, Songkhla", {
            migrantShare: 90,
            employerHousing: true,
            recruiters: [
              recruiter("th-crew-broker", "Songkhla crewing broker", {
                licences: [{ status: "unlicensed", validUntil: null }],
              }),
            ],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_forced_labour", 20],
        ["sector_high_risk", 10],
        ["workforce_migrant", 12],
        ["workforce_employer_housing", 6],
        ["recruitment_licence_unverified", 8],
        ["unknown_recruitment_fees", 4],
        ["tier_depth", 6],
        ["residual_inherent_only", 0],
      ],
      69,
      "high",
    );
  });

  it("a supplier with no data at all is not low: medium (34), every unknown listed", () => {
    // country_tip        the Netherlands, not listed → Tier 1 or 2          3
    // unknown_products   no products recorded                               5
    // unknown_sector     no sector recorded                                 8
    // unknown_workforce  no site recorded                                  12
    // unknown_tier       not connected to a direct supplier                 6
    // (no site, so no recruiter can be read: the 12 points of unknown_workforce stand for it)
    // sum 3+5+8+12+6 = 34: ≥ 25 → medium, of which 31 points are unknowns
    const result = score(supplier("NL"));
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["unknown_products", 5],
        ["unknown_sector", 8],
        ["unknown_workforce", 12],
        ["unknown_tier", 6],
        ["residual_inherent_only", 0],
      ],
      34,
      "medium",
    );
    expect(result.unknowns).toEqual([
      { code: "unknown_products", points: 5 },
      { code: "unknown_sector", points: 8 },
      { code: "unknown_workforce", points: 12 },
      { code: "unknown_tier", points: 6 },
    ]);
    expect(valuesOf(result, "unknown_workforce")).toEqual({ site: null });

    // Blank product names are no products; and with no TIP data loaded at all, the country is
    // unknown too: 10+5+8+12+6 = 41 → medium.
    const nothing = score(
      supplier("NL", {
        products: ["", "  "],
        tip: { edition: null, latestYear: null, latestTier: null, history: [] },
      }),
    );
    expect(nothing.inherentScore).toBe(41);
    expect(nothing.unknowns.map((entry) => entry.code)).toEqual([
      "unknown_country",
      "unknown_products",
      "unknown_sector",
      "unknown_workforce",
      "unknown_tier",
    ]);
  });

  it("Chinese polysilicon producer (Xinjiang), labour transfers with no recruiter on record → critical (86)", () => {
    // country_tip            China on Tier 3 in 2025                                  25
    // country_tip_history    Tier 3 in 2022, 2023, 2024: 3 × 3                         9
    // product_forced_labour  Polysilicon (CN, forced labour)                          20
    // sector_other           ISIC 20 basic chemicals: not a high-risk division         0
    // workforce_migrant      40 % transferred workers ≥ 30 %                          12
    // workforce_employer_housing  dormitories                                          6
    // unknown_recruitment    40 % migrants, no recruiter recorded                      8
    // tier_depth             tier 3 (polysilicon → wafer → module maker → buyer)       6
    // sum 25+9+20+0+12+6+8+6 = 86 → critical
    const result = score(
      supplier("CN", {
        products: ["Solar-grade polysilicon"],
        sectorDivision: "20",
        tier: 3,
        sites: [
          site("cn-shihezi", "Shihezi polysilicon plant", {
            migrantShare: 40,
            temporaryShare: 0,
            seasonalShare: 0,
            employerHousing: true,
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 25],
        ["country_tip_history", 9],
        ["product_forced_labour", 20],
        ["sector_other", 0],
        ["workforce_migrant", 12],
        ["workforce_employer_housing", 6],
        ["unknown_recruitment", 8],
        ["tier_depth", 6],
        ["residual_inherent_only", 0],
      ],
      86,
      "critical",
    );
    expect(valuesOf(result, "country_tip_history")).toEqual({
      country: "CN",
      tier3Years: 3,
      watchListYears: 0,
      fromYear: 2022,
      toYear: 2024,
    });
    expect(valuesOf(result, "unknown_recruitment")).toEqual({
      site: "Shihezi polysilicon plant",
      share: 40,
    });
  });

  it("Xinjiang cotton spinning mill → critical (91)", () => {
    // country_tip + country_tip_history   China: 25 + 9                                 34
    // product_forced_labour   "Combed cotton yarn" = Cotton and Thread/Yarn (CN, FL)    20
    // sector_high_risk        ISIC 13 textiles                                          10
    // workforce_migrant       25 %: ≥ 10 %, < 30 %                                       6
    // workforce_employer_housing                                                         6
    // recruitment_licence_unverified  county labour-transfer office, licence unknown     8
    // unknown_recruitment_fees        its fee policy is unknown (none known to charge)   4
    // tier_depth              tier 2                                                     3
    // sum 34+20+10+6+6+8+4+3 = 91 → critical
    const result = score(
      supplier("CN", {
        products: ["Combed cotton yarn"],
        sectorDivision: "13",
        tier: 2,
        sites: [
          site("cn-aksu", "Aksu spinning mill", {
            migrantShare: 25,
            temporaryShare: 5,
            seasonalShare: 0,
            employerHousing: true,
            recruiters: [recruiter("cn-transfer", "County labour-transfer office")],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 25],
        ["country_tip_history", 9],
        ["product_forced_labour", 20],
        ["sector_high_risk", 10],
        ["workforce_migrant", 6],
        ["workforce_employer_housing", 6],
        ["recruitment_licence_unverified", 8],
        ["unknown_recruitment_fees", 4],
        ["tier_depth", 3],
        ["residual_inherent_only", 0],
      ],
      91,
      "critical",
    );
    expect(valuesOf(result, "product_forced_labour")).toEqual({
      country: "CN",
      goods: "Cotton, Thread/Yarn",
    });
  });

  it("DRC cobalt and copper depot → high (65): child labour listing", () => {
    // country_tip            DRC on the Watch List in 2025                              15
    // country_tip_history    Watch List in 2022 (1 × 2); 2023, 2024 not listed           2
    // product_child_labour   Cobalt ore (heterogenite) and Copper (CD, child labour)    10
    // sector_high_risk       ISIC 07 mining of metal ores                               10
    // workforce_migrant      15 %: ≥ 10 %, < 30 %                                        6
    // workforce_temporary    50 % day labourers ≥ 30 %                                   8
    // unknown_recruitment    15 % migrants, no recruiter recorded                        8
    // tier_depth             tier 3                                                      6
    // sum 15+2+10+10+6+8+8+6 = 65 → high
    const result = score(
      supplier("CD", {
        products: ["Cobalt ore (heterogenite)", "Copper concentrate"],
        sectorDivision: "07",
        tier: 3,
        sites: [
          site("cd-kolwezi", "Kolwezi buying depot", {
            migrantShare: 15,
            temporaryShare: 50,
            seasonalShare: 0,
            employerHousing: false,
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 15],
        ["country_tip_history", 2],
        ["product_child_labour", 10],
        ["sector_high_risk", 10],
        ["workforce_migrant", 6],
        ["workforce_temporary", 8],
        ["unknown_recruitment", 8],
        ["tier_depth", 6],
        ["residual_inherent_only", 0],
      ],
      65,
      "high",
    );
    expect(valuesOf(result, "product_child_labour")).toEqual({
      country: "CD",
      goods: "Cobalt ore (heterogenite), Copper",
    });
  });

  it("Chinese battery-cell maker using DRC cobalt → high (67): derived listing", () => {
    // country_tip + country_tip_history   China: 25 + 9                               34
    // product_derived        Lithium-Ion Batteries (CN, derived from CD cobalt)        8
    // sector_other           ISIC 27 electrical equipment                             0
    // workforce_migrant      35 % internal migrants ≥ 30 %                            12
    // workforce_temporary    20 % dispatch workers: ≥ 10 %, < 30 %                     4
    // workforce_employer_housing                                                       6
    // recruitment_no_signs   licensed dispatch agency, no fees                         0
    // tier_depth             tier 2                                                    3
    // sum 34+8+0+12+4+6+0+3 = 67 → high
    const result = score(
      supplier("CN", {
        products: ["Lithium-ion battery cells"],
        sectorDivision: "27",
        tier: 2,
        sites: [
          site("cn-ningde", "Ningde cell plant", {
            migrantShare: 35,
            temporaryShare: 20,
            seasonalShare: 0,
            employerHousing: true,
            recruiters: [
              recruiter("cn-dispatch", "Fujian labour dispatch company", {
                feePolicy: "no_fees",
                licences: [validUntil(null)],
              }),
            ],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 25],
        ["country_tip_history", 9],
        ["product_derived", 8],
        ["sector_other", 0],
        ["workforce_migrant", 12],
        ["workforce_temporary", 4],
        ["workforce_employer_housing", 6],
        ["recruitment_no_signs", 0],
        ["tier_depth", 3],
        ["residual_inherent_only", 0],
      ],
      67,
      "high",
    );
    expect(valuesOf(result, "product_derived")).toEqual({
      country: "CN",
      goods: "Lithium-Ion Batteries",
      fromCountries: "CD",
    });
  });

  it("Uzbek cotton cluster → medium (33): the 2022 list names only silk cocoons for Uzbekistan", () => {
    // country_tip          Uzbekistan not listed in 2022–2025 → Tier 1 or 2          3
    // product_not_listed   cotton is not listed for UZ in the 2022 list              0
    // sector_high_risk     ISIC 01 agriculture                                      10
    // workforce_temporary  40 % ≥ 30 %                                               8
    // workforce_seasonal   60 % pickers ≥ 30 %                                       6
    // (migrants 0 %: no recruitment factor)
    // tier_depth           tier 3                                                    6
    // sum 3+0+10+8+6+6 = 33 → medium
    const cluster = supplier("UZ", {
      products: ["Raw cotton", "Cotton yarn"],
      sectorDivision: "01",
      tier: 3,
      sites: [
        site("uz-fergana", "Fergana cluster farms", {
          migrantShare: 0,
          temporaryShare: 40,
          seasonalShare: 60,
          employerHousing: false,
        }),
      ],
    });
    const result = score(cluster);
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_not_listed", 0],
        ["sector_high_risk", 10],
        ["workforce_temporary", 8],
        ["workforce_seasonal", 6],
        ["tier_depth", 6],
        ["residual_inherent_only", 0],
      ],
      33,
      "medium",
    );
    // The same cluster also rearing silk cocoons (UZ, forced labour): +20 → 53 → high.
    const withSilk = score({ ...cluster, products: [...cluster.products, "Silk cocoons"] });
    expect(valuesOf(withSilk, "product_forced_labour")).toEqual({
      country: "UZ",
      goods: "Silk Cocoons",
    });
    expect([withSilk.inherentScore, withSilk.inherentBand]).toEqual([53, "high"]);
  });

  it("Indian brick kiln, seasonal migrant families recruited through a jamadar → critical (89)", () => {
    // Debt bondage signs (advances repaid from wages) are indicators for questionnaires and
    // findings; the inherent score sees what the records hold:
    // country_tip                 India not listed in 2022–2025 → Tier 1 or 2              3
    // product_forced_labour       "Fired clay bricks" = Bricks (IN, forced labour)        20
    // sector_high_risk            ISIC 23 bricks and other mineral products               10
    // workforce_migrant           80 % ≥ 30 %                                             12
    // workforce_seasonal          90 % (October–June firing season) ≥ 30 %                 6
    // workforce_employer_housing  huts on the kiln site                                    6
    // recruitment_fees            the jamadar's commission is taken from workers' wages   15
    // recruitment_licence_unverified  jamadar unlicensed, village sub-agent unknown        8
    // recruitment_sub_agents      the village sub-agent                                    6
    // tier_depth                  tier 2                                                   3
    // sum 3+20+10+12+6+6+15+8+6+3 = 89 → critical
    const result = score(
      supplier("IN", {
        products: ["Fired clay bricks"],
        sectorDivision: "23",
        tier: 2,
        sites: [
          site("in-kiln", "Brick kiln, Ghaziabad district", {
            migrantShare: 80,
            seasonalShare: 90,
            employerHousing: true,
            recruiters: [
              recruiter("in-jamadar", "Jamadar (labour contractor)", {
                feePolicy: "fees_charged",
                licences: [{ status: "unlicensed", validUntil: null }],
              }),
              recruiter("in-sub-agent", "Village sub-agent, Chhattisgarh", {
                isSubAgent: true,
                licences: [{ status: "unknown", validUntil: null }],
              }),
            ],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_forced_labour", 20],
        ["sector_high_risk", 10],
        ["workforce_migrant", 12],
        ["workforce_seasonal", 6],
        ["workforce_employer_housing", 6],
        ["recruitment_fees", 15],
        ["recruitment_licence_unverified", 8],
        ["recruitment_sub_agents", 6],
        ["tier_depth", 3],
        ["residual_inherent_only", 0],
      ],
      89,
      "critical",
    );
    expect(valuesOf(result, "recruitment_licence_unverified")).toEqual({
      count: 2,
      names: "Jamadar (labour contractor), Village sub-agent, Chhattisgarh",
    });
    // The sub-agent's unknown fee policy is not counted: a recruiter is known to charge.
    expect(result.unknowns).toEqual([]);
  });

  it("UK car-wash labour provider → high (54)", () => {
    // country_tip                     UK not listed → Tier 1 or 2                       3
    // product_not_listed              no DOL goods for the UK                           0
    // sector_high_risk                ISIC 78 employment activities                    10
    // workforce_migrant               90 % ≥ 30 %                                      12
    // workforce_temporary             100 % agency workers ≥ 30 %                       8
    // workforce_employer_housing      shared house arranged by the provider             6
    // recruitment_licence_unverified  informal recruiter in Romania, none on record     8
    // unknown_recruitment_fees        its fee policy is unknown                         4
    // tier_depth                      tier 2                                            3
    // sum 3+0+10+12+8+6+8+4+3 = 54 → high
    const result = score(
      supplier("GB", {
        products: ["Hand car wash labour", "Vehicle valeting staff"],
        sectorDivision: "78",
        tier: 2,
        sites: [
          site("gb-car-wash", "Hand car wash, Leicester", {
            migrantShare: 90,
            temporaryShare: 100,
            seasonalShare: 0,
            employerHousing: true,
            recruiters: [recruiter("ro-recruiter", "Informal recruiter, Craiova")],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_not_listed", 0],
        ["sector_high_risk", 10],
        ["workforce_migrant", 12],
        ["workforce_temporary", 8],
        ["workforce_employer_housing", 6],
        ["recruitment_licence_unverified", 8],
        ["unknown_recruitment_fees", 4],
        ["tier_depth", 3],
        ["residual_inherent_only", 0],
      ],
      54,
      "high",
    );
  });

  it("Qatar construction subcontractor, revoked licence and a sub-agent chain → critical (86)", () => {
    // country_tip                     Qatar not listed → Tier 1 or 2                         3
    // product_not_listed              no DOL goods for Qatar                                 0
    // sector_high_risk                ISIC 43 specialised construction                      10
    // workforce_migrant               98 % ≥ 30 %                                           12
    // workforce_temporary             40 % supplied by labour providers ≥ 30 %               8
    // workforce_employer_housing      labour camp                                            6
    // recruitment_fees                both sub-agents charge fees                           15
    // recruitment_licence_revoked     Doha agency's licence revoked by the ministry         15
    // recruitment_licence_unverified  Kathmandu sub-agent (unknown), Sunsari broker
    //                                 (unlicensed)                                           8
    // recruitment_sub_agents          two sub-agents                                         6
    // tier_depth                      tier 2                                                 3
    // sum 3+0+10+12+8+6+15+15+8+6+3 = 86 → critical
    const result = score(
      supplier("QA", {
        products: ["MEP installation", "Scaffolding services"],
        sectorDivision: "43",
        tier: 2,
        sites: [
          site("qa-lusail", "Lusail tower site", {
            migrantShare: 98,
            temporaryShare: 40,
            seasonalShare: 0,
            employerHousing: true,
            recruiters: [
              recruiter("qa-agency", "Al Waha Manpower Recruitment", {
                feePolicy: "no_fees",
                licences: [{ status: "revoked", validUntil: "2026-01-31" }],
              }),
              recruiter("np-sub-agent", "Kathmandu sub-agent", {
                feePolicy: "fees_charged",
                licences: [{ status: "unknown", validUntil: null }],
                isSubAgent: true,
              }),
              recruiter("np-broker-sunsari", "Sunsari village broker", {
                feePolicy: "fees_charged",
                licences: [{ status: "unlicensed", validUntil: null }],
                isSubAgent: true,
              }),
            ],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_not_listed", 0],
        ["sector_high_risk", 10],
        ["workforce_migrant", 12],
        ["workforce_temporary", 8],
        ["workforce_employer_housing", 6],
        ["recruitment_fees", 15],
        ["recruitment_licence_revoked", 15],
        ["recruitment_licence_unverified", 8],
        ["recruitment_sub_agents", 6],
        ["tier_depth", 3],
        ["residual_inherent_only", 0],
      ],
      86,
      "critical",
    );
    expect(valuesOf(result, "recruitment_licence_revoked")).toEqual({
      count: 1,
      names: "Al Waha Manpower Recruitment",
    });
    expect(valuesOf(result, "recruitment_sub_agents")).toEqual({
      count: 2,
      names: "Kathmandu sub-agent, Sunsari village broker",
    });
  });

  it("Brazilian cattle ranch → critical (89)", () => {
    // country_tip                     Brazil on the Watch List in 2025                     15
    //                                 (2022–2024 not listed: no history points)
    // product_forced_labour           "Beef cattle" = Beef (child) and Cattle (child and
    //                                 forced): the forced-labour listing counts             20
    // sector_high_risk                ISIC 01 agriculture                                  10
    // workforce_migrant               20 %: ≥ 10 %, < 30 %                                  6
    // workforce_temporary             35 % ≥ 30 %                                           8
    // workforce_seasonal              40 % (pasture clearing) ≥ 30 %                        6
    // workforce_employer_housing      bunkhouses on the ranch                               6
    // recruitment_licence_unverified  the "gato" (labour contractor), unlicensed            8
    // unknown_recruitment_fees        whether he deducts travel and food is unknown         4
    // tier_depth                      tier 3                                                6
    // sum 15+20+10+6+8+6+6+8+4+6 = 89 → critical
    const result = score(
      supplier("BR", {
        products: ["Beef cattle"],
        sectorDivision: "01",
        tier: 3,
        sites: [
          site("br-para", "Fazenda, Pará", {
            migrantShare: 20,
            temporaryShare: 35,
            seasonalShare: 40,
            employerHousing: true,
            recruiters: [
              recruiter("br-gato", "Labour contractor (gato), Marabá", {
                licences: [{ status: "unlicensed", validUntil: null }],
              }),
            ],
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 15],
        ["product_forced_labour", 20],
        ["sector_high_risk", 10],
        ["workforce_migrant", 6],
        ["workforce_temporary", 8],
        ["workforce_seasonal", 6],
        ["workforce_employer_housing", 6],
        ["recruitment_licence_unverified", 8],
        ["unknown_recruitment_fees", 4],
        ["tier_depth", 6],
        ["residual_inherent_only", 0],
      ],
      89,
      "critical",
    );
    expect(valuesOf(result, "product_forced_labour")).toEqual({ country: "BR", goods: "Cattle" });
  });

  it("Bangladeshi garment factory with employer housing → medium (43)", () => {
    // country_tip                 Bangladesh not listed → Tier 1 or 2          3
    // product_forced_labour       Garments (BD, child and forced labour)      20
    // sector_high_risk            ISIC 14 wearing apparel                     10
    // workforce_temporary         15 %: ≥ 10 %, < 30 %                         4
    // workforce_employer_housing  dormitory for women workers                  6
    // tier_depth                  tier 1                                       0
    // sum 3+20+10+4+6+0 = 43 → medium
    const result = score(
      supplier("BD", {
        products: ["Knitted garments (T-shirts, polo shirts)"],
        sectorDivision: "14",
        tier: 1,
        sites: [
          site("bd-gazipur", "Gazipur knitwear factory", {
            migrantShare: 0,
            temporaryShare: 15,
            seasonalShare: 0,
            employerHousing: true,
          }),
        ],
      }),
    );
    expectScore(
      result,
      [
        ["country_tip", 3],
        ["product_forced_labour", 20],
        ["sector_high_risk", 10],
        ["workforce_temporary", 4],
        ["workforce_employer_housing", 6],
        ["tier_depth", 0],
        ["residual_inherent_only", 0],
      ],
      43,
      "medium",
    );
  });
});

// ─── Focused rules ────────────────────────────────────────────────────────────────────────────

/** A site whose workforce shows none of the signs (all shares known, 0 %). */
const quietSite = (
  id: string,
  { name = `Site ${id}`, ...rest }: Partial<Omit<SiteInput, "id">> = {},
) =>
  site(id, name, {
    migrantShare: 0,
    temporaryShare: 0,
    seasonalShare: 0,
    employerHousing: false,
    ...rest,
  });

const groupOf = (result: ScoreResult, group: (typeof RISK_FACTOR_GROUP)[TRiskFactorCode]) =>
  result.factors
    .filter((entry) => RISK_FACTOR_GROUP[entry.code] === group)
    .map((entry) => [entry.code, entry.points] as const);

describe("scoreSubject: country", () => {
  const polysilicon = supplier("CN", {
    products: ["Solar-grade polysilicon"],
    sectorDivision: "20",
    tier: 1,
    sites: [quietSite("cn-1")],
  });

  it("an organisation's country override replaces the TIP tier and its history", () => {
    // Without: country_tip 25 + country_tip_history 9 + product_forced_labour 20 = 54 → high.
    expect(score(polysilicon).inherentScore).toBe(54);
    // With an override of 30: country_override 30 + product_forced_labour 20 = 50 → high.
    const reason = "Own assessment: Uyghur forced labour in the polysilicon supply chain";
    const result = score({ ...polysilicon, override: { points: 30, reason } });
    expect(groupOf(result, "country")).toEqual([["country_override", 30]]);
    expect(valuesOf(result, "country_override")).toEqual({ country: "CN", reason });
    expect([result.inherentScore, result.inherentBand]).toEqual([50, "high"]);
    // An override of 0 lowers Malaysia's 3 + 5 to 0; an override also answers an unrated country.
    const malaysia = score(supplier("MY", { override: { points: 0, reason: "Audited corridor" } }));
    expect(groupOf(malaysia, "country")).toEqual([["country_override", 0]]);
    const greenland = score(supplier("GL", { override: { points: 5, reason: "Own assessment" } }));
    expect(groupOf(greenland, "country")).toEqual([["country_override", 5]]);
    expect(greenland.unknowns.map((entry) => entry.code)).not.toContain("unknown_country");
  });

  it("an unrated country is unknown_country (10), with the edition that could not rate it", () => {
    // unknown_country      Greenland: in no TIP file                        10
    // product_not_listed   no DOL goods for Greenland                        0
    // sector_high_risk     ISIC 10 food processing                          10
    // workforce_migrant    20 %: ≥ 10 %, < 30 %                              6
    // unknown_recruitment  20 % migrants, no recruiter recorded              8
    // tier_depth           tier 1                                            0
    // sum 10+0+10+6+8+0 = 34 → medium
    const result = score(
      supplier("GL", {
        products: ["Frozen Greenland halibut"],
        sectorDivision: "10",
        tier: 1,
        sites: [quietSite("gl-1", { name: "Ilulissat fish plant", migrantShare: 20 })],
      }),
    );
    expectScore(
      result,
      [
        ["unknown_country", 10],
        ["product_not_listed", 0],
        ["sector_high_risk", 10],
        ["workforce_migrant", 6],
        ["unknown_recruitment", 8],
        ["tier_depth", 0],
        ["residual_inherent_only", 0],
      ],
      34,
      "medium",
    );
    expect(result.factors[0]).toEqual({
      code: "unknown_country",
      points: 10,
      values: { country: "GL", year: 2025 },
      source: "tip_tiers",
      edition: TIP_EDITION,
    });
    expect(result.unknowns).toEqual([
      { code: "unknown_country", points: 10 },
      { code: "unknown_recruitment", points: 8 },
    ]);
  });

  it("scores a Special Case (Yemen, 2025) at 20", () => {
    const result = score(
      supplier("YE", {
        products: ["Green coffee beans"],
        sectorDivision: "01",
        tier: 2,
        sites: [quietSite("ye-1")],
      }),
    );
    // country_tip 20 + product_not_listed 0 + sector_high_risk 10 + workforce_no_signs 0 +
    // tier_depth 3 = 33 → medium
    expect(groupOf(result, "country")).toEqual([["country_tip", 20]]);
    expect([result.inherentScore, result.inherentBand]).toEqual([33, "medium"]);
  });

  it("counts history only in the `historyYears` report years before the latest", () => {
    // Thailand was on Tier 3 in 2014 and 2015 (Kelley & Heiss code 4): outside 2022–2024.
    const thailand = supplier("TH", {
      tip: tip("tier_1_or_2", [
        [2014, "tier_3"],
        [2015, "tier_3"],
        [2022, "tier_1_or_2"],
        [2023, "tier_1_or_2"],
        [2024, "tier_1_or_2"],
      ]),
    });
    expect(groupOf(score(thailand), "country")).toEqual([["country_tip", 3]]);
    // Malaysia with one history year (2024: Tier 1 or 2): no history; with two (2023 Watch
    // List): 2; with three: 3 + 2 = 5; the latest year itself is never history.
    const weightsWith = (historyYears: number): TRiskWeights => ({
      ...DEFAULT_RISK_WEIGHTS,
      country: { ...DEFAULT_RISK_WEIGHTS.country, historyYears },
    });
    const malaysia = supplier("MY");
    expect(groupOf(score(malaysia, weightsWith(1)), "country")).toEqual([["country_tip", 3]]);
    expect(groupOf(score(malaysia, weightsWith(2)), "country")).toEqual([
      ["country_tip", 3],
      ["country_tip_history", 2],
    ]);
    expect(groupOf(score(malaysia, weightsWith(3)), "country")).toEqual([
      ["country_tip", 3],
      ["country_tip_history", 5],
    ]);
    const listedInLatest = {
      ...tipOf("CN"),
      history: [...tipOf("CN").history, { year: 2025, tier: "tier_3" as const }],
    };
    expect(groupOf(score(supplier("CN", { tip: listedInLatest })), "country")).toEqual([
      ["country_tip", 25],
      ["country_tip_history", 9],
    ]);
  });
});

describe("scoreSubject: products", () => {
  it("no goods list loaded: recorded products cannot be checked → unknown_products (5)", () => {
    const result = score(
      supplier("TH", {
        products: ["Frozen shrimp"],
        goods: { edition: null, entries: [] },
      }),
    );
    expect(groupOf(result, "products")).toEqual([["unknown_products", 5]]);
    expect(result.factors.find((entry) => entry.code === "unknown_products")).toMatchObject({
      source: "goods_list",
      edition: null,
      values: { country: "TH" },
    });
  });

  it("counts the strongest listing only: forced labour 20, else child labour 10, else derived 8", () => {
    const china = (products: string[]) => groupOf(score(supplier("CN", { products })), "products");
    // Toys (child and forced) with solar modules (derived): forced labour only.
    expect(china(["Plastic toys", "Solar modules"])).toEqual([["product_forced_labour", 20]]);
    expect(china(["Solar modules", "Photovoltaic wafers"])).toEqual([["product_derived", 8]]);
    const drc = (products: string[]) => groupOf(score(supplier("CD", { products })), "products");
    expect(drc(["Copper cathodes"])).toEqual([["product_child_labour", 10]]);
    expect(drc(["Copper cathodes", "Tin ore (cassiterite)"])).toEqual([
      ["product_forced_labour", 20],
    ]);
    // A good listed for another country does not count: Rubber Gloves is a Malaysian entry.
    expect(china(["Nitrile rubber gloves"])).toEqual([["product_forced_labour", 20]]); // CN "Gloves"
    expect(
      groupOf(score(supplier("TH", { products: ["Nitrile rubber gloves"] })), "products"),
    ).toEqual([["product_not_listed", 0]]);
  });
});

describe("scoreSubject: recruiters", () => {
  const recruiterWith = (licences: RecruiterInput["licences"]) =>
    recruiter("r", "Agency", { licences });

  it("reads licences: expired or past its end date → unverified; suspended → revoked", () => {
    const state = (licences: RecruiterInput["licences"]) =>
      licenceState(recruiterWith(licences), TODAY);
    expect(state([])).toBe("unverified");
    expect(state([{ status: "unknown", validUntil: null }])).toBe("unverified");
    expect(state([{ status: "unlicensed", validUntil: null }])).toBe("unverified");
    expect(state([{ status: "expired", validUntil: "2025-06-30" }])).toBe("unverified");
    expect(state([validUntil("2025-09-14")])).toBe("unverified"); // ran out yesterday
    expect(state([validUntil(TODAY)])).toBe("valid"); // valid through its last day
    expect(state([validUntil(null)])).toBe("valid");
    expect(state([{ status: "expired", validUntil: "2024-12-31" }, validUntil("2026-12-31")])).toBe(
      "valid",
    ); // renewed
    expect(state([{ status: "suspended", validUntil: "2026-12-31" }])).toBe("revoked");
    expect(state([validUntil("2026-12-31"), { status: "suspended", validUntil: null }])).toBe(
      "revoked",
    );
    expect(state([{ status: "revoked", validUntil: null }, validUntil(null)])).toBe("revoked");
  });

  const withRecruiters = (recruiters: RecruiterInput[]) =>
    groupOf(
      score(supplier("DK", { sites: [quietSite("site", { migrantShare: 40, recruiters })] })),
      "recruitment",
    );

  it("scores an expired licence as unverified (8) and a suspended one as revoked (15)", () => {
    expect(
      withRecruiters([
        recruiter("a", "Expired Agency", {
          feePolicy: "no_fees",
          licences: [{ status: "expired", validUntil: "2025-03-31" }],
        }),
      ]),
    ).toEqual([["recruitment_licence_unverified", 8]]);
    expect(
      withRecruiters([
        recruiter("b", "Suspended Agency", {
          feePolicy: "no_fees",
          licences: [{ status: "suspended", validUntil: "2027-03-31" }],
        }),
      ]),
    ).toEqual([["recruitment_licence_revoked", 15]]);
  });

  it("counts an unknown fee policy (4) only when no recruiter is known to charge fees", () => {
    const licensed = { licences: [validUntil("2026-12-31")] };
    const unknownFees = recruiter("u", "Unknown Fees Agency", licensed);
    expect(
      withRecruiters([
        recruiter("n", "No Fees Agency", { ...licensed, feePolicy: "no_fees" }),
        unknownFees,
      ]),
    ).toEqual([
      ["recruitment_no_signs", 0],
      ["unknown_recruitment_fees", 4],
    ]);
    expect(
      withRecruiters([
        recruiter("f", "Fees Agency", { ...licensed, feePolicy: "fees_charged" }),
        unknownFees,
      ]),
    ).toEqual([["recruitment_fees", 15]]);
  });

  it("counts a recruiter once, as a sub-agent if it is one at any site", () => {
    const agent = recruiter("agent", "Shared Agent", {
      feePolicy: "no_fees",
      licences: [validUntil(null)],
    });
    const result = score(
      supplier("DK", {
        sites: [
          quietSite("site-a", { recruiters: [agent] }),
          quietSite("site-b", { recruiters: [{ ...agent, isSubAgent: true }] }),
        ],
      }),
    );
    expect(groupOf(result, "recruitment")).toEqual([["recruitment_sub_agents", 6]]);
    expect(valuesOf(result, "recruitment_sub_agents")).toEqual({ count: 1, names: "Shared Agent" });
  });

  it("migrant workers without any recruiter on record → unknown_recruitment (8)", () => {
    const migrants = (...shares: (number | null)[]) =>
      score(
        supplier("DK", {
          sites: shares.map((share, index) => quietSite(`site-${index}`, { migrantShare: share })),
        }),
      );
    expect(groupOf(migrants(30), "recruitment")).toEqual([["unknown_recruitment", 8]]);
    expect(groupOf(migrants(10), "recruitment")).toEqual([["unknown_recruitment", 8]]); // the 10 % step
    expect(groupOf(migrants(9), "recruitment")).toEqual([]);
    expect(groupOf(migrants(null), "recruitment")).toEqual([]); // the workforce is unknown instead
    // Several such sites: one factor, naming the site with the largest share.
    const two = migrants(20, 60);
    expect(groupOf(two, "recruitment")).toEqual([["unknown_recruitment", 8]]);
    expect(valuesOf(two, "unknown_recruitment")).toEqual({ site: "Site site-1", share: 60 });
    // A recruiter at another site does not explain this site's migrants.
    const mixed = score(
      supplier("DK", {
        sites: [
          quietSite("site-a", {
            recruiters: [
              recruiter("r", "Agency", { feePolicy: "no_fees", licences: [validUntil(null)] }),
            ],
          }),
          quietSite("site-b", { migrantShare: 45 }),
        ],
      }),
    );
    expect(groupOf(mixed, "recruitment")).toEqual([
      ["recruitment_no_signs", 0],
      ["unknown_recruitment", 8],
    ]);
  });
});

describe("scoreSubject: workforce", () => {
  it("takes the workforce of the supplier's highest-risk site", () => {
    const result = score(
      supplier("DK", {
        sites: [
          quietSite("a", { name: "Office", migrantShare: 12 }), // 6
          quietSite("b", { name: "Warehouse", migrantShare: 50, employerHousing: true }), // 12 + 6
          quietSite("c", { name: "Showroom" }), // 0
        ],
      }),
    );
    expect(groupOf(result, "workforce")).toEqual([
      ["workforce_migrant", 12],
      ["workforce_employer_housing", 6],
    ]);
    expect(valuesOf(result, "workforce_migrant")).toEqual({
      site: "Warehouse",
      share: 50,
      threshold: 30,
    });
  });

  it("breaks a tie by site id, and an unknown site (12) outranks a known one with fewer points", () => {
    const known = quietSite("b", { migrantShare: 35 }); // 12
    const unknown = site("a", "Unknown site"); // unknown_workforce 12
    expect(groupOf(score(supplier("DK", { sites: [known, unknown] })), "workforce")).toEqual([
      ["unknown_workforce", 12],
    ]);
    expect(
      groupOf(score(supplier("DK", { sites: [{ ...known, id: "0" }, unknown] })), "workforce"),
    ).toEqual([["workforce_migrant", 12]]);
    expect(
      groupOf(
        score(supplier("DK", { sites: [quietSite("z", { migrantShare: 15 }), unknown] })),
        "workforce",
      ),
    ).toEqual([["unknown_workforce", 12]]);
  });

  it("takes the higher step of a share only, and counts housing even when the shares are unknown", () => {
    const steps = (rest: Partial<SiteInput>) =>
      groupOf(score(supplier("DK", { sites: [quietSite("s", rest)] })), "workforce");
    expect(steps({ temporaryShare: 30 })).toEqual([["workforce_temporary", 8]]);
    expect(steps({ temporaryShare: 29.5 })).toEqual([["workforce_temporary", 4]]);
    expect(steps({ seasonalShare: 10 })).toEqual([["workforce_seasonal", 3]]);
    expect(steps({ seasonalShare: 9.9 })).toEqual([["workforce_no_signs", 0]]);
    // Shares partly known: no unknown_workforce.
    expect(steps({ migrantShare: 5, temporaryShare: null, seasonalShare: null })).toEqual([
      ["workforce_no_signs", 0],
    ]);
    expect(
      steps({
        migrantShare: null,
        temporaryShare: null,
        seasonalShare: null,
        employerHousing: true,
      }),
    ).toEqual([
      ["workforce_employer_housing", 6],
      ["unknown_workforce", 12],
    ]);
  });
});

describe("scoreSubject: tier, cap and bands", () => {
  it("adds 0 for tier 1, 3 for tier 2, 6 for tier 3 and deeper, 6 when not connected", () => {
    const tierPoints = (tier: number | null) => groupOf(score(supplier("DK", { tier })), "tier");
    expect(tierPoints(1)).toEqual([["tier_depth", 0]]);
    expect(tierPoints(2)).toEqual([["tier_depth", 3]]);
    expect(tierPoints(3)).toEqual([["tier_depth", 6]]);
    expect(tierPoints(5)).toEqual([["tier_depth", 6]]);
    expect(tierPoints(null)).toEqual([["unknown_tier", 6]]);
  });

  it("caps the score at 100 and keeps every factor's own points", () => {
    // China 25 + 9, Garments (CN, forced) 20, ISIC 14 10, migrant 12, temporary 8, seasonal 6,
    // housing 6, fees 15, revoked 15, unverified 8, sub-agents 6, tier 3 6 = 146 → 100, critical
    const result = score(
      supplier("CN", {
        products: ["Cotton garments"],
        sectorDivision: "14",
        tier: 3,
        sites: [
          site("cn-worst", "Garment workshop", {
            migrantShare: 80,
            temporaryShare: 50,
            seasonalShare: 40,
            employerHousing: true,
            recruiters: [
              recruiter("r1", "Revoked Agency", {
                feePolicy: "fees_charged",
                licences: [{ status: "revoked", validUntil: null }],
              }),
              recruiter("r2", "Village broker", { feePolicy: "fees_charged", isSubAgent: true }),
            ],
          }),
        ],
      }),
    );
    expect(result.factors.reduce((total, entry) => total + entry.points, 0)).toBe(146);
    expect([result.inherentScore, result.inherentBand]).toEqual([100, "critical"]);
    expect([result.residualScore, result.residualBand]).toEqual([100, "critical"]);
  });

  it("uses the band thresholds given: a score at a threshold is in the higher band", () => {
    const thai = supplier("TH", {
      products: ["Frozen shrimp"],
      sectorDivision: "10",
      tier: 2,
      sites: [
        quietSite("th", {
          migrantShare: 70,
          temporaryShare: 20,
          employerHousing: true,
          recruiters: [
            recruiter("a", "Agency", { feePolicy: "no_fees", licences: [validUntil(null)] }),
          ],
        }),
      ],
    });
    // 3 + 20 + 10 + 12 + 4 + 6 + 0 + 3 = 58, as in the case above.
    const bandWith = (bands: TBandThresholds) =>
      score(thai, DEFAULT_RISK_WEIGHTS, bands).inherentBand;
    expect(bandWith(DEFAULT_BAND_THRESHOLDS)).toBe("high");
    expect(bandWith({ medium: 30, high: 58, critical: 80 })).toBe("high");
    expect(bandWith({ medium: 30, high: 59, critical: 80 })).toBe("medium");
    expect(bandWith({ medium: 20, high: 40, critical: 58 })).toBe("critical");
    expect(bandWith({ medium: 59, high: 70, critical: 90 })).toBe("low");
    const result = score(thai, DEFAULT_RISK_WEIGHTS, { medium: 59, high: 70, critical: 90 });
    expect([result.residualScore, result.residualBand]).toEqual([58, "low"]);
  });

  it("reads every number from the weights given", () => {
    // The Danish distributor with Tier 1 or 2 counted as 0: 0 → low; with 30: 30 → medium.
    const denmark = supplier("DK", {
      products: ["Copy paper"],
      sectorDivision: "46",
      tier: 1,
      sites: [quietSite("dk")],
    });
    const withTier1Or2 = (tier1Or2: number) =>
      score(denmark, {
        ...DEFAULT_RISK_WEIGHTS,
        country: { ...DEFAULT_RISK_WEIGHTS.country, tier1Or2 },
      });
    expect(withTier1Or2(0).inherentScore).toBe(0);
    expect([withTier1Or2(30).inherentScore, withTier1Or2(30).inherentBand]).toEqual([30, "medium"]);
  });
});

describe("scoreSubject: the explanation", () => {
  it("lists the factors in the order of RISK_FACTOR_CODES and the unknown_* factors as unknowns", () => {
    const result = score(
      supplier("GL", {
        products: [],
        sites: [
          site("gl-a", "Unknown site", {
            recruiters: [recruiter("r", "Agency", { licences: [validUntil(null)] })],
          }),
          quietSite("gl-b", { migrantShare: 5 }),
        ],
      }),
    );
    expect(result.factors.map((entry) => entry.code)).toEqual([
      "unknown_country",
      "unknown_products",
      "unknown_sector",
      "unknown_workforce",
      "recruitment_no_signs",
      "unknown_recruitment_fees",
      "unknown_tier",
      "residual_inherent_only",
    ]);
    // 10 + 5 + 8 + 12 + 0 + 4 + 6 = 45 → medium, all of it unknowns.
    expect(result.unknowns).toEqual([
      { code: "unknown_country", points: 10 },
      { code: "unknown_products", points: 5 },
      { code: "unknown_sector", points: 8 },
      { code: "unknown_workforce", points: 12 },
      { code: "unknown_recruitment_fees", points: 4 },
      { code: "unknown_tier", points: 6 },
    ]);
    expect([result.inherentScore, result.inherentBand]).toEqual([45, "medium"]);
  });

  it("gives every factor its source, and reference-data factors their edition", () => {
    const result = score(
      supplier("MY", {
        products: ["Nitrile rubber gloves"],
        sectorDivision: "22",
        tier: 2,
        sites: [
          quietSite("my", {
            migrantShare: 60,
            recruiters: [recruiter("r", "Agency", { feePolicy: "fees_charged" })],
          }),
        ],
      }),
    );
    expect(result.factors.map(({ code, source, edition }) => ({ code, source, edition }))).toEqual([
      { code: "country_tip", source: "tip_tiers", edition: TIP_EDITION },
      { code: "country_tip_history", source: "tip_tiers", edition: TIP_EDITION },
      { code: "product_forced_labour", source: "goods_list", edition: GOODS_EDITION },
      { code: "sector_high_risk", source: "supplier_record", edition: null },
      { code: "workforce_migrant", source: "site_record", edition: null },
      { code: "recruitment_fees", source: "recruiter_records", edition: null },
      { code: "recruitment_licence_unverified", source: "recruiter_records", edition: null },
      { code: "tier_depth", source: "supply_chain", edition: null },
      { code: "residual_inherent_only", source: "risk_model", edition: null },
    ]);
  });
});
