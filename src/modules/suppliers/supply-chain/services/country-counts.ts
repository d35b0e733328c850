/**
 * Suppliers per country for the world map, in one grouped statement: the filtered suppliers,
 * counted by their own country or by the countries of their sites, next to the number of sites
 * in each country. Archived suppliers and sites never count.
 *
 * At 50,000 suppliers and 100,000 sites this is a hash join and hash aggregates over the
 * organisation's rows: by supplier country, two aggregates (no DISTINCT); by site country, one
 * with a distinct count of suppliers per country. The filter is written out in each part rather
 * than shared through a CTE, which PostgreSQL would materialise.
 */
import { z } from "zod";

import { Prisma, type DbOrTx } from "@/server/db";

import {
  ZCountryCountSchema,
  type TCountBy,
  type TCountryCounts,
  type TSupplierStatusFilter,
  type TTierFilter,
} from "../schemas";
import { selectedSuppliers } from "./map-selection";

const ZRowsSchema = z.array(
  z.object({
    country: z.string().transform((code) => code.trim()),
    supplier_count: z.number().int(),
    site_count: z.number().int(),
  }),
);

export const getCountryCounts = async ({
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
}): Promise<TCountryCounts> => {
  const selected = selectedSuppliers({ organizationId, tier, sectorSection, status });
  const sitesOfSelected = Prisma.sql`
    FROM sites site
    JOIN suppliers supplier ON supplier.id = site.supplier_id AND ${selected}
    WHERE site.organization_id = ${organizationId}::uuid AND site.archived_at IS NULL`;

  const rows: unknown =
    by === "site"
      ? await db.$queryRaw`
          SELECT site.country,
                 count(DISTINCT site.supplier_id)::int AS supplier_count,
                 count(*)::int AS site_count
          ${sitesOfSelected}
          GROUP BY site.country
          ORDER BY supplier_count DESC, site_count DESC, site.country`
      : await db.$queryRaw`
          WITH supplier_counts AS (
            SELECT supplier.country, count(*)::int AS suppliers
            FROM suppliers supplier
            WHERE ${selected}
            GROUP BY supplier.country
          ),
          site_counts AS (
            SELECT site.country, count(*)::int AS sites
            ${sitesOfSelected}
            GROUP BY site.country
          )
          SELECT coalesce(supplier_counts.country, site_counts.country) AS country,
                 coalesce(supplier_counts.suppliers, 0) AS supplier_count,
                 coalesce(site_counts.sites, 0) AS site_count
          FROM supplier_counts
          FULL JOIN site_counts ON site_counts.country = supplier_counts.country
          ORDER BY supplier_count DESC, site_count DESC, country`;

  const countries = ZRowsSchema.parse(rows)
    .map((row) =>
      ZCountryCountSchema.parse({
        country: row.country,
        supplierCount: row.supplier_count,
        siteCount: row.site_count,
      }),
    )
    .filter((row) => row.supplierCount > 0 || row.siteCount > 0);
  return { by, countries };
};
