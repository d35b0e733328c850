/**
 * Searching the organisation's active goods list by country and good, for analysts ("which
 * goods from Malaysia are listed?", "where is cotton listed?").
 */
import type { Db } from "@/server/db";

import { resolveCountryCode } from "../resolve-country";
import type { TFindGoodsResponse } from "../schemas";
import { loadActiveGoodsList } from "./active-editions";
import { goodKeyOf } from "./parse/goods-list";
import { goodMatchesProduct } from "./goods-matching";

export const findGoods = async ({
  db,
  organizationId,
  country,
  good,
  forcedLaborOnly,
  page,
  pageSize,
}: {
  db: Db;
  organizationId: string;
  country?: string | undefined;
  good?: string | undefined;
  forcedLaborOnly: boolean;
  page: number;
  pageSize: number;
}): Promise<TFindGoodsResponse> => {
  const countryCode = country ? resolveCountryCode(country) : null;
  const isUnknownCountry = Boolean(country) && countryCode === null;
  const list = await loadActiveGoodsList({ db, organizationId });
  if (!list || isUnknownCountry) {
    return {
      edition: list?.edition ?? null,
      country: countryCode,
      isUnknownCountry,
      rows: [],
      total: 0,
      page,
      pageSize,
    };
  }
  const term = good ? goodKeyOf(good) : "";
  // The list has a few hundred rows: filtering them here is simpler than SQL and as fast.
  const matching = list.entries.filter(
    (entry) =>
      (!countryCode || entry.country === countryCode) &&
      (!forcedLaborOnly || entry.forcedLabor || entry.forcedChildLabor) &&
      (!term || entry.goodKey.includes(term) || goodMatchesProduct(entry.good, term)),
  );
  const start = (page - 1) * pageSize;
  return {
    edition: list.edition,
    country: countryCode,
    isUnknownCountry,
    rows: matching.slice(start, start + pageSize),
    total: matching.length,
    page,
    pageSize,
  };
};
