/**
 * A stored score (codes and values) → what the UI shows: every factor with its label, reason,
 * source and edition in words, from messages/en/risk.json. Country codes become names and ISIC
 * divisions get their titles here, so stored explanations stay language-neutral.
 */
import { getTranslator, type Translator } from "@/i18n/translator";
import { countryName } from "@/modules/reference/countries";
import { listSectors } from "@/modules/reference/sectors";

import {
  isUnknownFactor,
  RISK_FACTOR_GROUP,
  ZRiskBandSchema,
  ZRiskBasisSchema,
  ZStoredRiskFactorsSchema,
  ZStoredUnknownsSchema,
  type TFactorValues,
  type TRiskScoreView,
  type TStoredRiskFactor,
} from "../schemas";
import { NAMES_SHOWN } from "../model/score-subject";

export type StoredScoreRow = {
  inherentScore: number;
  inherentBand: string;
  residualScore: number;
  residualBand: string;
  factors: unknown;
  unknowns: unknown;
  basis: unknown;
  computedAt: Date;
};

let divisionTitles: Map<string, string> | undefined;
const divisionTitle = (division: string): string => {
  divisionTitles ??= new Map(
    listSectors().map((sector) => [sector.division, sector.divisionTitle]),
  );
  return divisionTitles.get(division) ?? division;
};

/** The values a reason message needs, from the stored values. */
const messageValues = (entry: TStoredRiskFactor): Record<string, string | number> => {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(entry.values)) values[key] = value ?? "";
  const stored: TFactorValues = entry.values;
  if (typeof stored.country === "string") values.countryName = countryName(stored.country);
  if (typeof stored.fromCountries === "string") {
    values.fromCountries = stored.fromCountries
      .split(", ")
      .filter((code) => code !== "")
      .map((code) => countryName(code))
      .join(", ");
  }
  if (typeof stored.division === "string") values.divisionTitle = divisionTitle(stored.division);
  if (typeof stored.count === "number") values.others = Math.max(0, stored.count - NAMES_SHOWN);
  return values;
};

const reasonOf = (t: Translator, entry: TStoredRiskFactor): string => {
  const values = messageValues(entry);
  if (entry.code === "unknown_workforce" && entry.values.site === null) {
    return t("risk.factors.unknown_workforce.reasonNoSite");
  }
  // TIP data is loaded but does not rate the country (a territory, or a year with no rating).
  if (entry.code === "unknown_country" && typeof entry.values.year === "number") {
    return t("risk.factors.unknown_country.reasonNotRated", values);
  }
  // Products are recorded, but no goods list is loaded to check them against.
  if (entry.code === "unknown_products" && entry.source === "goods_list") {
    return t("risk.factors.unknown_products.reasonNoList", values);
  }
  return t(`risk.factors.${entry.code}.reason`, values);
};

export const toScoreView = (
  row: StoredScoreRow,
  t: Translator = getTranslator(),
): TRiskScoreView => {
  const factors = ZStoredRiskFactorsSchema.parse(row.factors);
  const unknowns = ZStoredUnknownsSchema.parse(row.unknowns);
  return {
    inherentScore: row.inherentScore,
    inherentBand: ZRiskBandSchema.parse(row.inherentBand),
    residualScore: row.residualScore,
    residualBand: ZRiskBandSchema.parse(row.residualBand),
    factors: factors.map((entry) => ({
      code: entry.code,
      group: RISK_FACTOR_GROUP[entry.code],
      label: t(`risk.factors.${entry.code}.label`),
      points: entry.points,
      reason: reasonOf(t, entry),
      source: t(`risk.sources.${entry.source}`),
      edition: entry.edition,
      isUnknown: isUnknownFactor(entry.code),
      values: entry.values,
    })),
    unknowns: unknowns.map((entry) => ({
      code: entry.code,
      label: t(`risk.factors.${entry.code}.label`),
      points: entry.points,
    })),
    basis: ZRiskBasisSchema.parse(row.basis),
    computedAt: row.computedAt,
  };
};
