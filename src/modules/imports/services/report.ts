/**
 * The validation report as a CSV download: one line per problem (row number as in the file,
 * column header, the cell's text, the message), the same as the report on the import page.
 */
import { MESSAGES } from "@/i18n/messages";
import type { Db } from "@/server/db";

import { ZRowCellsSchema, ZRowErrorsSchema } from "../schemas";
import { fieldLabels, entityOf, findBatch } from "./batches";
import { csvLine } from "./export";
import { translateMessageKey } from "./messages";

const PAGE_SIZE = 5_000;

export const buildReportCsv = async ({
  db,
  organizationId,
  id,
}: {
  db: Db;
  organizationId: string;
  id: string;
}): Promise<{ fileName: string; body: string }> => {
  const batch = await findBatch({ db, organizationId, id });
  const labels = fieldLabels(entityOf(batch));
  const texts = MESSAGES.en.imports.report;
  const lines = [
    `\uFEFF${csvLine([texts.row, texts.column, texts.field, texts.value, texts.problem])}`,
  ];
  for (let after = 0; ;) {
    const rows = await db.importRow.findMany({
      where: { organizationId, importBatchId: id, isValid: false, rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: PAGE_SIZE,
      select: { rowNumber: true, cells: true, errors: true },
    });
    for (const row of rows) {
      const cells = ZRowCellsSchema.parse(row.cells);
      for (const error of ZRowErrorsSchema.parse(row.errors)) {
        lines.push(
          csvLine([
            String(row.rowNumber),
            error.column ?? "",
            labels[error.field] ?? error.field,
            error.column ? (cells[error.column] ?? "") : "",
            translateMessageKey(error.message),
          ]),
        );
      }
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE_SIZE) break;
    after = last.rowNumber;
  }
  const base = batch.fileName.replace(/\.[^.]+$/, "").replace(/[^\p{L}\p{N}._-]+/gu, "-");
  return { fileName: `${base || "import"}-report.csv`, body: lines.join("") };
};
