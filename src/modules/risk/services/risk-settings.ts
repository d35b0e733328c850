/**
 * The organisation's risk weights and band thresholds: read, change, restore the defaults.
 *
 * Changes are optimistic: the form sends the version it was loaded with, and a change made by
 * someone else in the meantime is refused (CONFLICT), never silently overwritten. The version
 * check sits in the write's own `where`, so two concurrent saves cannot both pass it. Every
 * change bumps the version (scores record the version they were computed with, so an old
 * explanation still says which settings it used), is audited with before and after, and queues a
 * whole-organisation recomputation in the same transaction. A save that changes nothing writes
 * nothing: no version, no audit event, no recomputation.
 */
import { isDeepStrictEqual } from "node:util";

import type { AuditActor } from "@/modules/platform/audit/record-audit-event";
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import { listSectors } from "@/modules/reference/sectors";
import type { Db, DbOrTx, Tx } from "@/server/db";

import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  type TBandThresholds,
  type TRecomputation,
  type TRiskSettings,
  type TRiskWeights,
} from "../schemas";
import { changeAndRecompute } from "./after-commit-recomputation";
import { loadRiskSettings, type RiskSettingsValues } from "./risk-context";

const toRiskSettings = (values: RiskSettingsValues): TRiskSettings => ({
  weights: values.weights,
  bandThresholds: values.bands,
  version: values.version,
  isDefault:
    isDeepStrictEqual(values.weights, DEFAULT_RISK_WEIGHTS) &&
    isDeepStrictEqual(values.bands, DEFAULT_BAND_THRESHOLDS),
  updatedAt: values.updatedAt,
});

/** The organisation's settings, or the built-in defaults (version 0) when it has none. */
export const getRiskSettings = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<TRiskSettings> => toRiskSettings(await loadRiskSettings({ db, organizationId }));

/** One order and no repeats, so that the same choice compares equal however it was ticked. */
const normalizeWeights = (weights: TRiskWeights): TRiskWeights => ({
  ...weights,
  sector: {
    ...weights.sector,
    highRiskDivisions: [...new Set(weights.sector.highRiskDivisions)].sort(),
  },
});

/** The divisions must be ISIC Rev.4 divisions: "04" looks like one and is not. */
const assertKnownDivisions = (divisions: readonly string[]): void => {
  const known = new Set(listSectors().map((sector) => sector.division));
  const unknown = divisions.filter((division) => !known.has(division));
  if (unknown.length > 0) {
    throw new AppError("INVALID_INPUT", {
      message: `unknown ISIC divisions: ${unknown.join(", ")}`,
      userMessageKey: "risk.unknownDivision",
      userMessageValues: { divisions: unknown.join(", ") },
    });
  }
};

const conflict = () =>
  new AppError("CONFLICT", {
    message: "risk settings changed since they were loaded",
    userMessageKey: "risk.settingsChanged",
  });

const auditView = (values: { weights: TRiskWeights; bands: TBandThresholds; version: number }) => ({
  weights: values.weights,
  bandThresholds: values.bands,
  version: values.version,
});

/** Writes new values when they differ, with the version check in the write's `where`. */
const writeSettings = async ({
  tx,
  actor,
  organizationId,
  expectedVersion,
  weights,
  bands,
}: {
  tx: Tx;
  actor: AuditActor;
  organizationId: string;
  expectedVersion: number;
  weights: TRiskWeights;
  bands: TBandThresholds;
}): Promise<{ result: TRiskSettings; isChanged: boolean }> => {
  const before = await loadRiskSettings({ db: tx, organizationId });
  if (before.version !== expectedVersion) throw conflict();
  if (isDeepStrictEqual(before.weights, weights) && isDeepStrictEqual(before.bands, bands)) {
    return { result: toRiskSettings(before), isChanged: false };
  }
  const data = { weights, bandThresholds: bands, updatedByUserId: actor.userId };
  if (expectedVersion === 0) {
    // No row yet: a concurrent first save inserts it before us, and ours then inserts nothing.
    const created = await tx.riskSettings.createMany({
      data: [{ organizationId, ...data, version: 1 }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw conflict();
  } else {
    const updated = await tx.riskSettings.updateMany({
      where: { organizationId, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
  }
  const after = await loadRiskSettings({ db: tx, organizationId });
  await recordAuditEvent(tx, actor, {
    action: "risk_settings.updated",
    entityType: "risk_settings",
    entityId: organizationId,
    before: auditView(before),
    after: auditView(after),
  });
  return { result: toRiskSettings(after), isChanged: true };
};

export type SaveRiskSettingsResult = {
  settings: TRiskSettings;
  /** The recomputation the change queued; null when nothing changed. */
  recomputation: TRecomputation | null;
};

/** Saves the organisation's weights and band thresholds (see the file comment for the rules). */
export const updateRiskSettings = async ({
  db,
  actor,
  organizationId,
  weights,
  bandThresholds,
  expectedVersion,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  weights: TRiskWeights;
  bandThresholds: TBandThresholds;
  expectedVersion: number;
}): Promise<SaveRiskSettingsResult> => {
  const normalized = normalizeWeights(weights);
  assertKnownDivisions(normalized.sector.highRiskDivisions);
  const { result, recomputation } = await changeAndRecompute({
    db,
    actor,
    organizationId,
    reason: "settings_changed",
    change: (tx) =>
      writeSettings({
        tx,
        actor,
        organizationId,
        expectedVersion,
        weights: normalized,
        bands: bandThresholds,
      }),
  });
  return { settings: result, recomputation };
};

/**
 * Restores the built-in weights and thresholds. The row is kept and its version bumped (not
 * deleted back to version 0), so versions never repeat and every past score's basis stays
 * unambiguous.
 */
export const resetRiskSettings = async ({
  db,
  actor,
  organizationId,
  expectedVersion,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  expectedVersion: number;
}): Promise<SaveRiskSettingsResult> => {
  const { result, recomputation } = await changeAndRecompute({
    db,
    actor,
    organizationId,
    reason: "settings_changed",
    change: (tx) =>
      writeSettings({
        tx,
        actor,
        organizationId,
        expectedVersion,
        weights: DEFAULT_RISK_WEIGHTS,
        bands: DEFAULT_BAND_THRESHOLDS,
      }),
  });
  return { settings: result, recomputation };
};
