/**
 * The settings form's model, without React: which input edits which number of the weights and
 * band thresholds, how the typed text becomes the request the server validates, which input a
 * zod issue belongs to, and what unknown inputs add. Client-safe.
 *
 * Inputs hold text as typed; the request is validated with the same schema as the server's, so
 * the browser shows the same messages before anything is sent.
 */
import common from "../../../../messages/en/common.json";
import risk from "../../../../messages/en/risk.json";
import type { TBandThresholds, TRiskFactorCode, TRiskWeights } from "../schemas";

type FieldSpec = {
  /** Where the number lives in the request `{ weights, bandThresholds }`. */
  path: readonly string[];
  /** What the number counts: points, a share of the workforce (%), or report years. */
  unit: "points" | "percent" | "years";
};

/** Every number of the weights and thresholds, one input each. */
export const FIELDS = {
  countryTier3: { path: ["weights", "country", "tier3"], unit: "points" },
  countrySpecialCase: { path: ["weights", "country", "specialCase"], unit: "points" },
  countryTier2WatchList: { path: ["weights", "country", "tier2WatchList"], unit: "points" },
  countryTier2: { path: ["weights", "country", "tier2"], unit: "points" },
  countryTier1Or2: { path: ["weights", "country", "tier1Or2"], unit: "points" },
  countryTier1: { path: ["weights", "country", "tier1"], unit: "points" },
  countryHistoryYears: { path: ["weights", "country", "historyYears"], unit: "years" },
  countryHistoryTier3PerYear: {
    path: ["weights", "country", "historyTier3PerYear"],
    unit: "points",
  },
  countryHistoryWatchListPerYear: {
    path: ["weights", "country", "historyWatchListPerYear"],
    unit: "points",
  },
  productsForcedLabour: { path: ["weights", "products", "forcedLabour"], unit: "points" },
  productsChildLabour: { path: ["weights", "products", "childLabour"], unit: "points" },
  productsDerived: { path: ["weights", "products", "derived"], unit: "points" },
  sectorHighRisk: { path: ["weights", "sector", "highRisk"], unit: "points" },
  migrantHighAtLeast: {
    path: ["weights", "workforce", "migrant", "high", "atLeast"],
    unit: "percent",
  },
  migrantHighPoints: {
    path: ["weights", "workforce", "migrant", "high", "points"],
    unit: "points",
  },
  migrantSomeAtLeast: {
    path: ["weights", "workforce", "migrant", "some", "atLeast"],
    unit: "percent",
  },
  migrantSomePoints: {
    path: ["weights", "workforce", "migrant", "some", "points"],
    unit: "points",
  },
  temporaryHighAtLeast: {
    path: ["weights", "workforce", "temporary", "high", "atLeast"],
    unit: "percent",
  },
  temporaryHighPoints: {
    path: ["weights", "workforce", "temporary", "high", "points"],
    unit: "points",
  },
  temporarySomeAtLeast: {
    path: ["weights", "workforce", "temporary", "some", "atLeast"],
    unit: "percent",
  },
  temporarySomePoints: {
    path: ["weights", "workforce", "temporary", "some", "points"],
    unit: "points",
  },
  seasonalHighAtLeast: {
    path: ["weights", "workforce", "seasonal", "high", "atLeast"],
    unit: "percent",
  },
  seasonalHighPoints: {
    path: ["weights", "workforce", "seasonal", "high", "points"],
    unit: "points",
  },
  seasonalSomeAtLeast: {
    path: ["weights", "workforce", "seasonal", "some", "atLeast"],
    unit: "percent",
  },
  seasonalSomePoints: {
    path: ["weights", "workforce", "seasonal", "some", "points"],
    unit: "points",
  },
  workforceEmployerHousing: { path: ["weights", "workforce", "employerHousing"], unit: "points" },
  recruitmentFeesCharged: { path: ["weights", "recruitment", "feesCharged"], unit: "points" },
  recruitmentLicenceRevoked: { path: ["weights", "recruitment", "licenceRevoked"], unit: "points" },
  recruitmentLicenceUnverified: {
    path: ["weights", "recruitment", "licenceUnverified"],
    unit: "points",
  },
  recruitmentSubAgents: { path: ["weights", "recruitment", "subAgents"], unit: "points" },
  tierTier2: { path: ["weights", "tier", "tier2"], unit: "points" },
  tierTier3Plus: { path: ["weights", "tier", "tier3Plus"], unit: "points" },
  countryUnknown: { path: ["weights", "country", "unknown"], unit: "points" },
  productsUnknown: { path: ["weights", "products", "unknown"], unit: "points" },
  sectorUnknown: { path: ["weights", "sector", "unknown"], unit: "points" },
  workforceUnknown: { path: ["weights", "workforce", "unknown"], unit: "points" },
  recruitmentMigrantsWithoutRecruiter: {
    path: ["weights", "recruitment", "migrantsWithoutRecruiter"],
    unit: "points",
  },
  recruitmentFeesUnknown: { path: ["weights", "recruitment", "feesUnknown"], unit: "points" },
  tierNotConnected: { path: ["weights", "tier", "notConnected"], unit: "points" },
  bandsMedium: { path: ["bandThresholds", "medium"], unit: "points" },
  bandsHigh: { path: ["bandThresholds", "high"], unit: "points" },
  bandsCritical: { path: ["bandThresholds", "critical"], unit: "points" },
} as const satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;

/** A workforce share's four numbers: two steps, each a threshold and its points. */
export type ShareKind = "migrant" | "temporary" | "seasonal";
export const SHARE_FIELDS: Record<
  ShareKind,
  { highAtLeast: FieldId; highPoints: FieldId; someAtLeast: FieldId; somePoints: FieldId }
> = {
  migrant: {
    highAtLeast: "migrantHighAtLeast",
    highPoints: "migrantHighPoints",
    someAtLeast: "migrantSomeAtLeast",
    somePoints: "migrantSomePoints",
  },
  temporary: {
    highAtLeast: "temporaryHighAtLeast",
    highPoints: "temporaryHighPoints",
    someAtLeast: "temporarySomeAtLeast",
    somePoints: "temporarySomePoints",
  },
  seasonal: {
    highAtLeast: "seasonalHighAtLeast",
    highPoints: "seasonalHighPoints",
    someAtLeast: "seasonalSomeAtLeast",
    somePoints: "seasonalSomePoints",
  },
};

export type GroupId =
  "country" | "products" | "sector" | "workforce" | "recruitment" | "tier" | "unknowns" | "bands";

/**
 * The form's groups, in order. The points of missing inputs are gathered in one group of their
 * own, next to the statement of what they add up to: a gap in the data is never "low risk".
 */
export const GROUPS: readonly { id: GroupId; fields: readonly FieldId[] }[] = [
  {
    id: "country",
    fields: [
      "countryTier3",
      "countrySpecialCase",
      "countryTier2WatchList",
      "countryTier2",
      "countryTier1Or2",
      "countryTier1",
      "countryHistoryYears",
      "countryHistoryTier3PerYear",
      "countryHistoryWatchListPerYear",
    ],
  },
  { id: "products", fields: ["productsForcedLabour", "productsChildLabour", "productsDerived"] },
  // The divisions counted as high-risk are chosen in the same group (a multi-select).
  { id: "sector", fields: ["sectorHighRisk"] },
  // The shares are laid out per kind (SHARE_FIELDS); housing follows them.
  { id: "workforce", fields: ["workforceEmployerHousing"] },
  {
    id: "recruitment",
    fields: [
      "recruitmentFeesCharged",
      "recruitmentLicenceRevoked",
      "recruitmentLicenceUnverified",
      "recruitmentSubAgents",
    ],
  },
  { id: "tier", fields: ["tierTier2", "tierTier3Plus"] },
  {
    id: "unknowns",
    fields: [
      "countryUnknown",
      "productsUnknown",
      "sectorUnknown",
      "workforceUnknown",
      "recruitmentMigrantsWithoutRecruiter",
      "recruitmentFeesUnknown",
      "tierNotConnected",
    ],
  },
  { id: "bands", fields: ["bandsMedium", "bandsHigh", "bandsCritical"] },
];

export type FormValues = {
  /** The text of each input (a missing entry is an empty input). */
  fields: Partial<Record<FieldId, string>>;
  divisions: string[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const readPath = (root: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), root);

const writePath = (root: Record<string, unknown>, path: readonly string[], value: number) => {
  let node: Record<string, unknown> = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!isRecord(next)) return;
    node = next;
  }
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
};

const fieldIds = Object.keys(FIELDS).filter((id): id is FieldId => Object.hasOwn(FIELDS, id));

/** The form's text values for saved settings. */
export const toFormValues = (weights: TRiskWeights, bands: TBandThresholds): FormValues => {
  const request = { weights, bandThresholds: bands };
  const fields: Partial<Record<FieldId, string>> = {};
  for (const id of fieldIds) {
    const value = readPath(request, FIELDS[id].path);
    fields[id] = typeof value === "number" ? String(value) : "";
  }
  return { fields, divisions: [...weights.sector.highRiskDivisions] };
};

/** Typed text → a number; blank or malformed text becomes NaN, which the schema refuses. */
export const parseNumber = (text: string): number => {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" ? Number.NaN : Number(trimmed);
};

/**
 * The request the form sends, before validation: the saved weights with every input's number
 * written over them (so a weight the form does not show keeps its value, never a default).
 */
export const toRequest = ({
  values,
  base,
  expectedVersion,
}: {
  values: FormValues;
  base: TRiskWeights;
  expectedVersion: number;
}): Record<string, unknown> => {
  const weights: unknown = structuredClone(base);
  const request: Record<string, unknown> = { weights, bandThresholds: {}, expectedVersion };
  for (const id of fieldIds) {
    writePath(request, FIELDS[id].path, parseNumber(values.fields[id] ?? ""));
  }
  const sector = readPath(request, ["weights", "sector"]);
  if (isRecord(sector)) sector.highRiskDivisions = [...values.divisions];
  return request;
};

export type FormErrorTarget = FieldId | "divisions" | "form";

/** The input a zod issue belongs to (its path in the request). */
export const errorTarget = (path: readonly PropertyKey[]): FormErrorTarget => {
  const joined = path.map(String);
  if (joined[0] === "weights" && joined[1] === "sector" && joined[2] === "highRiskDivisions") {
    return "divisions";
  }
  const id = fieldIds.find((candidate) => FIELDS[candidate].path.join(".") === joined.join("."));
  return id ?? "form";
};

type SharedValidationKey = `validation.${keyof (typeof common)["validation"]}`;
type RiskValidationKey = `risk.validation.${keyof (typeof risk)["risk"]["validation"]}`;
export type ValidationMessageKey = SharedValidationKey | RiskValidationKey;

const isRiskKey = (key: string): key is RiskValidationKey =>
  key.startsWith("risk.validation.") &&
  Object.hasOwn(risk.risk.validation, key.slice("risk.validation.".length));

const isSharedKey = (key: string): key is SharedValidationKey =>
  key.startsWith("validation.") &&
  Object.hasOwn(common.validation, key.slice("validation.".length));

/** The catalogue key of an issue message; zod's own messages become "validation.invalid". */
export const validationMessageKey = (message: string): ValidationMessageKey =>
  isRiskKey(message) || isSharedKey(message) ? message : "validation.invalid";

/** The first message key per input. */
export const formErrorKeys = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Partial<Record<FormErrorTarget, ValidationMessageKey>> => {
  const errors: Partial<Record<FormErrorTarget, ValidationMessageKey>> = {};
  for (const issue of issues) {
    errors[errorTarget(issue.path)] ??= validationMessageKey(issue.message);
  }
  return errors;
};

/** What each missing input adds, with the weights given (the factor codes the scores show). */
export const unknownPoints = (
  weights: TRiskWeights,
): { code: TRiskFactorCode; points: number }[] => [
  { code: "unknown_country", points: weights.country.unknown },
  { code: "unknown_products", points: weights.products.unknown },
  { code: "unknown_sector", points: weights.sector.unknown },
  { code: "unknown_workforce", points: weights.workforce.unknown },
  { code: "unknown_recruitment", points: weights.recruitment.migrantsWithoutRecruiter },
  { code: "unknown_recruitment_fees", points: weights.recruitment.feesUnknown },
  { code: "unknown_tier", points: weights.tier.notConnected },
];

/**
 * The points a direct supplier recorded with only its name and country gets from unknowns
 * alone: no products, no sector, no site (so no workforce).
 */
export const bareSupplierUnknownPoints = (weights: TRiskWeights): number =>
  weights.products.unknown + weights.sector.unknown + weights.workforce.unknown;
