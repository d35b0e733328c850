/**
 * What a computation needs besides the subjects' own data: the organisation's weights and band
 * thresholds (or the defaults), the reference editions that apply to it, and today's date.
 * Read inside the computation's transaction, so a batch never mixes two settings versions.
 */
import { activeEditions } from "@/modules/reference/services/active-editions";
import type { DbOrTx } from "@/server/db";

import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  parseStoredBands,
  parseStoredWeights,
  type TBandThresholds,
  type TBasisEdition,
  type TRiskBasis,
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

export type RiskEditions = {
  tipTiers: TBasisEdition | null;
  goodsList: TBasisEdition | null;
};

export const loadRiskEditions = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<RiskEditions> => {
  const editions = await activeEditions({ db, organizationId });
  const pick = (dataset: "tip_tiers" | "goods_list"): TBasisEdition | null => {
    const edition = editions[dataset];
    return edition
      ? { dataset, id: edition.id, edition: edition.edition, source: edition.source }
      : null;
  };
  return { tipTiers: pick("tip_tiers"), goodsList: pick("goods_list") };
};

export type RiskContext = RiskSettingsValues & {
  editions: RiskEditions;
  basis: TRiskBasis;
  /** Today (UTC) as YYYY-MM-DD: licences whose end date is before it have expired. */
  today: string;
};

export const loadRiskContext = async ({
  db,
  organizationId,
  now = new Date(),
}: {
  db: DbOrTx;
  organizationId: string;
  now?: Date;
}): Promise<RiskContext> => {
  const settings = await loadRiskSettings({ db, organizationId });
  const editions = await loadRiskEditions({ db, organizationId });
  return {
    ...settings,
    editions,
    basis: {
      settingsVersion: settings.version,
      editions: [editions.tipTiers, editions.goodsList].filter(
        (edition): edition is TBasisEdition => edition !== null,
      ),
    },
    today: now.toISOString().slice(0, 10),
  };
};
