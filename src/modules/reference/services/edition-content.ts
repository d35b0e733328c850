/**
 * What one edition of a reference dataset holds, once parsed and checked: the shape the loader
 * writes, whether it came from refdata/ (built-in) or from an organisation's upload.
 */
import { createHash } from "node:crypto";

import type { GoodsRow } from "./parse/goods-list";
import type { IndicatorRow } from "./parse/indicator-catalogue";
import type { SectorRow } from "./parse/isic";
import type { TipRow } from "./parse/tip-tiers";

export type EditionContent =
  | { dataset: "goods_list"; rows: GoodsRow[] }
  | { dataset: "tip_tiers"; rows: TipRow[] }
  | { dataset: "isic_sectors"; rows: SectorRow[] }
  | { dataset: "indicators"; rows: IndicatorRow[] };

export type EditionMeta = {
  edition: string;
  /** The date the edition applies from: the key that orders editions of a dataset. */
  effectiveDate: Date;
  source: string;
  licence: string;
};

export type EditionToLoad = {
  meta: EditionMeta;
  /** Of the file(s) the edition was read from: the same files load only once. */
  sha256: string;
  content: EditionContent;
};

/** SHA-256 of one file, or of several (each name and content in turn) for a composed edition. */
export const sha256Of = (files: readonly { name: string; bytes: Uint8Array }[]): string => {
  const hash = createHash("sha256");
  if (files.length === 1 && files[0]) return hash.update(files[0].bytes).digest("hex");
  for (const file of files) {
    hash.update(`${file.name}\n`);
    hash.update(file.bytes);
  }
  return hash.digest("hex");
};

/** A date-only string ("2022-01-01") as the UTC midnight Prisma stores in a DATE column. */
export const dateOnly = (isoDate: string): Date => new Date(`${isoDate}T00:00:00.000Z`);
