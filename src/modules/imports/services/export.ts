/**
 * Exports of suppliers, sites and recruiters, with exactly the import's columns (their headers
 * are the import fields' labels, which the mapping recognises), so an export re-imports as
 * itself. Rows are read in pages and streamed: CSV with a UTF-8 BOM (for Excel) and cells that
 * could start a formula defused with a leading apostrophe; XLSX through exceljs's streaming
 * writer. Templates are the same files without rows.
 */
import { PassThrough, Readable } from "node:stream";

import ExcelJS from "exceljs";

import { MESSAGES } from "@/i18n/messages";
import { toDateOnly } from "@/modules/recruiters/services/dto";
import { Prisma, type Db } from "@/server/db";

import { fieldsOf, type FieldDefinition, type ImportEntity } from "../fields";
import { recruiterToRow } from "./entities/recruiters";
import { siteToRow } from "./entities/sites";
import { supplierToRow } from "./entities/suppliers";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE_SIZE = 2_000;

type ExportRow = Record<string, string>;

// ─── Reading ───────────────────────────────────────────────────────────────────────────────────

/** Pages of records in id order, PAGE_SIZE at a time (keyset: no OFFSET). */
async function* pagesOf<T extends { id: string }>(
  fetch: (cursor: string | null) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  for (;;) {
    const page = await fetch(cursor);
    const last = page[page.length - 1];
    if (!last) return;
    yield page;
    if (page.length < PAGE_SIZE) return;
    cursor = last.id;
  }
}

/** Records after the cursor's id (none before the first page). */
const after = (cursor: string | null) => (cursor === null ? Prisma.skip : { gt: cursor });

async function* supplierRows(db: Db, organizationId: string): AsyncGenerator<ExportRow[]> {
  const pages = pagesOf((cursor) =>
    db.supplier.findMany({
      where: { organizationId, archivedAt: null, mergedIntoId: null, id: after(cursor) },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: {
        id: true,
        legalName: true,
        otherNames: true,
        registrationId: true,
        country: true,
        address: true,
        website: true,
        sectorSection: true,
        sectorDivision: true,
        products: true,
        annualSpendAmount: true,
        annualSpendCurrency: true,
        relationshipOwner: true,
        status: true,
        isDirect: true,
      },
    }),
  );
  for await (const page of pages) {
    yield page.map((supplier) =>
      supplierToRow({
        ...supplier,
        annualSpendAmount: supplier.annualSpendAmount?.toFixed(2) ?? null,
      }),
    );
  }
}

async function* siteRows(db: Db, organizationId: string): AsyncGenerator<ExportRow[]> {
  const pages = pagesOf((cursor) =>
    db.site.findMany({
      where: {
        organizationId,
        archivedAt: null,
        supplier: { archivedAt: null },
        id: after(cursor),
      },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        country: true,
        region: true,
        address: true,
        latitude: true,
        longitude: true,
        siteType: true,
        headcount: true,
        migrantShare: true,
        temporaryShare: true,
        seasonalShare: true,
        womenShare: true,
        youngWorkerShare: true,
        employerHousing: true,
        supplier: { select: { legalName: true, registrationId: true, country: true } },
      },
    }),
  );
  for await (const page of pages) {
    yield page.map(({ supplier, ...site }) =>
      siteToRow(
        {
          ...site,
          latitude: site.latitude?.toString() ?? null,
          longitude: site.longitude?.toString() ?? null,
          migrantShare: site.migrantShare?.toString() ?? null,
          temporaryShare: site.temporaryShare?.toString() ?? null,
          seasonalShare: site.seasonalShare?.toString() ?? null,
          womenShare: site.womenShare?.toString() ?? null,
          youngWorkerShare: site.youngWorkerShare?.toString() ?? null,
        },
        supplier,
      ),
    );
  }
}

async function* recruiterRows(db: Db, organizationId: string): AsyncGenerator<ExportRow[]> {
  const pages = pagesOf((cursor) =>
    db.recruiter.findMany({
      where: { organizationId, archivedAt: null, id: after(cursor) },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        recruiterType: true,
        countries: true,
        feePolicy: true,
        feeAmount: true,
        feeCurrency: true,
        website: true,
        licences: {
          orderBy: { createdAt: "asc" },
          select: {
            licenceNumber: true,
            issuingAuthority: true,
            issuingCountry: true,
            status: true,
            validFrom: true,
            validUntil: true,
          },
        },
        corridors: {
          orderBy: { createdAt: "asc" },
          select: { originCountry: true, destinationCountry: true },
        },
      },
    }),
  );
  for await (const page of pages) {
    // One row per licence (a recruiter without licences takes one row): re-imported, rows with
    // the same name are one recruiter again.
    yield page.flatMap(({ licences, corridors, ...recruiter }) => {
      const input = { ...recruiter, feeAmount: recruiter.feeAmount?.toFixed(2) ?? null };
      const licenceInputs = licences.map((licence) => ({
        ...licence,
        validFrom: toDateOnly(licence.validFrom),
        validUntil: toDateOnly(licence.validUntil),
      }));
      return (licenceInputs.length > 0 ? licenceInputs : [null]).map((licence) =>
        recruiterToRow({ recruiter: input, licence, corridors }),
      );
    });
  }
}

const ROW_READERS: Record<
  ImportEntity,
  (db: Db, organizationId: string) => AsyncGenerator<ExportRow[]>
> = {
  suppliers: supplierRows,
  sites: siteRows,
  recruiters: recruiterRows,
};

// ─── Writing ───────────────────────────────────────────────────────────────────────────────────

export const columnsOf = (entity: ImportEntity): { field: FieldDefinition; header: string }[] => {
  const labels: Record<string, { label: string }> = MESSAGES.en.imports.fields[entity];
  return fieldsOf(entity).map((field) => ({
    field,
    header: labels[field.key]?.label ?? field.key,
  }));
};

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?%?$/;

/**
 * A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") gets a leading
 * apostrophe; plain numbers ("-12.5") are left alone. The import removes the apostrophe again.
 */
export const defuseFormula = (value: string): string =>
  FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;

const csvCell = (value: string): string => {
  const safe = defuseFormula(value);
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const csvLine = (values: readonly string[]): string =>
  `${values.map(csvCell).join(",")}\r\n`;

const BOM = "\uFEFF";

async function* csvChunks(
  entity: ImportEntity,
  rows: AsyncIterable<ExportRow[]> | null,
): AsyncGenerator<string> {
  const columns = columnsOf(entity);
  yield BOM + csvLine(columns.map((column) => column.header));
  if (!rows) return;
  for await (const page of rows) {
    yield page.map((row) => csvLine(columns.map((column) => row[column.field.key] ?? ""))).join("");
  }
}

/** An XLSX cell: numbers as numbers (shares as percentages), everything else as text. */
const xlsxCell = (field: FieldDefinition, value: string): string | number | null => {
  if (value === "") return null;
  if (field.kind === "percent") {
    const number = Number(value.replace(/%$/, ""));
    return Number.isFinite(number) ? number / 100 : value;
  }
  if (field.kind === "amount" || field.kind === "number" || field.kind === "integer") {
    const number = Number(value);
    return Number.isFinite(number) && /^-?\d+(\.\d+)?$/.test(value) ? number : value;
  }
  return value;
};

const writeXlsx = async (
  entity: ImportEntity,
  rows: AsyncIterable<ExportRow[]> | null,
  output: PassThrough,
): Promise<void> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const columns = columnsOf(entity);
  const sheet = workbook.addWorksheet(MESSAGES.en.imports.entities[entity]);
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.field.key,
    width: Math.min(Math.max(column.header.length + 4, 14), 40),
    style: column.field.kind === "percent" ? { numFmt: "0.##%" } : {},
  }));
  if (rows) {
    for await (const page of rows) {
      for (const row of page) {
        sheet
          .addRow(columns.map((column) => xlsxCell(column.field, row[column.field.key] ?? "")))
          .commit();
      }
    }
  }
  sheet.commit();
  if (!rows) {
    // Templates carry the fields' help on a second sheet (imports read the first one).
    const help = workbook.addWorksheet(MESSAGES.en.imports.export.helpSheet);
    const texts: Record<string, { label: string; help: string }> =
      MESSAGES.en.imports.fields[entity];
    help
      .addRow([
        MESSAGES.en.imports.export.helpColumn,
        MESSAGES.en.imports.export.helpRequired,
        MESSAGES.en.imports.export.helpText,
      ])
      .commit();
    for (const { field, header } of columns) {
      help
        .addRow([
          header,
          field.required ? MESSAGES.en.imports.options.yes : "",
          texts[field.key]?.help ?? "",
        ])
        .commit();
    }
    help.commit();
  }
  await workbook.commit();
};

export type ExportFile = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  fileName: string;
};

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const toWebStream = (readable: Readable): ReadableStream<Uint8Array> =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      readable.on("data", (chunk: Buffer | string) => {
        controller.enqueue(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
      });
      readable.on("end", () => controller.close());
      readable.on("error", (error) => controller.error(error));
    },
    cancel() {
      readable.destroy();
    },
  });

/** The organisation's records of `entity` (or, as a template, none) as a file. */
export const exportEntity = ({
  db,
  organizationId,
  entity,
  format,
  template = false,
}: {
  db: Db;
  organizationId: string;
  entity: ImportEntity;
  format: ExportFormat;
  template?: boolean;
}): ExportFile => {
  const rows = template ? null : ROW_READERS[entity](db, organizationId);
  const date = new Date().toISOString().slice(0, 10);
  const fileName = template
    ? `fairtrace-${entity}-template.${format}`
    : `fairtrace-${entity}-${date}.${format}`;
  let readable: Readable;
  if (format === "csv") {
    readable = Readable.from(csvChunks(entity, rows));
  } else {
    const output = new PassThrough();
    writeXlsx(entity, rows, output).catch((error: unknown) =>
      output.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    readable = output;
  }
  return { body: toWebStream(readable), contentType: CONTENT_TYPES[format], fileName };
};
