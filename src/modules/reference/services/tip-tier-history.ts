/**
 * A country's TIP tier year by year, as the risk model reads it: from the editions the
 * organisation sees, each year answered by the newest edition that covers it, with the rules of
 * tip-tier-lookup.ts ("Tier 1 or 2" for a country absent from a partial list, unknown where the
 * sources cannot say). Years no edition covers are listed too, so that a gap shows as a gap.
 */
import type { Db } from "@/server/db";

import { resolveCountryCode } from "../resolve-country";
import type { TTipTierHistory } from "../schemas";
import { loadTipTierLookup } from "./active-editions";

export const getTipTierHistory = async ({
  db,
  organizationId,
  country,
}: {
  db: Db;
  organizationId: string;
  country: string;
}): Promise<TTipTierHistory> => {
  const code = resolveCountryCode(country);
  if (!code) return { country: null, years: [] };
  const lookup = await loadTipTierLookup({ db, organizationId });
  const first = lookup.years[0];
  const last = lookup.latestYear;
  if (first === undefined || last === null) return { country: code, years: [] };
  const years: TTipTierHistory["years"] = [];
  for (let year = last; year >= first; year -= 1) {
    const answer = lookup.tierOf(code, year);
    years.push({
      reportYear: year,
      tier: answer.tier,
      basis: answer.basis,
      summary: answer.summary,
      edition: answer.edition,
    });
  }
  return { country: code, years };
};
