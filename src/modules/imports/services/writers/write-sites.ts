/**
 * Writes a confirmed site import, set-based: new sites in multi-row inserts; a row naming a site
 * its supplier already has (same name and country), or a site an earlier row of the file
 * creates, fills that site's blanks instead of creating a second one.
 */
import { ZSiteTypeSchema, type TSiteInput } from "@/modules/suppliers/schemas";

import { convertSiteRow, loadSupplierLookup } from "../entities/sites";
import { uuidv7 } from "@/modules/platform/database/uuid";
import { foldOption } from "../values";
import {
  allRows,
  MAX_RESULT_IDS,
  RowWriteError,
  chunksOf,
  type WriteContext,
  type WriteOutcome,
} from "./types";

type SiteRecord = TSiteInput & { id: string; supplierId: string };

const siteKey = (supplierId: string, name: string, country: string) =>
  `${supplierId}|${foldOption(name)}|${country}`;

/** Fills the blanks of `base` from `extra`; never overwrites what `base` has. */
const fillSiteBlanks = (base: SiteRecord, extra: TSiteInput): SiteRecord => {
  const hasCoordinates = base.latitude !== null && base.longitude !== null;
  return {
    ...base,
    region: base.region ?? extra.region,
    address: base.address ?? extra.address,
    latitude: hasCoordinates ? base.latitude : extra.latitude,
    longitude: hasCoordinates ? base.longitude : extra.longitude,
    headcount: base.headcount ?? extra.headcount,
    migrantShare: base.migrantShare ?? extra.migrantShare,
    temporaryShare: base.temporaryShare ?? extra.temporaryShare,
    seasonalShare: base.seasonalShare ?? extra.seasonalShare,
    womenShare: base.womenShare ?? extra.womenShare,
    youngWorkerShare: base.youngWorkerShare ?? extra.youngWorkerShare,
    employerHousing: base.employerHousing ?? extra.employerHousing,
  };
};

const toJsonRow = (site: SiteRecord) => ({
  id: site.id,
  supplier_id: site.supplierId,
  name: site.name,
  country: site.country,
  region: site.region,
  address: site.address,
  latitude: site.latitude,
  longitude: site.longitude,
  site_type: site.siteType,
  headcount: site.headcount,
  migrant_share: site.migrantShare,
  temporary_share: site.temporaryShare,
  seasonal_share: site.seasonalShare,
  women_share: site.womenShare,
  young_worker_share: site.youngWorkerShare,
  employer_housing: site.employerHousing,
});

type ExistingSiteRow = {
  id: string;
  supplier_id: string;
  name: string;
  country: string;
  region: string | null;
  address: string | null;
  latitude: string | null;
  longitude: string | null;
  site_type: string;
  headcount: number | null;
  migrant_share: string | null;
  temporary_share: string | null;
  seasonal_share: string | null;
  women_share: string | null;
  young_worker_share: string | null;
  employer_housing: boolean | null;
};

const numberOrNull = (value: string | null): number | null =>
  value === null ? null : Number(value);

export const writeSites = async ({
  tx,
  organizationId,
  batchId,
  mapping,
  rowChunks,
  progress,
  chunkSize,
}: WriteContext): Promise<WriteOutcome> => {
  const rows = await allRows(rowChunks);
  const lookup = await loadSupplierLookup({ db: tx, organizationId, rows, mapping });
  const converted = rows.map((row) => {
    const result = convertSiteRow(row.cells, mapping, lookup);
    if (!result.ok) throw new RowWriteError(row.rowNumber, result.errors[0]);
    return result.value;
  });

  const supplierIds = [...new Set(converted.map((value) => value.supplierId))];
  const existingRows = await tx.$queryRaw<ExistingSiteRow[]>`
    SELECT id, supplier_id, name, country, region, address,
           latitude::text AS latitude, longitude::text AS longitude, site_type::text AS site_type,
           headcount, migrant_share::text AS migrant_share,
           temporary_share::text AS temporary_share, seasonal_share::text AS seasonal_share,
           women_share::text AS women_share, young_worker_share::text AS young_worker_share,
           employer_housing
    FROM sites
    WHERE organization_id = ${organizationId}::uuid
      AND supplier_id = ANY(${supplierIds}::uuid[])
      AND archived_at IS NULL
    ORDER BY created_at, id`;
  const existing = new Map<string, SiteRecord>();
  for (const row of existingRows) {
    const key = siteKey(row.supplier_id, row.name, row.country);
    if (existing.has(key)) continue;
    existing.set(key, {
      id: row.id,
      supplierId: row.supplier_id,
      name: row.name,
      country: row.country,
      region: row.region,
      address: row.address,
      latitude: numberOrNull(row.latitude),
      longitude: numberOrNull(row.longitude),
      siteType: ZSiteTypeSchema.parse(row.site_type),
      headcount: row.headcount,
      migrantShare: numberOrNull(row.migrant_share),
      temporaryShare: numberOrNull(row.temporary_share),
      seasonalShare: numberOrNull(row.seasonal_share),
      womenShare: numberOrNull(row.women_share),
      youngWorkerShare: numberOrNull(row.young_worker_share),
      employerHousing: row.employer_housing,
    });
  }

  const created = new Map<string, SiteRecord>();
  const updated = new Map<string, SiteRecord>();
  const mergedInto = new Map<string, string>();
  let merged = 0;
  for (const { supplierId, site } of converted) {
    const key = siteKey(supplierId, site.name, site.country);
    const inFile = created.get(key);
    if (inFile) {
      created.set(key, fillSiteBlanks(inFile, site));
      merged += 1;
      continue;
    }
    const inDatabase = updated.get(key) ?? existing.get(key);
    if (inDatabase) {
      const filled = fillSiteBlanks(inDatabase, site);
      // Unchanged sites (a re-imported export) are not rewritten.
      if (updated.has(key) || JSON.stringify(filled) !== JSON.stringify(inDatabase)) {
        updated.set(key, filled);
      }
      mergedInto.set(inDatabase.id, inDatabase.name);
      merged += 1;
      continue;
    }
    created.set(key, { ...site, id: uuidv7(), supplierId });
  }

  let processed = 0;
  for (const chunk of chunksOf([...created.values()], chunkSize)) {
    await tx.$executeRaw`
      INSERT INTO sites (id, organization_id, supplier_id, name, country, region, address,
        latitude, longitude, site_type, headcount, migrant_share, temporary_share, seasonal_share,
        women_share, young_worker_share, employer_housing, import_batch_id, created_at, updated_at)
      SELECT r.id, ${organizationId}::uuid, r.supplier_id, r.name, r.country, r.region, r.address,
        r.latitude, r.longitude, r.site_type::site_type, r.headcount, r.migrant_share,
        r.temporary_share, r.seasonal_share, r.women_share, r.young_worker_share,
        r.employer_housing, ${batchId}::uuid, now(), now()
      FROM json_to_recordset(${JSON.stringify(chunk.map(toJsonRow))}::json) AS r(
        id uuid, supplier_id uuid, name text, country text, region text, address text,
        latitude numeric, longitude numeric, site_type text, headcount int,
        migrant_share numeric, temporary_share numeric, seasonal_share numeric,
        women_share numeric, young_worker_share numeric, employer_housing boolean)`;
    processed += chunk.length;
    progress.report(processed);
  }
  for (const chunk of chunksOf([...updated.values()], chunkSize)) {
    await tx.$executeRaw`
      UPDATE sites SET region = r.region, address = r.address, latitude = r.latitude,
        longitude = r.longitude, headcount = r.headcount, migrant_share = r.migrant_share,
        temporary_share = r.temporary_share, seasonal_share = r.seasonal_share,
        women_share = r.women_share, young_worker_share = r.young_worker_share,
        employer_housing = r.employer_housing, updated_at = now()
      FROM json_to_recordset(${JSON.stringify(chunk.map(toJsonRow))}::json) AS r(
        id uuid, region text, address text, latitude numeric, longitude numeric, headcount int,
        migrant_share numeric, temporary_share numeric, seasonal_share numeric,
        women_share numeric, young_worker_share numeric, employer_housing boolean)
      WHERE sites.organization_id = ${organizationId}::uuid AND sites.id = r.id`;
  }
  progress.report(rows.length);
  return {
    created: created.size,
    merged,
    queuedAsDuplicates: 0,
    licencesAdded: 0,
    corridorsAdded: 0,
    mergedInto: [...mergedInto].slice(0, MAX_RESULT_IDS).map(([id, name]) => ({ id, name })),
  };
};
