/**
 * Site rows: each names its supplier (by registration ID, or by legal name and country) among the
 * organisation's existing suppliers, and carries the site's own fields, validated with
 * `ZSiteInputSchema` (the schema of the site form).
 */
import { MESSAGES } from "@/i18n/messages";
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";
import { SITE_TYPES, ZSiteInputSchema, type TSiteInput } from "@/modules/suppliers/schemas";
import type { DbOrTx } from "@/server/db";

import type { ColumnMapping, SiteFieldKey } from "../../fields";
import type { RowCells } from "../../schemas";
import {
  optionSpellings,
  parseCountry,
  parseNumber,
  parseOption,
  parsePercent,
  parseYesNo,
} from "../values";
import { RowReader, type ConvertResult } from "./row-reader";

const SITE_TYPE_SYNONYMS: Record<(typeof SITE_TYPES)[number], readonly string[]> = {
  factory: [
    "plant",
    "mill",
    "manufacturing",
    "manufacturing site",
    "production site",
    "workshop",
    "processing plant",
    "tannery",
    "cannery",
    "sewing unit",
  ],
  farm: ["plantation", "estate", "orchard", "ranch", "grower", "agriculture", "field"],
  mine: ["quarry", "mining site", "pit", "kiln"],
  vessel: ["ship", "boat", "fishing vessel", "trawler"],
  warehouse: ["distribution centre", "distribution center", "depot", "storage", "dc"],
  office: ["headquarters", "hq", "head office", "administration"],
  worksite: ["construction site", "site", "project site", "work site", "building site"],
};

const SITE_TYPE_SPELLINGS = optionSpellings(
  SITE_TYPES.map((type) => [type, SITE_TYPE_SYNONYMS[type]] as const),
  MESSAGES.en.imports.options.siteType,
);

const SCHEMA_TO_FIELD: Record<string, SiteFieldKey> = {
  name: "name",
  country: "country",
  region: "region",
  address: "address",
  latitude: "latitude",
  longitude: "longitude",
  siteType: "siteType",
  headcount: "headcount",
  migrantShare: "migrantShare",
  temporaryShare: "temporaryShare",
  seasonalShare: "seasonalShare",
  womenShare: "womenShare",
  youngWorkerShare: "youngWorkerShare",
  employerHousing: "employerHousing",
};

// ─── Finding the supplier ──────────────────────────────────────────────────────────────────────

/** Registration IDs compare without case, spaces or punctuation ("GB 123-456" = "gb123456"). */
export const foldRegistrationId = (id: string): string =>
  id.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");

export type SupplierRef = { legalName: string; registrationId: string | null; country: string };

export type SupplierLookup = {
  byId: ReadonlyMap<string, SupplierRef>;
  byRegistration: ReadonlyMap<string, readonly string[]>;
  /** `normalizedName|country` → supplier ids. */
  byNameAndCountry: ReadonlyMap<string, readonly string[]>;
};

const push = (map: Map<string, string[]>, key: string, id: string) => {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
};

/** Loads, in one query, the organisation's live suppliers that the rows could refer to. */
export const loadSupplierLookup = async ({
  db,
  organizationId,
  rows,
  mapping,
}: {
  db: DbOrTx;
  organizationId: string;
  rows: readonly { cells: RowCells }[];
  mapping: ColumnMapping;
}): Promise<SupplierLookup> => {
  const registrationIds = new Set<string>();
  const names = new Set<string>();
  const regHeader = mapping.supplierRegistrationId;
  const nameHeader = mapping.supplierLegalName;
  for (const { cells } of rows) {
    const reg = regHeader ? cells[regHeader]?.trim() : undefined;
    if (reg) registrationIds.add(foldRegistrationId(reg));
    const name = nameHeader ? cells[nameHeader]?.trim() : undefined;
    if (name) names.add(normalizeCompanyName(name));
  }
  const byId = new Map<string, SupplierRef>();
  const byRegistration = new Map<string, string[]>();
  const byNameAndCountry = new Map<string, string[]>();
  if (registrationIds.size === 0 && names.size === 0) {
    return { byId, byRegistration, byNameAndCountry };
  }
  const suppliers = await db.$queryRaw<
    {
      id: string;
      legal_name: string;
      registration_id: string | null;
      normalized_name: string;
      country: string;
    }[]
  >`
    SELECT id, legal_name, registration_id, normalized_name, country
    FROM suppliers
    WHERE organization_id = ${organizationId}::uuid
      AND archived_at IS NULL
      AND (
        normalized_name = ANY(${[...names]}::text[])
        OR (registration_id IS NOT NULL
            AND upper(regexp_replace(registration_id, '[^[:alnum:]]', '', 'g'))
                = ANY(${[...registrationIds]}::text[]))
      )`;
  for (const supplier of suppliers) {
    byId.set(supplier.id, {
      legalName: supplier.legal_name,
      registrationId: supplier.registration_id,
      country: supplier.country,
    });
    if (supplier.registration_id) {
      push(byRegistration, foldRegistrationId(supplier.registration_id), supplier.id);
    }
    push(byNameAndCountry, `${supplier.normalized_name}|${supplier.country}`, supplier.id);
  }
  return { byId, byRegistration, byNameAndCountry };
};

export type SiteRowValue = { supplierId: string; site: TSiteInput };

export const convertSiteRow = (
  cells: RowCells,
  mapping: ColumnMapping,
  lookup: SupplierLookup,
): ConvertResult<SiteRowValue> => {
  const row = new RowReader(cells, mapping, {
    supplierCountry: "supplierLegalName",
  });
  row.require("name", "country", "siteType");
  const country = row.read("country", parseCountry);
  const siteType = row.read("siteType", (text) => parseOption(text, SITE_TYPE_SPELLINGS));
  const latitude = row.read("latitude", parseNumber);
  const longitude = row.read("longitude", parseNumber);
  const headcount = row.read("headcount", parseNumber);
  const share = (field: SiteFieldKey) => row.read(field, parsePercent) ?? null;
  const employerHousing = row.read("employerHousing", parseYesNo);

  const supplierId = resolveSupplier(row, lookup, country);

  const parsed = ZSiteInputSchema.safeParse({
    name: row.text("name") ?? "",
    country,
    region: row.text("region"),
    address: row.text("address"),
    latitude: latitude ?? null,
    longitude: longitude ?? null,
    siteType,
    headcount: headcount ?? null,
    migrantShare: share("migrantShare"),
    temporaryShare: share("temporaryShare"),
    seasonalShare: share("seasonalShare"),
    womenShare: share("womenShare"),
    youngWorkerShare: share("youngWorkerShare"),
    employerHousing: employerHousing ?? null,
  });
  if (!parsed.success) {
    row.addIssues(parsed.error.issues, (key) => SCHEMA_TO_FIELD[key] ?? "name");
  }
  if (row.errors.length > 0 || !parsed.success || !supplierId) {
    return { ok: false, errors: row.errors };
  }
  return { ok: true, value: { supplierId, site: parsed.data } };
};

const resolveSupplier = (
  row: RowReader,
  lookup: SupplierLookup,
  siteCountry: string | undefined,
): string | null => {
  const registrationId = row.text("supplierRegistrationId");
  const legalName = row.text("supplierLegalName");
  const normalizedName = legalName ? normalizeCompanyName(legalName) : null;
  const supplierCountry = row.read("supplierCountry", parseCountry) ?? siteCountry;
  if (row.hasFailed("supplierCountry")) return null;

  if (registrationId) {
    let ids = lookup.byRegistration.get(foldRegistrationId(registrationId)) ?? [];
    if (ids.length > 1 && normalizedName && supplierCountry) {
      const named = new Set(lookup.byNameAndCountry.get(`${normalizedName}|${supplierCountry}`));
      ids = ids.filter((id) => named.has(id));
    }
    if (ids.length === 1) return ids[0] ?? null;
    row.fail(
      "supplierRegistrationId",
      ids.length === 0
        ? "imports.rowErrors.unknownSupplier"
        : "imports.rowErrors.ambiguousSupplier",
    );
    return null;
  }
  if (normalizedName) {
    const ids = supplierCountry
      ? (lookup.byNameAndCountry.get(`${normalizedName}|${supplierCountry}`) ?? [])
      : [];
    if (ids.length === 1) return ids[0] ?? null;
    row.fail(
      "supplierLegalName",
      ids.length === 0
        ? "imports.rowErrors.unknownSupplier"
        : "imports.rowErrors.ambiguousSupplier",
    );
    return null;
  }
  row.fail(
    row.columnOf("supplierRegistrationId") ? "supplierRegistrationId" : "supplierLegalName",
    "imports.rowErrors.supplierReferenceMissing",
  );
  return null;
};

const yesNo = (value: boolean | null): string =>
  value === null ? "" : value ? MESSAGES.en.imports.options.yes : MESSAGES.en.imports.options.no;

const decimalText = (value: number | string | null): string =>
  value === null ? "" : String(value);

/** Shares carry their percent sign, so that 0.5% is not read back as the fraction 0.5 (50%). */
const shareText = (value: number | string | null): string =>
  value === null ? "" : `${String(value)}%`;

/** A site as a row of the export (and the preview). */
export const siteToRow = (
  site: {
    [K in keyof TSiteInput]: TSiteInput[K] extends number | null
      ? number | string | null
      : TSiteInput[K];
  },
  supplier: { registrationId: string | null; legalName: string; country: string },
): Record<SiteFieldKey, string> => ({
  supplierRegistrationId: supplier.registrationId ?? "",
  supplierLegalName: supplier.legalName,
  supplierCountry: supplier.country,
  name: site.name,
  country: site.country,
  region: site.region ?? "",
  address: site.address ?? "",
  latitude: decimalText(site.latitude),
  longitude: decimalText(site.longitude),
  siteType: MESSAGES.en.imports.options.siteType[site.siteType],
  headcount: decimalText(site.headcount),
  migrantShare: shareText(site.migrantShare),
  temporaryShare: shareText(site.temporaryShare),
  seasonalShare: shareText(site.seasonalShare),
  womenShare: shareText(site.womenShare),
  youngWorkerShare: shareText(site.youngWorkerShare),
  employerHousing: yesNo(site.employerHousing),
});
