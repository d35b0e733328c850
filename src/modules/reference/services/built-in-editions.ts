/**
 * The built-in editions, read from the files in refdata/ (provenance and licences in
 * refdata/README.md). Each dataset is one edition:
 *
 * - goods_list: `ilab_list_of_goods_2022.csv` (US DOL, 2022 list).
 * - tip_tiers: one edition composed of three files, so that a single edition answers any report
 *   year: 2001–2015 from Kelley & Heiss (every tier), 2022–2024 from the Factbook history file
 *   (Watch List and Tier 3 only), and 2025 from the 2025 Factbook file (Watch List, Tier 3 and
 *   Special Case, with the report's sentence), which replaces the history file's 2025 rows.
 *   Countries absent from a year that lists only Watch List / Tier 3 / Special Case are not
 *   stored: readers derive "Tier 1 or 2" for them (see tip-tiers.ts).
 * - isic_sectors: ISIC Rev.4 sections and divisions.
 * - indicators: the indicator catalogue (`indicators/indicator_catalogue.json`).
 *
 * Reading never touches the database; `ensureBuiltInReferenceData` writes what is missing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { parseCsv } from "@/modules/imports/services/parse/parse-csv";

import type { TReferenceDataset, TRowProblem } from "../schemas";
import { dateOnly, sha256Of, type EditionContent, type EditionToLoad } from "./edition-content";
import { parseGoodsList } from "./parse/goods-list";
import { indicatorRowsOf, ZIndicatorCatalogueFileSchema } from "./parse/indicator-catalogue";
import { parseIsicSectors } from "./parse/isic";
import type { ParseResult } from "./parse/table-reader";
import { parseFactbookTipTiers, parseKelleyHeissTipTiers, type TipRow } from "./parse/tip-tiers";

export const BUILT_IN_FILES = {
  goodsList: "ilab_list_of_goods_2022.csv",
  tip2025: "tip_tiers_2025_factbook_t2wl_t3.csv",
  tipHistory: "tip_t2wl_t3_2022_2025_factbook_world.csv",
  tipKelleyHeiss: "tip_tiers_2001_2015_kelley_heiss.csv",
  isic: "isic_rev4_sections_divisions.csv",
  indicators: "indicators/indicator_catalogue.json",
} as const;

/** The files each built-in edition is read from (their hashes decide whether it is loaded). */
export const BUILT_IN_EDITION_FILES: Record<TReferenceDataset, readonly string[]> = {
  goods_list: [BUILT_IN_FILES.goodsList],
  tip_tiers: [BUILT_IN_FILES.tipKelleyHeiss, BUILT_IN_FILES.tipHistory, BUILT_IN_FILES.tip2025],
  isic_sectors: [BUILT_IN_FILES.isic],
  indicators: [BUILT_IN_FILES.indicators],
};

/** The report year that the 2025 Factbook file covers in full (Watch List, Tier 3, Special Case). */
const TIP_LATEST_FILE_YEAR = 2025;

export const defaultRefdataDir = (): string => path.join(process.cwd(), "refdata");

/** A problem of a built-in file: the file, then the row problem. */
export type BuiltInProblem = TRowProblem & { file: string };

export type BuiltInFile = { name: string; bytes: Uint8Array };

export const readBuiltInFiles = (dataset: TReferenceDataset, refdataDir: string): BuiltInFile[] =>
  BUILT_IN_EDITION_FILES[dataset].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(refdataDir, name))),
  }));

/** The SHA-256 a built-in edition is recorded with (cheap: no parsing). */
export const builtInSha256 = (dataset: TReferenceDataset, refdataDir: string): string =>
  sha256Of(readBuiltInFiles(dataset, refdataDir));

const textOf = (file: BuiltInFile): string => new TextDecoder("utf-8").decode(file.bytes);

const fileNamed = (files: BuiltInFile[], name: string): BuiltInFile => {
  const file = files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`built-in file ${name} not read`);
  return file;
};

const withFile = <T>(file: string, result: ParseResult<T>, problems: BuiltInProblem[]): T[] => {
  problems.push(...result.problems.map((problem) => ({ ...problem, file })));
  return result.rows;
};

const parseContent = (
  dataset: TReferenceDataset,
  files: BuiltInFile[],
  problems: BuiltInProblem[],
): { content: EditionContent; meta: EditionToLoad["meta"] } => {
  switch (dataset) {
    case "goods_list": {
      const file = fileNamed(files, BUILT_IN_FILES.goodsList);
      return {
        content: {
          dataset,
          rows: withFile(file.name, parseGoodsList(parseCsv(textOf(file))), problems),
        },
        meta: {
          edition: "2022",
          effectiveDate: dateOnly("2022-01-01"),
          source:
            "US Department of Labor (ILAB), List of Goods Produced by Child Labor or Forced Labor, " +
            "2022 list; from the Department's Sweat & Toil app data " +
            "(USDepartmentofLabor/Child-Labor-Android, app/src/main/assets/goods_2021.xml at " +
            "commit b8891386), flattened to one row per good and country.",
          licence: "US Government work, public domain",
        },
      };
    }
    case "tip_tiers": {
      const kelleyHeiss = withFile(
        BUILT_IN_FILES.tipKelleyHeiss,
        parseKelleyHeissTipTiers(parseCsv(textOf(fileNamed(files, BUILT_IN_FILES.tipKelleyHeiss)))),
        problems,
      );
      const history = withFile(
        BUILT_IN_FILES.tipHistory,
        parseFactbookTipTiers(parseCsv(textOf(fileNamed(files, BUILT_IN_FILES.tipHistory)))),
        problems,
      );
      const latest = withFile(
        BUILT_IN_FILES.tip2025,
        parseFactbookTipTiers(parseCsv(textOf(fileNamed(files, BUILT_IN_FILES.tip2025)))),
        problems,
      );
      const rows: TipRow[] = [
        ...kelleyHeiss,
        ...history.filter((row) => row.reportYear !== TIP_LATEST_FILE_YEAR),
        ...latest,
      ];
      return {
        content: { dataset, rows },
        meta: {
          edition: "2001–2015, 2022–2025 (2025 report)",
          effectiveDate: dateOnly("2025-01-01"),
          source:
            "US Department of State, Trafficking in Persons reports. 2025: Tier 2 Watch List, " +
            "Tier 3 and Special Case with the report's sentence, from factbook/factbook.json at " +
            "commit 8662a8b1. 2022–2024: Tier 2 Watch List and Tier 3 from factbook/factbook.json " +
            "at three earlier commits (2022's year inferred from the snapshot date). 2001–2015: " +
            "every tier, from andrewheiss/scorecard-diplomacy data/processed/map_tiers.csv " +
            "(Kelley & Heiss). Years 2016–2021 are not covered.",
          licence:
            "Tiers: US Government work, public domain; Factbook data CC0; Kelley & Heiss coding MIT",
        },
      };
    }
    case "isic_sectors": {
      const file = fileNamed(files, BUILT_IN_FILES.isic);
      return {
        content: {
          dataset,
          rows: withFile(file.name, parseIsicSectors(parseCsv(textOf(file))), problems),
        },
        meta: {
          edition: "ISIC Rev.4",
          effectiveDate: dateOnly("2008-01-01"),
          source:
            "United Nations Statistics Division, International Standard Industrial Classification " +
            "of All Economic Activities, Revision 4: sections and divisions (titles as published).",
          licence: "Public classification",
        },
      };
    }
    case "indicators": {
      const file = fileNamed(files, BUILT_IN_FILES.indicators);
      const catalogue = ZIndicatorCatalogueFileSchema.parse(JSON.parse(textOf(file)));
      return {
        content: { dataset, rows: indicatorRowsOf(catalogue) },
        meta: {
          edition: catalogue.edition,
          effectiveDate: dateOnly(catalogue.effectiveDate),
          source: catalogue.source,
          licence: catalogue.licence,
        },
      };
    }
  }
};

/**
 * Parses one built-in edition. Returns the problems rather than throwing, so that the test can
 * list every row of every file that does not map (a country name the alias table lacks …).
 */
export const parseBuiltInEdition = (
  dataset: TReferenceDataset,
  refdataDir = defaultRefdataDir(),
): { edition: EditionToLoad; problems: BuiltInProblem[] } => {
  const files = readBuiltInFiles(dataset, refdataDir);
  const problems: BuiltInProblem[] = [];
  const { content, meta } = parseContent(dataset, files, problems);
  return { edition: { meta, sha256: sha256Of(files), content }, problems };
};

export class BuiltInReferenceDataError extends Error {
  readonly problems: BuiltInProblem[];

  constructor(problems: BuiltInProblem[]) {
    const listed = problems
      .slice(0, 20)
      .map((p) => `${p.file} row ${p.row} ${p.column}: ${p.problem} "${p.value}"`)
      .join("; ");
    super(`refdata/ has ${problems.length} problem(s): ${listed}`);
    this.name = "BuiltInReferenceDataError";
    this.problems = problems;
  }
}

/** Parses one built-in edition; any problem in the shipped files is a bug: it throws. */
export const readBuiltInEdition = (
  dataset: TReferenceDataset,
  refdataDir = defaultRefdataDir(),
): EditionToLoad => {
  const { edition, problems } = parseBuiltInEdition(dataset, refdataDir);
  if (problems.length > 0) throw new BuiltInReferenceDataError(problems);
  return edition;
};
