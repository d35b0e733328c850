/**
 * Reading editions: the ones an organisation sees (built-in and its own, never another
 * organisation's), with which one is active, and one edition's entries page by page.
 */
import { AppError } from "@/modules/platform/errors/app-error";
import { Prisma, type Db } from "@/server/db";

import { resolveCountryCode } from "../resolve-country";
import {
  REFERENCE_DATASETS,
  UPLOADABLE_DATASETS,
  type TDatasetEditions,
  type TEdition,
  type TEditionDetail,
  type TEditionEntries,
  type TReferenceDataset,
} from "../schemas";
import {
  activeEditions,
  compareEditionPrecedence,
  goodsEntrySelect,
  visibleEditionsWhere,
} from "./active-editions";
import { yearListsOf } from "./tip-tier-lookup";

const editionSelect = {
  id: true,
  organizationId: true,
  dataset: true,
  edition: true,
  effectiveDate: true,
  source: true,
  licence: true,
  rowCount: true,
  sha256: true,
  loadedByUserId: true,
  createdAt: true,
} as const;

type EditionRow = {
  id: string;
  organizationId: string | null;
  dataset: TReferenceDataset;
  edition: string;
  effectiveDate: Date;
  source: string;
  licence: string;
  rowCount: number;
  sha256: string;
  loadedByUserId: string | null;
  createdAt: Date;
};

/** Names of the members who loaded the organisation's editions (built-in ones have none). */
const loaderNames = async (db: Db, rows: readonly EditionRow[]): Promise<Map<string, string>> => {
  const ids = [...new Set(rows.flatMap((row) => (row.loadedByUserId ? [row.loadedByUserId] : [])))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
};

const toEdition = (
  row: EditionRow,
  activeIds: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): TEdition => ({
  id: row.id,
  dataset: row.dataset,
  edition: row.edition,
  effectiveDate: row.effectiveDate,
  source: row.source,
  licence: row.licence,
  rowCount: row.rowCount,
  sha256: row.sha256,
  isBuiltIn: row.organizationId === null,
  isActive: activeIds.has(row.id),
  loadedByName: row.loadedByUserId ? (names.get(row.loadedByUserId) ?? null) : null,
  createdAt: row.createdAt,
});

const activeIdsOf = async (db: Db, organizationId: string): Promise<Set<string>> => {
  const active = await activeEditions({ db, organizationId });
  return new Set(Object.values(active).flatMap((edition) => (edition ? [edition.id] : [])));
};

/** Every dataset with its editions, the active one first. */
export const listEditions = async ({
  db,
  organizationId,
  dataset,
}: {
  db: Db;
  organizationId: string;
  dataset?: TReferenceDataset | undefined;
}): Promise<TDatasetEditions[]> => {
  const rows = await db.referenceEdition.findMany({
    where: { ...visibleEditionsWhere(organizationId), dataset: dataset ?? Prisma.skip },
    select: editionSelect,
  });
  const [activeIds, names] = await Promise.all([
    activeIdsOf(db, organizationId),
    loaderNames(db, rows),
  ]);
  const sorted = rows.sort(compareEditionPrecedence);
  return REFERENCE_DATASETS.filter((candidate) => !dataset || candidate === dataset).map(
    (candidate) => ({
      dataset: candidate,
      isUploadable: UPLOADABLE_DATASETS.some((uploadable) => uploadable === candidate),
      editions: sorted
        .filter((row) => row.dataset === candidate)
        .map((row) => toEdition(row, activeIds, names)),
    }),
  );
};

/** One edition the organisation sees, or NOT_FOUND (another organisation's is NOT_FOUND too). */
export const findVisibleEdition = async ({
  db,
  organizationId,
  id,
}: {
  db: Db;
  organizationId: string;
  id: string;
}): Promise<EditionRow> => {
  const row = await db.referenceEdition.findFirst({
    where: { id, ...visibleEditionsWhere(organizationId) },
    select: editionSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", { userMessageKey: "reference.editionNotFound" });
  return row;
};

const contains = (search: string) => ({ contains: search, mode: "insensitive" as const });

const entriesPage = async ({
  db,
  edition,
  search,
  skip,
  take,
}: {
  db: Db;
  edition: EditionRow;
  search: string | undefined;
  skip: number;
  take: number;
}): Promise<{ entries: TEditionEntries; total: number }> => {
  const editionId = edition.id;
  const country = search ? resolveCountryCode(search) : null;
  const year = search && /^\d{4}$/.test(search) ? Number(search) : null;
  switch (edition.dataset) {
    case "goods_list": {
      const where = {
        editionId,
        ...(search
          ? {
              OR: [
                { good: contains(search) },
                { sector: contains(search) },
                ...(country ? [{ country }] : []),
              ],
            }
          : {}),
      };
      const [rows, total] = await Promise.all([
        db.goodsListEntry.findMany({
          where,
          orderBy: [{ goodKey: "asc" }, { country: "asc" }],
          skip,
          take,
          select: goodsEntrySelect,
        }),
        db.goodsListEntry.count({ where }),
      ]);
      return { entries: { dataset: "goods_list", rows }, total };
    }
    case "tip_tiers": {
      const where = {
        editionId,
        ...(search
          ? {
              OR: [
                ...(country ? [{ country }] : []),
                ...(year ? [{ reportYear: year }] : []),
                { summary: contains(search) },
              ],
            }
          : {}),
      };
      const [rows, total] = await Promise.all([
        db.tipTierEntry.findMany({
          where,
          orderBy: [{ reportYear: "desc" }, { country: "asc" }],
          skip,
          take,
          select: { id: true, country: true, reportYear: true, tier: true, summary: true },
        }),
        db.tipTierEntry.count({ where }),
      ]);
      return { entries: { dataset: "tip_tiers", rows }, total };
    }
    case "isic_sectors": {
      // A letter names a section ("C") and two digits a division ("10"); anything else searches
      // the titles (a letter would otherwise match almost every title).
      const term = search ?? "";
      const byTitle = term
        ? { OR: [{ divisionTitle: contains(term) }, { sectionTitle: contains(term) }] }
        : {};
      const where = {
        editionId,
        ...(/^[A-Za-z]$/.test(term)
          ? { section: term.toUpperCase() }
          : /^\d{2}$/.test(term)
            ? { division: term }
            : byTitle),
      };
      const [rows, total] = await Promise.all([
        db.sector.findMany({
          where,
          orderBy: { division: "asc" },
          skip,
          take,
          select: {
            id: true,
            section: true,
            sectionTitle: true,
            division: true,
            divisionTitle: true,
          },
        }),
        db.sector.count({ where }),
      ]);
      return { entries: { dataset: "isic_sectors", rows }, total };
    }
    case "indicators": {
      const where = {
        editionId,
        ...(search ? { OR: [{ code: contains(search) }, { title: contains(search) }] } : {}),
      };
      const [rows, total] = await Promise.all([
        db.indicator.findMany({
          where,
          orderBy: { sortOrder: "asc" },
          skip,
          take,
          select: { id: true, code: true, kind: true, title: true, strength: true },
        }),
        db.indicator.count({ where }),
      ]);
      return { entries: { dataset: "indicators", rows }, total };
    }
  }
};

/** The report years a TIP edition covers, and whether each year's list is partial. */
const tipYearsOf = async (db: Db, edition: EditionRow): Promise<TEditionDetail["years"]> => {
  if (edition.dataset !== "tip_tiers") return [];
  const entries = await db.tipTierEntry.findMany({
    where: { editionId: edition.id },
    select: { editionId: true, country: true, reportYear: true, tier: true, summary: true },
  });
  return [...yearListsOf(entries)]
    .sort(([a], [b]) => b - a)
    .map(([reportYear, list]) => ({
      reportYear,
      isPartialList: list.isPartial,
      rows: list.byCountry.size,
    }));
};

export const getEdition = async ({
  db,
  organizationId,
  id,
  page,
  pageSize,
  search,
}: {
  db: Db;
  organizationId: string;
  id: string;
  page: number;
  pageSize: number;
  search?: string | undefined;
}): Promise<TEditionDetail> => {
  const row = await findVisibleEdition({ db, organizationId, id });
  const term = search?.trim() || undefined;
  const [activeIds, names, entryPage, years] = await Promise.all([
    activeIdsOf(db, organizationId),
    loaderNames(db, [row]),
    entriesPage({ db, edition: row, search: term, skip: (page - 1) * pageSize, take: pageSize }),
    tipYearsOf(db, row),
  ]);
  return {
    edition: toEdition(row, activeIds, names),
    entries: entryPage.entries,
    total: entryPage.total,
    page,
    pageSize,
    years,
  };
};

/** One edition as listed (with whether it is active), for the upload's answer. */
export const editionSummary = async ({
  db,
  organizationId,
  id,
}: {
  db: Db;
  organizationId: string;
  id: string;
}): Promise<TEdition> => {
  const row = await findVisibleEdition({ db, organizationId, id });
  const [activeIds, names] = await Promise.all([
    activeIdsOf(db, organizationId),
    loaderNames(db, [row]),
  ]);
  return toEdition(row, activeIds, names);
};
