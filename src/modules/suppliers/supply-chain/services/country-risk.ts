/**
 * The current residual risk of the suppliers per country, for the world map's risk view: the
 * same suppliers as the counts (filters, and the supplier's own country or its sites'
 * countries), with how many the risk engine has scored and how many are in each band. Reads each
 * supplier's current band (supplier_current_risks, one row per scored supplier), so it is one
 * grouped statement over the organisation's suppliers, like the counts. A supplier without a score is
 * in no band: it counts towards the country's suppliers, never towards "low".
 */
import { z } from "zod";

import type { DbOrTx } from "@/server/db";

import { compareCountryRisk } from "../map/risk-share";
import {
  ZCountryRiskSchema,
  type TCountBy,
  type TCountryRisks,
  type TSupplierStatusFilter,
  type TTierFilter,
} from "../schemas";
import { selectedSuppliers } from "./map-selection";

const ZRowsSchema = z.array(
  z.object({
    country: z.string().transform((code) => code.trim()),
    supplier_count: z.number().int(),
    scored_count: z.number().int(),
    critical: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
  }),
);

export const getCountryRisk = async ({
  db,
  organizationId,
  by,
  tier,
  sectorSection,
  status,
}: {
  db: DbOrTx;
  organizationId: string;
  by: TCountBy;
  tier?: TTierFilter;
  sectorSection?: string;
  status?: TSupplierStatusFilter;
}): Promise<TCountryRisks> => {
  const selected = selectedSuppliers({ organizationId, tier, sectorSection, status });
  const rows: unknown =
    by === "site"
      ? // A supplier with several sites in one country counts once there, in its own band.
        await db.$queryRaw`
          SELECT site.country,
                 count(DISTINCT supplier.id)::int AS supplier_count,
                 count(DISTINCT supplier.id) FILTER (WHERE risk.risk_band IS NOT NULL)::int
                   AS scored_count,
                 count(DISTINCT supplier.id)
                   FILTER (WHERE risk.risk_band = 'critical'::risk_band)::int AS critical,
                 count(DISTINCT supplier.id)
                   FILTER (WHERE risk.risk_band = 'high'::risk_band)::int AS high,
                 count(DISTINCT supplier.id)
                   FILTER (WHERE risk.risk_band = 'medium'::risk_band)::int AS medium,
                 count(DISTINCT supplier.id)
                   FILTER (WHERE risk.risk_band = 'low'::risk_band)::int AS low
          FROM sites site
          JOIN suppliers supplier ON supplier.id = site.supplier_id AND ${selected}
          LEFT JOIN supplier_current_risks risk ON risk.supplier_id = supplier.id
          WHERE site.organization_id = ${organizationId}::uuid AND site.archived_at IS NULL
          GROUP BY site.country`
      : await db.$queryRaw`
          SELECT supplier.country,
                 count(*)::int AS supplier_count,
                 count(risk.risk_band)::int AS scored_count,
                 count(*) FILTER (WHERE risk.risk_band = 'critical'::risk_band)::int
                   AS critical,
                 count(*) FILTER (WHERE risk.risk_band = 'high'::risk_band)::int AS high,
                 count(*) FILTER (WHERE risk.risk_band = 'medium'::risk_band)::int AS medium,
                 count(*) FILTER (WHERE risk.risk_band = 'low'::risk_band)::int AS low
          FROM suppliers supplier
          LEFT JOIN supplier_current_risks risk ON risk.supplier_id = supplier.id
          WHERE ${selected}
          GROUP BY supplier.country`;

  const countries = ZRowsSchema.parse(rows)
    .map((row) =>
      ZCountryRiskSchema.parse({
        country: row.country,
        supplierCount: row.supplier_count,
        scoredCount: row.scored_count,
        bands: { critical: row.critical, high: row.high, medium: row.medium, low: row.low },
      }),
    )
    .sort(compareCountryRisk);
  return { by, countries };
};
