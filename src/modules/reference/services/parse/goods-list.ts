/**
 * The US Department of Labor's List of Goods Produced by Child Labor or Forced Labor, in the
 * flattened form of refdata/ilab_list_of_goods_2022.csv: one row per good × country, flags
 * Yes/No. An organisation's newer edition uses the same columns.
 */
import type { Table } from "@/modules/imports/services/parse/build-table";

import { UPLOAD_COLUMNS } from "../../schemas";
import { tableReader, type ParseResult } from "./table-reader";

/** Also read when present: `region` (ignored), `derived_labor_exploitation`, `derived_country`. */
export const GOODS_LIST_COLUMNS = UPLOAD_COLUMNS.goods_list.required;

export type GoodsRow = {
  good: string;
  goodKey: string;
  sector: string;
  country: string;
  childLabor: boolean;
  forcedLabor: boolean;
  forcedChildLabor: boolean;
  derived: boolean;
  derivedFromCountry: string | null;
};

/**
 * The key products are matched on: the good's name in lower case with its spaces folded
 * ("Cotton", " cotton " → "cotton"; "Beans (green, soy, yellow)" keeps its parenthesis).
 */
export const goodKeyOf = (good: string): string =>
  good.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

export const parseGoodsList = (table: Table): ParseResult<GoodsRow> => {
  const read = tableReader(table, { required: GOODS_LIST_COLUMNS });
  if (!read.hasColumns) return { rows: [], problems: read.problems };
  const rows: GoodsRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const good = read.required(row, "good", { maxLength: 300 });
    const sector = read.required(row, "sector", { maxLength: 100 });
    const country = read.country(row, "country");
    const childLabor = read.flag(row, "child_labor");
    const forcedLabor = read.flag(row, "forced_labor");
    const forcedChildLabor = read.flag(row, "forced_child_labor");
    const derived = read.flag(row, "derived_labor_exploitation", false);
    // The source writes "No" in derived_country when the good is not a derived one.
    const derivedFromCountry = read.optionalCountry(row, "derived_country", ["no", "n/a", "-"]);
    if (
      good === null ||
      sector === null ||
      country === null ||
      childLabor === null ||
      forcedLabor === null ||
      forcedChildLabor === null ||
      derived === null
    ) {
      continue;
    }
    const goodKey = goodKeyOf(good);
    const key = `${goodKey}|${country}`;
    if (seen.has(key)) {
      read.problem(row, "good", `${good} (${country})`, "duplicate");
      continue;
    }
    seen.add(key);
    rows.push({
      good,
      goodKey,
      sector,
      country,
      childLabor,
      forcedLabor,
      forcedChildLabor,
      derived,
      derivedFromCountry,
    });
  }
  return { rows, problems: read.problems };
};
