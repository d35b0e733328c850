/**
 * Supplier rows: from a spreadsheet row to the suppliers module's own input (validated with
 * `ZSupplierInputSchema`, the schema of the supplier form), and back to a row for exports.
 */
import { MESSAGES } from "@/i18n/messages";
import {
  SUPPLIER_STATUSES,
  ZSupplierInputSchema,
  type TSupplierInput,
} from "@/modules/suppliers/schemas";

import type { ColumnMapping, SupplierFieldKey } from "../../fields";
import type { RowCells } from "../../schemas";
import {
  formatSector,
  optionSpellings,
  parseAmountWithCurrency,
  parseCountry,
  parseCurrency,
  parseList,
  parseOption,
  parseSector,
  parseYesNo,
} from "../values";
import { RowReader, type ConvertResult } from "./row-reader";

const STATUS_SPELLINGS = optionSpellings(
  SUPPLIER_STATUSES.map((status) => {
    const synonyms: Record<(typeof SUPPLIER_STATUSES)[number], readonly string[]> = {
      onboarding: ["new", "pending", "prospect", "in onboarding", "onboard", "qualification"],
      active: ["approved", "current", "live", "enabled", "preferred", "ok"],
      suspended: ["on hold", "hold", "blocked", "paused"],
      exited: ["inactive", "terminated", "ended", "former", "closed", "exit", "offboarded"],
    };
    return [status, synonyms[status]] as const;
  }),
  MESSAGES.en.imports.options.supplierStatus,
);

/** Which import field a key of the supplier schema comes from. */
const SCHEMA_TO_FIELD: Record<string, SupplierFieldKey> = {
  legalName: "legalName",
  otherNames: "otherNames",
  registrationId: "registrationId",
  country: "country",
  address: "address",
  website: "website",
  sectorSection: "sector",
  sectorDivision: "sector",
  products: "products",
  annualSpendAmount: "annualSpend",
  annualSpendCurrency: "currency",
  relationshipOwner: "relationshipOwner",
  status: "status",
  isDirect: "isDirect",
};

/**
 * What decides which company a supplier row is (legal name, country, registration ID), read
 * from its cells exactly as convertSupplierRow reads them, without converting the rest; null
 * when the row lacks a legal name or a country it could convert.
 */
export const supplierRowIdentity = (
  cells: RowCells,
  mapping: ColumnMapping,
): { legalName: string; country: string; registrationId: string | null } | null => {
  const row = new RowReader(cells, mapping);
  const legalName = row.text("legalName");
  const country = row.read("country", parseCountry);
  if (legalName === null || country === undefined) return null;
  return { legalName, country, registrationId: row.text("registrationId") };
};

export const convertSupplierRow = (
  cells: RowCells,
  mapping: ColumnMapping,
): ConvertResult<TSupplierInput> => {
  const row = new RowReader(cells, mapping, { currency: "annualSpend" });
  row.require("legalName", "country");
  const country = row.read("country", parseCountry);
  const sector = row.read("sector", parseSector);
  const spend = row.read("annualSpend", parseAmountWithCurrency);
  const currencyColumn = row.read("currency", parseCurrency);
  if (spend?.currency && currencyColumn && spend.currency !== currencyColumn) {
    row.fail("currency", "imports.rowErrors.conflictingCurrency");
  }
  const status = row.read("status", (text) => parseOption(text, STATUS_SPELLINGS));
  const isDirect = row.read("isDirect", parseYesNo);

  const parsed = ZSupplierInputSchema.safeParse({
    legalName: row.text("legalName") ?? "",
    otherNames: parseList(row.text("otherNames")),
    registrationId: row.text("registrationId"),
    country,
    address: row.text("address"),
    website: row.text("website"),
    sectorSection: sector?.section ?? null,
    sectorDivision: sector?.division ?? null,
    products: parseList(row.text("products")),
    annualSpendAmount: spend?.amount ?? null,
    annualSpendCurrency: currencyColumn ?? spend?.currency ?? null,
    relationshipOwner: row.text("relationshipOwner"),
    status,
    isDirect: isDirect ?? undefined,
  });
  if (!parsed.success) {
    row.addIssues(parsed.error.issues, (key) => SCHEMA_TO_FIELD[key] ?? "legalName");
  }
  if (row.errors.length > 0 || !parsed.success) return { ok: false, errors: row.errors };
  return { ok: true, value: parsed.data };
};

const yesNo = (value: boolean | null): string =>
  value === null ? "" : value ? MESSAGES.en.imports.options.yes : MESSAGES.en.imports.options.no;

/** A supplier as a row of the export (and the preview): field → text, in the import's terms. */
export const supplierToRow = (
  supplier: Omit<TSupplierInput, "annualSpendAmount"> & { annualSpendAmount: string | null },
): Record<SupplierFieldKey, string> => ({
  legalName: supplier.legalName,
  otherNames: supplier.otherNames.join("; "),
  registrationId: supplier.registrationId ?? "",
  country: supplier.country,
  address: supplier.address ?? "",
  website: supplier.website ?? "",
  sector: formatSector(supplier.sectorSection, supplier.sectorDivision),
  products: supplier.products.join("; "),
  annualSpend: supplier.annualSpendAmount ?? "",
  currency: supplier.annualSpendCurrency ?? "",
  relationshipOwner: supplier.relationshipOwner ?? "",
  status: MESSAGES.en.imports.options.supplierStatus[supplier.status],
  isDirect: yesNo(supplier.isDirect),
});
