/**
 * Which reference editions an organisation's risk scores use, and the look-ups the risk engine
 * needs on them. Keep these signatures stable: the risk module imports them.
 *
 * Editions are global (built-in, organizationId null, from refdata/) or owned by one
 * organisation (uploaded by its admins). For each dataset the **active** edition is the one
 * with the latest effective date among the built-in ones and the organisation's own; on the same
 * date the organisation's own wins, then the one loaded last. Another organisation's editions are
 * never seen. Old editions stay in the database, so that a past score still names the edition it
 * used (store `TEditionRef.id` in the score's basis).
 *
 * - `activeEditions({ db, organizationId })`: the active edition of each dataset (null when the
 *   dataset has none).
 * - `loadTipTierLookup({ db, organizationId })` → `lookup.tierOf(country, year?)`: a country's TIP
 *   tier in a report year, year by year from the newest edition that covers that year; "Tier 1
 *   or 2" for a country absent from a year that lists only Watch List / Tier 3 / Special Case;
 *   `tier: null` (unknown) when the sources cannot say. The rules are in tip-tier-lookup.ts.
 * - `tipTierOf({ db, organizationId, country, year? })`: the same for one country.
 * - `loadActiveGoodsList({ db, organizationId })`: the active goods list's edition and entries;
 *   `matchListedGoods(entries, products)` (goods-matching.ts) finds the listed goods a supplier's
 *   products match.
 */
import type { DbOrTx } from "@/server/db";

import {
  REFERENCE_DATASETS,
  type TEditionRef,
  type TGoodsEntry,
  type TReferenceDataset,
} from "../schemas";
import { buildTipTierLookup, type TipTierAnswer, type TipTierLookup } from "./tip-tier-lookup";

export type { TipTierAnswer, TipTierLookup } from "./tip-tier-lookup";
export { TIP_BASES, type TipBasis } from "./tip-tier-lookup";
export { goodMatchesProduct, matchListedGoods } from "./goods-matching";

export type ActiveEdition = TEditionRef;
export type ActiveEditions = Record<TReferenceDataset, ActiveEdition | null>;

export const editionRefSelect = {
  id: true,
  dataset: true,
  edition: true,
  source: true,
  licence: true,
  effectiveDate: true,
  organizationId: true,
  createdAt: true,
} as const;

type EditionRefRow = {
  id: string;
  dataset: TReferenceDataset;
  edition: string;
  source: string;
  licence: string;
  effectiveDate: Date;
  organizationId: string | null;
  createdAt: Date;
};

export const goodsEntrySelect = {
  id: true,
  good: true,
  goodKey: true,
  sector: true,
  country: true,
  childLabor: true,
  forcedLabor: true,
  forcedChildLabor: true,
  derived: true,
  derivedFromCountry: true,
} as const;

export const toEditionRef = (row: EditionRefRow): TEditionRef => ({
  id: row.id,
  dataset: row.dataset,
  edition: row.edition,
  source: row.source,
  licence: row.licence,
  effectiveDate: row.effectiveDate,
  isBuiltIn: row.organizationId === null,
});

/** Newest effective date first; on a tie the organisation's own, then the one loaded last. */
export const compareEditionPrecedence = (a: EditionRefRow, b: EditionRefRow): number =>
  b.effectiveDate.getTime() - a.effectiveDate.getTime() ||
  Number(a.organizationId === null) - Number(b.organizationId === null) ||
  b.createdAt.getTime() - a.createdAt.getTime() ||
  (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The built-in editions and the organisation's own (never another organisation's). */
export const visibleEditionsWhere = (organizationId: string) => ({
  OR: [{ organizationId: null }, { organizationId }],
});

/** The editions of `dataset` the organisation sees, in precedence order (the active one first). */
export const editionsInPrecedence = async ({
  db,
  organizationId,
  dataset,
}: {
  db: DbOrTx;
  organizationId: string;
  dataset: TReferenceDataset;
}): Promise<TEditionRef[]> => {
  const rows = await db.referenceEdition.findMany({
    where: { dataset, ...visibleEditionsWhere(organizationId) },
    select: editionRefSelect,
  });
  return rows.sort(compareEditionPrecedence).map(toEditionRef);
};

/** The active edition of each dataset for the organisation. */
export const activeEditions = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<ActiveEditions> => {
  const rows = await db.referenceEdition.findMany({
    where: visibleEditionsWhere(organizationId),
    select: editionRefSelect,
  });
  const sorted = rows.sort(compareEditionPrecedence);
  const active: ActiveEditions = {
    goods_list: null,
    tip_tiers: null,
    isic_sectors: null,
    indicators: null,
  };
  for (const dataset of REFERENCE_DATASETS) {
    const first = sorted.find((row) => row.dataset === dataset);
    active[dataset] = first ? toEditionRef(first) : null;
  }
  return active;
};

/**
 * Every TIP edition the organisation sees, with their rows, as a look-up. Load it once per
 * recomputation (a few thousand rows) and call `tierOf` per country.
 */
export const loadTipTierLookup = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<TipTierLookup> => {
  const editions = await editionsInPrecedence({ db, organizationId, dataset: "tip_tiers" });
  const entries = await db.tipTierEntry.findMany({
    where: { editionId: { in: editions.map((edition) => edition.id) } },
    select: { editionId: true, country: true, reportYear: true, tier: true, summary: true },
  });
  return buildTipTierLookup({ editions, entries });
};

/** One country's TIP tier in `year` (default: the newest report year covered). */
export const tipTierOf = async ({
  db,
  organizationId,
  country,
  year,
}: {
  db: DbOrTx;
  organizationId: string;
  country: string;
  year?: number;
}): Promise<TipTierAnswer> => {
  const lookup = await loadTipTierLookup({ db, organizationId });
  return lookup.tierOf(country, year);
};

/** The active goods list (edition and every entry), or null when none is loaded. */
export const loadActiveGoodsList = async ({
  db,
  organizationId,
}: {
  db: DbOrTx;
  organizationId: string;
}): Promise<{ edition: TEditionRef; entries: TGoodsEntry[] } | null> => {
  const [edition] = await editionsInPrecedence({ db, organizationId, dataset: "goods_list" });
  if (!edition) return null;
  const entries = await db.goodsListEntry.findMany({
    where: { editionId: edition.id },
    orderBy: [{ goodKey: "asc" }, { country: "asc" }],
    select: goodsEntrySelect,
  });
  return { edition, entries };
};
