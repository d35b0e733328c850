/**
 * The map's risk measure: of a country's suppliers that have a risk score, the share whose
 * current residual risk is high or critical. A share, not a count, so that a country is not
 * dark merely because many suppliers are there (the count view shows that); unscored suppliers
 * are left out of the share rather than counted as low, and a country where none is scored has
 * no share at all ("not yet scored"). The table shows the counts behind every share, so a 100 %
 * made of one supplier reads as one supplier. Pure and deterministic.
 */
import type { TCountryRisk } from "../schemas";

export type RiskClassId = "none" | "under25" | "under50" | "under75" | "from75";

export type RiskClass = {
  id: RiskClassId;
  /** The class holds shares s with from ≤ s < to (the last class includes 1; "none" is 0). */
  from: number;
  to: number;
  colour: string;
};

/** Light to dark, yellow to deep red; each class also has its own words in the legend. */
export const RISK_CLASSES: readonly RiskClass[] = [
  { id: "none", from: 0, to: 0, colour: "#fef9c3" },
  { id: "under25", from: 0, to: 0.25, colour: "#fdba74" },
  { id: "under50", from: 0.25, to: 0.5, colour: "#f97316" },
  { id: "under75", from: 0.5, to: 0.75, colour: "#c2410c" },
  { id: "from75", from: 0.75, to: 1, colour: "#7f1d1d" },
];

/** Suppliers at high or critical risk. */
export const highRiskCount = (row: TCountryRisk): number => row.bands.critical + row.bands.high;

/** Suppliers without a score yet. */
export const unscoredCount = (row: TCountryRisk): number => row.supplierCount - row.scoredCount;

/** The share of scored suppliers at high or critical risk (0–1), or null when none is scored. */
export const highRiskShare = (row: TCountryRisk): number | null =>
  row.scoredCount === 0 ? null : highRiskCount(row) / row.scoredCount;

/** The class of a share; null (nothing scored) has none. */
export const riskClassOf = (share: number | null): RiskClass | null => {
  if (share === null || !Number.isFinite(share)) return null;
  if (share <= 0) return RISK_CLASSES[0] ?? null;
  return (
    RISK_CLASSES.find((item) => item.id !== "none" && share >= item.from && share < item.to) ??
    RISK_CLASSES[RISK_CLASSES.length - 1] ??
    null
  );
};

/**
 * Largest share first, then more suppliers at high risk, then more suppliers, then the country
 * code; countries with nothing scored last (by their number of suppliers).
 */
export const compareCountryRisk = (a: TCountryRisk, b: TCountryRisk): number => {
  const shareA = highRiskShare(a);
  const shareB = highRiskShare(b);
  if (shareA === null || shareB === null) {
    if (shareA !== shareB) return shareA === null ? 1 : -1;
  } else if (shareA !== shareB) {
    return shareB - shareA;
  }
  return (
    highRiskCount(b) - highRiskCount(a) ||
    b.supplierCount - a.supplierCount ||
    a.country.localeCompare(b.country)
  );
};
