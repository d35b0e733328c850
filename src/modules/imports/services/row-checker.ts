/**
 * Validation of staged rows against a mapping, the same for every kind of import: each row is
 * converted with its entity's converter (which applies the module's own input schema) and gives
 * either its problems or a preview of what will be written.
 */
import type { DbOrTx } from "@/server/db";

import type { ColumnMapping, ImportEntity } from "../fields";
import type { RowCells, RowError } from "../schemas";
import { convertRecruiterRow, recruiterToRow } from "./entities/recruiters";
import { convertSiteRow, loadSupplierLookup, siteToRow } from "./entities/sites";
import { convertSupplierRow, supplierToRow } from "./entities/suppliers";

export type RowOutcome =
  | { isValid: true; errors: []; preview: Record<string, string> }
  | { isValid: false; errors: RowError[]; preview: null };

export type RowChecker = (cells: RowCells) => RowOutcome;

const invalid = (errors: RowError[]): RowOutcome => ({ isValid: false, errors, preview: null });
const valid = (preview: Record<string, string>): RowOutcome => ({
  isValid: true,
  errors: [],
  preview,
});

/**
 * A checker for `rows` (sites look their suppliers up in the database first, in one query for
 * all the rows given).
 */
export const createRowChecker = async ({
  db,
  organizationId,
  entity,
  mapping,
  rows,
}: {
  db: DbOrTx;
  organizationId: string;
  entity: ImportEntity;
  mapping: ColumnMapping;
  rows: readonly { cells: RowCells }[];
}): Promise<RowChecker> => {
  switch (entity) {
    case "suppliers":
      return (cells) => {
        const result = convertSupplierRow(cells, mapping);
        return result.ok ? valid(supplierToRow(result.value)) : invalid(result.errors);
      };
    case "recruiters":
      return (cells) => {
        const result = convertRecruiterRow(cells, mapping);
        return result.ok ? valid(recruiterToRow(result.value)) : invalid(result.errors);
      };
    case "sites": {
      const lookup = await loadSupplierLookup({ db, organizationId, rows, mapping });
      return (cells) => {
        const result = convertSiteRow(cells, mapping, lookup);
        if (!result.ok) return invalid(result.errors);
        const supplier = lookup.byId.get(result.value.supplierId);
        return supplier ? valid(siteToRow(result.value.site, supplier)) : invalid([]);
      };
    }
  }
};
