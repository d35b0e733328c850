/**
 * ISIC Rev.4 sections and divisions, read from refdata/isic_rev4_sections_divisions.csv (UN
 * Statistics Division classification). Server-side; the browser gets them through
 * `reference.listSectors`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import Papa from "papaparse";
import { z } from "zod";

export const ISIC_EDITION = "ISIC Rev.4";

const ZIsicRowSchema = z.object({
  section: z.string().regex(/^[A-U]$/),
  section_title: z.string().min(1),
  division: z.string().regex(/^\d{2}$/),
  division_title: z.string().min(1),
});

export const ZSectorSchema = z.object({
  section: z.string(),
  sectionTitle: z.string(),
  division: z.string(),
  divisionTitle: z.string(),
});
export type TSector = z.infer<typeof ZSectorSchema>;

let sectors: TSector[] | undefined;

export const listSectors = (): TSector[] => {
  if (sectors) return sectors;
  const file = path.join(process.cwd(), "refdata", "isic_rev4_sections_divisions.csv");
  const parsed = Papa.parse<unknown>(readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  sectors = parsed.data.map((row) => {
    const valid = ZIsicRowSchema.parse(row);
    return {
      section: valid.section,
      sectionTitle: valid.section_title,
      division: valid.division,
      divisionTitle: valid.division_title,
    };
  });
  return sectors;
};

/** The section a division belongs to ("10" → "C"), or null for an unknown division. */
export const sectionOfDivision = (division: string): string | null =>
  listSectors().find((sector) => sector.division === division)?.section ?? null;
