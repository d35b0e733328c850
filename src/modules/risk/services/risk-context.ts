/**
 * The organisation's risk weights and band thresholds, or the defaults (version 0) when it has
 * saved none. Read once per computation (risk-inputs.ts), so a run never mixes two versions.
 */
import type { DbOrTx } from "@/server/db";

import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  parseStoredBands,
  parseStoredWeights,
  type TBandThresholds,
  type TRiskWeights,
} from "../schemas";

export type RiskSettingsValues = {
  weights: TRiskWeights;
  bands: TBandThresholds;
  /** 0 while the organisation has no settings row (built-in defaults). */
  version: number;
  updatedAt: Date | null;
};

export const loadRiskSettings = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<RiskSettingsValues> => {
  const row = await db.riskSettings.findFirst({ where: { organizationId } });
  if (!row) {
    return {
      weights: DEFAULT_RISK_WEIGHTS,
      bands: DEFAULT_BAND_THRESHOLDS,
      version: 0,
      updatedAt: null,
    };
  }
  return {
    weights: parseStoredWeights(row.weights),
    bands: parseStoredBands(row.bandThresholds),
    version: row.version,
    updatedAt: row.updatedAt,
  };
};
