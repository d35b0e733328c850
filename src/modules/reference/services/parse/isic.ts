/** ISIC Rev.4 sections and divisions (refdata/isic_rev4_sections_divisions.csv). */
import type { Table } from "@/modules/imports/services/parse/build-table";

import { tableReader, type ParseResult } from "./table-reader";

export type SectorRow = {
  section: string;
  sectionTitle: string;
  division: string;
  divisionTitle: string;
};

export const parseIsicSectors = (table: Table): ParseResult<SectorRow> => {
  const read = tableReader(table, {
    required: ["section", "section_title", "division", "division_title"],
  });
  if (!read.hasColumns) return { rows: [], problems: read.problems };
  const rows: SectorRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const section = read.required(row, "section", { maxLength: 1 });
    const sectionTitle = read.required(row, "section_title", { maxLength: 300 });
    const division = read.required(row, "division", { maxLength: 2 });
    const divisionTitle = read.required(row, "division_title", { maxLength: 300 });
    if (section === null || sectionTitle === null || division === null || divisionTitle === null) {
      continue;
    }
    if (!/^[A-U]$/.test(section)) read.problem(row, "section", section, "required");
    if (!/^\d{2}$/.test(division)) read.problem(row, "division", division, "required");
    if (seen.has(division)) read.problem(row, "division", division, "duplicate");
    seen.add(division);
    rows.push({ section, sectionTitle, division, divisionTitle });
  }
  return { rows, problems: read.problems };
};
