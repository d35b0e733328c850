/**
 * The one loader of reference editions: built-in editions at start and organisations' uploads go
 * through it. It writes an edition and all its rows inside the caller's transaction; the same
 * content (SHA-256) for the same owner is loaded once: a second load returns the first edition.
 */
import type { Tx } from "@/server/db";

import type { EditionToLoad } from "./edition-content";

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest row. */
const CHUNK_SIZE = 2_000;

const chunks = <T>(items: readonly T[]): T[][] => {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK_SIZE) {
    result.push(items.slice(start, start + CHUNK_SIZE));
  }
  return result;
};

/**
 * Serialises loaders (several servers starting at once, two uploads of the same file): the
 * unique index on (dataset, sha256, organization_id) cannot catch built-in duplicates, whose
 * organization_id is NULL. The lock only blocks other writers of editions, briefly.
 */
export const lockEditions = async (tx: Tx): Promise<void> => {
  await tx.$executeRaw`LOCK TABLE reference_editions IN SHARE ROW EXCLUSIVE MODE`;
};

/** The edition with this content for this owner (null: built-in), if it is already loaded. */
export const findLoadedEdition = (
  tx: Tx,
  {
    organizationId,
    dataset,
    sha256,
  }: {
    organizationId: string | null;
    dataset: EditionToLoad["content"]["dataset"];
    sha256: string;
  },
) =>
  tx.referenceEdition.findFirst({
    where: { dataset, sha256, organizationId },
    select: { id: true, edition: true },
  });

const rowCountOf = (content: EditionToLoad["content"]): number => content.rows.length;

/**
 * Loads `edition` for `organizationId` (null for the built-in ones). Call `lockEditions` first in
 * the same transaction. Returns the edition's id and whether it was created now.
 */
export const loadEdition = async ({
  tx,
  organizationId,
  loadedByUserId = null,
  edition,
}: {
  tx: Tx;
  organizationId: string | null;
  loadedByUserId?: string | null;
  edition: EditionToLoad;
}): Promise<{ id: string; isNew: boolean }> => {
  const { content, meta, sha256 } = edition;
  const existing = await findLoadedEdition(tx, {
    organizationId,
    dataset: content.dataset,
    sha256,
  });
  if (existing) return { id: existing.id, isNew: false };

  const created = await tx.referenceEdition.create({
    data: {
      organizationId,
      dataset: content.dataset,
      edition: meta.edition,
      effectiveDate: meta.effectiveDate,
      source: meta.source,
      licence: meta.licence,
      rowCount: rowCountOf(content),
      sha256,
      loadedByUserId,
    },
    select: { id: true },
  });
  const editionId = created.id;

  switch (content.dataset) {
    case "goods_list":
      for (const chunk of chunks(content.rows)) {
        await tx.goodsListEntry.createMany({
          data: chunk.map((row) => ({ editionId, ...row })),
        });
      }
      break;
    case "tip_tiers":
      for (const chunk of chunks(content.rows)) {
        await tx.tipTierEntry.createMany({
          data: chunk.map((row) => ({ editionId, ...row })),
        });
      }
      break;
    case "isic_sectors":
      await tx.sector.createMany({ data: content.rows.map((row) => ({ editionId, ...row })) });
      break;
    case "indicators": {
      const indicators = await tx.indicator.createManyAndReturn({
        data: content.rows.map(({ rollsUpTo: _rollsUpTo, ...row }) => ({ editionId, ...row })),
        select: { id: true, code: true },
      });
      const idOf = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
      const mappings = content.rows.flatMap((row) =>
        row.rollsUpTo.flatMap((target) => {
          const operationalIndicatorId = idOf.get(row.code);
          const iloIndicatorId = idOf.get(target);
          return operationalIndicatorId && iloIndicatorId
            ? [{ operationalIndicatorId, iloIndicatorId }]
            : [];
        }),
      );
      await tx.indicatorMapping.createMany({ data: mappings });
      break;
    }
  }
  return { id: editionId, isNew: true };
};
