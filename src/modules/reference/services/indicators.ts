/**
 * The indicator catalogue as an organisation sees it: the active catalogue edition, each
 * indicator with its roll-up to the ILO indicators, and the organisation's own grading of its
 * strength where it made one (which then wins for the organisation). Gradings are keyed by the
 * indicator's stable code, so they carry over to later catalogue editions.
 */
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, DbOrTx } from "@/server/db";

import type {
  TEditionRef,
  TIndicator,
  TIndicatorStrength,
  TListIndicatorsRequest,
  TListIndicatorsResponse,
  TStrengthOverride,
} from "../schemas";
import { editionsInPrecedence } from "./active-editions";

const indicatorSelect = {
  id: true,
  code: true,
  kind: true,
  groupNumber: true,
  stage: true,
  title: true,
  explanation: true,
  source: true,
  strength: true,
  strengthSource: true,
  sortOrder: true,
  rollsUpTo: { select: { ilo: { select: { code: true, title: true, sortOrder: true } } } },
  rolledUpBy: {
    select: { operational: { select: { code: true, title: true, sortOrder: true } } },
  },
} as const;

const overrideSelect = {
  id: true,
  indicatorCode: true,
  strength: true,
  rationale: true,
  updatedAt: true,
} as const;

type OverrideRow = {
  id: string;
  indicatorCode: string;
  strength: TIndicatorStrength;
  rationale: string;
  updatedAt: Date;
};

const bySortOrder = (a: { sortOrder: number }, b: { sortOrder: number }) =>
  a.sortOrder - b.sortOrder;

const toOverride = (row: OverrideRow): TStrengthOverride => ({
  id: row.id,
  strength: row.strength,
  rationale: row.rationale,
  updatedAt: row.updatedAt,
});

type IndicatorRow = Awaited<ReturnType<typeof loadCatalogueRows>>[number];

const toIndicator = (row: IndicatorRow, override: OverrideRow | undefined): TIndicator => ({
  id: row.id,
  code: row.code,
  kind: row.kind,
  groupNumber: row.groupNumber,
  stage: row.stage,
  title: row.title,
  explanation: row.explanation,
  source: row.source,
  strength: row.strength,
  strengthSource: row.strengthSource,
  override: override ? toOverride(override) : null,
  effectiveStrength: override?.strength ?? row.strength,
  rollsUpTo: row.rollsUpTo
    .map((mapping) => mapping.ilo)
    .sort(bySortOrder)
    .map(({ code, title }) => ({ code, title })),
  rolledUpBy: row.rolledUpBy
    .map((mapping) => mapping.operational)
    .sort(bySortOrder)
    .map(({ code, title }) => ({ code, title })),
});

const loadCatalogueRows = (db: DbOrTx, editionId: string, code?: string) =>
  db.indicator.findMany({
    where: { editionId, ...(code ? { code } : {}) },
    orderBy: { sortOrder: "asc" },
    select: indicatorSelect,
  });

/** The active catalogue edition (built-in: organisations do not load their own catalogue). */
const activeCatalogue = async (db: DbOrTx, organizationId: string): Promise<TEditionRef | null> => {
  const [edition] = await editionsInPrecedence({ db, organizationId, dataset: "indicators" });
  return edition ?? null;
};

const fold = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase();

export const listIndicators = async ({
  db,
  organizationId,
  filters,
}: {
  db: Db;
  organizationId: string;
  filters: TListIndicatorsRequest;
}): Promise<TListIndicatorsResponse> => {
  const edition = await activeCatalogue(db, organizationId);
  if (!edition) return { edition: null, indicators: [], total: 0 };
  const [rows, overrides] = await Promise.all([
    loadCatalogueRows(db, edition.id),
    db.indicatorStrengthOverride.findMany({ where: { organizationId }, select: overrideSelect }),
  ]);
  const overrideOf = new Map(overrides.map((row) => [row.indicatorCode, row]));
  const all = rows.map((row) => toIndicator(row, overrideOf.get(row.code)));
  const term = filters.search ? fold(filters.search.trim()) : "";
  const indicators = all.filter(
    (indicator) =>
      (!filters.kind || indicator.kind === filters.kind) &&
      (!filters.group || indicator.groupNumber === filters.group) &&
      (!filters.stage || indicator.stage === filters.stage) &&
      (!filters.strength || indicator.effectiveStrength === filters.strength) &&
      (!term ||
        fold(`${indicator.code} ${indicator.title} ${indicator.explanation}`).includes(term)),
  );
  return { edition, indicators, total: all.length };
};

const findIndicator = async (
  db: DbOrTx,
  organizationId: string,
  code: string,
): Promise<IndicatorRow> => {
  const edition = await activeCatalogue(db, organizationId);
  const [row] = edition ? await loadCatalogueRows(db, edition.id, code) : [];
  if (!row) throw new AppError("NOT_FOUND", { userMessageKey: "reference.indicatorNotFound" });
  return row;
};

export const getIndicator = async ({
  db,
  organizationId,
  code,
}: {
  db: DbOrTx;
  organizationId: string;
  code: string;
}): Promise<TIndicator> => {
  const [row, override] = await Promise.all([
    findIndicator(db, organizationId, code),
    db.indicatorStrengthOverride.findFirst({
      where: { organizationId, indicatorCode: code },
      select: overrideSelect,
    }),
  ]);
  return toIndicator(row, override ?? undefined);
};

/** The organisation grades an indicator's strength, with why (creates or replaces its grading). */
export const setIndicatorStrength = async ({
  db,
  actor,
  organizationId,
  code,
  strength,
  rationale,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  code: string;
  strength: TIndicatorStrength;
  rationale: string;
}): Promise<TIndicator> =>
  db.$transaction(async (tx) => {
    const indicator = await findIndicator(tx, organizationId, code);
    const before = await tx.indicatorStrengthOverride.findFirst({
      where: { organizationId, indicatorCode: code },
      select: overrideSelect,
    });
    const saved = await tx.indicatorStrengthOverride.upsert({
      where: { organizationId_indicatorCode: { organizationId, indicatorCode: code } },
      create: { organizationId, indicatorCode: code, strength, rationale },
      update: { strength, rationale },
      select: overrideSelect,
    });
    await recordAuditEvent(tx, actor, {
      action: "indicator_strength.overridden",
      entityType: "indicator",
      entityId: code,
      before: before
        ? { strength: before.strength, rationale: before.rationale }
        : { strength: indicator.strength, source: "catalogue" },
      after: { strength: saved.strength, rationale: saved.rationale },
    });
    return toIndicator(indicator, saved);
  });

/** Removes the organisation's grading; the catalogue's strength applies again. */
export const removeIndicatorStrength = async ({
  db,
  actor,
  organizationId,
  id,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  id: string;
}): Promise<{ id: string; code: string }> =>
  db.$transaction(async (tx) => {
    const override = await tx.indicatorStrengthOverride.findFirst({
      where: { id, organizationId },
      select: overrideSelect,
    });
    if (!override) {
      throw new AppError("NOT_FOUND", { userMessageKey: "reference.gradingNotFound" });
    }
    await tx.indicatorStrengthOverride.delete({ where: { id: override.id, organizationId } });
    await recordAuditEvent(tx, actor, {
      action: "indicator_strength.override_removed",
      entityType: "indicator",
      entityId: override.indicatorCode,
      before: { strength: override.strength, rationale: override.rationale },
    });
    return { id: override.id, code: override.indicatorCode };
  });
