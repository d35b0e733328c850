/**
 * The organisation's own country risk ratings, which replace the TIP-tier points for suppliers
 * and sites in that country. One per country; saving a country again replaces its points and
 * reason. Each change is audited and queues a whole-organisation recomputation in the same
 * transaction; a save that changes nothing writes nothing.
 */
import type { AuditActor } from "@/modules/platform/audit/record-audit-event";
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import { isCountryCode } from "@/modules/reference/countries";
import type { Db, DbOrTx } from "@/server/db";

import type { TCountryOverride, TRecomputation, TSaveCountryOverrideRequest } from "../schemas";
import { changeAndRecompute } from "./after-commit-recomputation";

const overrideSelect = {
  id: true,
  country: true,
  points: true,
  reason: true,
  updatedAt: true,
} as const;

const auditView = (override: TCountryOverride) => ({
  country: override.country,
  points: override.points,
  reason: override.reason,
});

/** The organisation's overrides, by country code. */
export const listCountryOverrides = ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<TCountryOverride[]> =>
  db.countryRiskOverride.findMany({
    where: { organizationId },
    orderBy: { country: "asc" },
    select: overrideSelect,
  });

/** Adds or replaces the override of a country. */
export const saveCountryOverride = async ({
  db,
  actor,
  organizationId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  input: TSaveCountryOverrideRequest;
}): Promise<{ override: TCountryOverride; recomputation: TRecomputation | null }> => {
  // The shape ("two letters") is checked by the schema; whether those letters name a country is
  // the reference module's ISO 3166 list ("XX" and "UK" are not countries).
  if (!isCountryCode(input.country)) {
    throw new AppError("INVALID_INPUT", {
      message: `unknown country code ${input.country}`,
      userMessageKey: "risk.unknownCountry",
    });
  }
  const { result, recomputation } = await changeAndRecompute({
    db,
    actor,
    organizationId,
    reason: "country_override_changed",
    change: async (tx) => {
      const before = await tx.countryRiskOverride.findFirst({
        where: { organizationId, country: input.country },
        select: overrideSelect,
      });
      if (before && before.points === input.points && before.reason === input.reason) {
        return { result: before, isChanged: false };
      }
      const saved = await tx.countryRiskOverride.upsert({
        where: { organizationId_country: { organizationId, country: input.country } },
        create: {
          organizationId,
          country: input.country,
          points: input.points,
          reason: input.reason,
          updatedByUserId: actor.userId,
        },
        update: { points: input.points, reason: input.reason, updatedByUserId: actor.userId },
        select: overrideSelect,
      });
      await recordAuditEvent(tx, actor, {
        action: "country_risk_override.saved",
        entityType: "country_risk_override",
        entityId: saved.id,
        ...(before ? { before: auditView(before) } : {}),
        after: auditView(saved),
      });
      return { result: saved, isChanged: true };
    },
  });
  return { override: result, recomputation };
};

/** Removes an override: the country's TIP tier counts again. Another organisation's is NOT_FOUND. */
export const removeCountryOverride = async ({
  db,
  actor,
  organizationId,
  overrideId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  overrideId: string;
}): Promise<{ recomputation: TRecomputation | null }> => {
  const { recomputation } = await changeAndRecompute({
    db,
    actor,
    organizationId,
    reason: "country_override_changed",
    change: async (tx) => {
      const before = await tx.countryRiskOverride.findFirst({
        where: { id: overrideId, organizationId },
        select: overrideSelect,
      });
      if (!before) throw new AppError("NOT_FOUND", { userMessageKey: "risk.overrideNotFound" });
      await tx.countryRiskOverride.deleteMany({ where: { id: overrideId, organizationId } });
      await recordAuditEvent(tx, actor, {
        action: "country_risk_override.removed",
        entityType: "country_risk_override",
        entityId: overrideId,
        before: auditView(before),
      });
      return { result: null, isChanged: true };
    },
  });
  return { recomputation };
};
