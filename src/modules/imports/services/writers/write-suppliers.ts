/**
 * Writes a confirmed supplier import, set-based:
 *  1. rows that are the same company (same registration ID, or same folded name, in the same
 *     country) are one supplier; this is decided from the identifying cells alone, so that the
 *     full conversion of the rows can run while the previous chunk is being inserted;
 *  2. a supplier that already exists (the suppliers module's exact-duplicate rule) is not created
 *     again: its blanks are filled and the new names are added to its other names;
 *  3. the rest are created in multi-row inserts, tagged with the import;
 *  4. the created ones are queued for review against likely duplicates, and tiers recomputed.
 */
import { z } from "zod";

import {
  FULL_COMPARISON_LIMIT,
  findExactDuplicates,
  queueLikelyDuplicates,
  readNamedSuppliers,
  registrationKey,
  similarNameCandidatePairs,
} from "@/modules/suppliers/duplicates/find-duplicates";
import type { TSupplierInput } from "@/modules/suppliers/schemas";
import { combineSuppliers } from "@/modules/suppliers/services/combine-suppliers";
import {
  normalizeCompanyName,
  normalizeWebsiteDomain,
} from "@/modules/suppliers/services/normalize";
import { recomputeSupplierTiers } from "@/modules/suppliers/services/recompute-tiers";

import type { ColumnMapping } from "../../fields";
import { convertSupplierRow, supplierRowIdentity } from "../entities/suppliers";
import { mapInSlices, pipelineChunks } from "../slices";
import type { StagedRow } from "../staging";
import { uuidv7 } from "@/modules/platform/database/uuid";
import {
  MAX_RESULT_IDS,
  RowWriteError,
  chunksOf,
  type WriteContext,
  type WriteOutcome,
} from "./types";

type SupplierRecord = Omit<TSupplierInput, "annualSpendAmount"> & {
  annualSpendAmount: string | null;
};

/** From this many new suppliers on, the table's statistics are refreshed before matching. */
const ANALYZE_AFTER_ROWS = 500;

/**
 * A staged row with what decides which company it is (read before the row is converted in
 * full, see supplierRowIdentity).
 */
type IdentifiedRow = {
  row: StagedRow;
  legalName: string;
  /** normalizeCompanyName of the legal name, computed once (it is not cheap). */
  normalizedName: string;
  country: string;
  registrationId: string | null;
};

type Group = {
  /** The new supplier's id, or the existing supplier the rows go into. */
  id: string;
  isExisting: boolean;
  /** In file order: the first row is the supplier, the others fill its blanks. */
  rows: IdentifiedRow[];
  /** The first registration ID among the rows: the one the combined record keeps. */
  registrationId: string | null;
};

/** A group converted in full: its rows combined into one record. */
type CombinedGroup = { group: Group; record: SupplierRecord };

/**
 * Fills the blanks of `base` from `extra` with the suppliers module's own merge rule: never
 * overwrites a value `base` has; another legal name joins the other names; products combine.
 */
export const fillSupplierBlanks = (
  base: SupplierRecord,
  extra: SupplierRecord,
): SupplierRecord => ({
  ...base,
  ...combineSuppliers({ survivor: base, other: extra }),
});

const toJsonRow = (id: string, supplier: SupplierRecord, normalizedName: string | null) => ({
  id,
  legal_name: supplier.legalName,
  normalized_name: normalizedName,
  other_names: supplier.otherNames,
  registration_id: supplier.registrationId,
  country: supplier.country,
  address: supplier.address,
  website: supplier.website,
  website_domain: normalizeWebsiteDomain(supplier.website),
  sector_section: supplier.sectorSection,
  sector_division: supplier.sectorDivision,
  products: supplier.products,
  annual_spend_amount: supplier.annualSpendAmount,
  annual_spend_currency: supplier.annualSpendCurrency,
  relationship_owner: supplier.relationshipOwner,
  status: supplier.status,
  is_direct: supplier.isDirect,
});

const ZExistingSupplierSchema = z.object({
  id: z.string(),
  legal_name: z.string(),
  other_names: z.array(z.string()).nullable(),
  registration_id: z.string().nullable(),
  country: z.string(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  sector_section: z.string().nullable(),
  sector_division: z.string().nullable(),
  products: z.array(z.string()).nullable(),
  annual_spend_amount: z.string().nullable(),
  annual_spend_currency: z.string().nullable(),
  relationship_owner: z.string().nullable(),
  status: z.enum(["onboarding", "active", "suspended", "exited"]),
  is_direct: z.boolean(),
});

const identifyRow = (row: StagedRow, mapping: ColumnMapping): IdentifiedRow => {
  const identity = supplierRowIdentity(row.cells, mapping);
  if (!identity) {
    // Validated rows always have both; convert to report the problem as the row's own.
    const result = convertSupplierRow(row.cells, mapping);
    throw new RowWriteError(row.rowNumber, result.ok ? undefined : result.errors[0]);
  }
  return {
    row,
    legalName: identity.legalName,
    normalizedName: normalizeCompanyName(identity.legalName),
    country: identity.country,
    registrationId: identity.registrationId,
  };
};

/**
 * Groups rows that are the same company by the suppliers module's exact-duplicate rule: same
 * country and same registration ID, or same country and same folded name unless both carry
 * different registration IDs.
 */
const groupRows = (rows: readonly IdentifiedRow[]): Group[] => {
  const groups: Group[] = [];
  const byRegistration = new Map<string, Group>();
  const byName = new Map<string, Group>();
  for (const row of rows) {
    const regKey = registrationKey(row.registrationId);
    const regIndex = regKey ? `${regKey}|${row.country}` : null;
    const nameIndex = `${row.normalizedName}|${row.country}`;
    let group = regIndex ? byRegistration.get(regIndex) : undefined;
    if (!group) {
      const sameName = byName.get(nameIndex);
      const sameNameReg = sameName ? registrationKey(sameName.registrationId) : null;
      if (sameName && (regKey === null || sameNameReg === null || sameNameReg === regKey)) {
        group = sameName;
      }
    }
    if (group) {
      group.rows.push(row);
      group.registrationId ??= row.registrationId;
    } else {
      group = { id: "", isExisting: false, rows: [row], registrationId: row.registrationId };
      groups.push(group);
    }
    if (regIndex && !byRegistration.has(regIndex)) byRegistration.set(regIndex, group);
    if (!byName.has(nameIndex)) byName.set(nameIndex, group);
  }
  return groups;
};

/** Converts a group's rows in full and combines them in file order. */
const combineGroup = (group: Group, mapping: ColumnMapping): CombinedGroup => {
  let record: SupplierRecord | null = null;
  for (const { row, legalName, country, registrationId } of group.rows) {
    const result = convertSupplierRow(row.cells, mapping);
    if (!result.ok) throw new RowWriteError(row.rowNumber, result.errors[0]);
    // supplierRowIdentity reads the same cells the same way; if they ever disagreed, the
    // grouping would be wrong, so the import stops rather than write it.
    const { value } = result;
    if (
      value.legalName !== legalName ||
      value.country !== country ||
      value.registrationId !== registrationId
    ) {
      throw new Error(`row ${row.rowNumber}: identity and conversion disagree`);
    }
    record = record ? fillSupplierBlanks(record, value) : value;
  }
  if (!record) throw new Error("an import group without rows");
  return { group, record };
};

/**
 * The new suppliers' similar names are looked for in memory while PostgreSQL inserts them: the
 * organisation's other suppliers in their countries are read first (before the inserts), then the
 * join runs, yielding to the event loop, side by side with the inserts. Small batches are
 * compared in SQL by queueLikelyDuplicates and need nothing here.
 */
const startSimilarNameSearch = async ({
  tx,
  organizationId,
  toCreate,
}: {
  tx: WriteContext["tx"];
  organizationId: string;
  toCreate: readonly Group[];
}): Promise<{ pairs: Promise<[string, string][]> } | null> => {
  if (toCreate.length <= FULL_COMPARISON_LIMIT) return null;
  const newRecords = toCreate.flatMap(({ id, rows: [first] }) =>
    first ? [{ id, country: first.country, normalizedName: first.normalizedName }] : [],
  );
  const otherRecords = await readNamedSuppliers({
    db: tx,
    organizationId,
    countries: [...new Set(newRecords.map((record) => record.country))],
  });
  const search = similarNameCandidatePairs({ newRecords, otherRecords });
  // Awaited by the caller later; handled here so a failure is not reported as unhandled meanwhile.
  search.catch(() => undefined);
  // Wrapped: an async function returning the promise itself would wait for it.
  return { pairs: search };
};

export const writeSuppliers = async ({
  tx,
  organizationId,
  batchId,
  mapping,
  rowChunks,
  progress,
  chunkSize,
}: WriteContext): Promise<WriteOutcome> => {
  // 1. Which company each row is: only the identifying cells are read, chunk by chunk, while
  //    PostgreSQL reads the next chunk and looks the previous one up among existing suppliers.
  const identified: IdentifiedRow[] = [];
  const lookups: Promise<Map<string, string>>[] = [];
  for await (const chunk of rowChunks) {
    const rows = await mapInSlices(chunk, (row) => identifyRow(row, mapping));
    identified.push(...rows);
    const lookup = findExactDuplicates({
      db: tx,
      organizationId,
      candidates: rows.map((row) => ({
        key: String(row.row.rowNumber),
        normalizedName: row.normalizedName,
        country: row.country,
        registrationId: row.registrationId,
      })),
    });
    // Awaited below; handled here so a failure is not reported as unhandled meanwhile.
    lookup.catch(() => undefined);
    lookups.push(lookup);
  }
  const matches = new Map<string, string>();
  for (const found of await Promise.all(lookups)) {
    for (const [key, id] of found) matches.set(key, id);
  }
  const groups = groupRows(identified);
  const toCreate: Group[] = [];
  for (const group of groups) {
    // The group is an existing supplier when any of its rows is (the first one found wins).
    const existingId = group.rows
      .map(({ row }) => matches.get(String(row.rowNumber)))
      .find((id) => id !== undefined);
    group.isExisting = existingId !== undefined;
    group.id = existingId ?? uuidv7();
    if (!group.isExisting) toCreate.push(group);
  }

  const similarNameSearch = await startSimilarNameSearch({ tx, organizationId, toCreate });

  // 2. Rows converted in full, group by group, and the new suppliers inserted: PostgreSQL
  //    inserts one chunk while this process converts the next.
  let processed = 0;
  const createdIds: string[] = [];
  const toMerge = new Map<string, CombinedGroup[]>();
  const insertChunk = async (chunk: readonly CombinedGroup[]) => {
    const json = JSON.stringify(
      chunk.map(({ group, record }) =>
        toJsonRow(group.id, record, group.rows[0]?.normalizedName ?? null),
      ),
    );
    await tx.$executeRaw`
      INSERT INTO suppliers (id, organization_id, legal_name, normalized_name, other_names,
        registration_id, country, address, website, website_domain, sector_section,
        sector_division, products, annual_spend_amount, annual_spend_currency,
        relationship_owner, status, is_direct, tier, import_batch_id, created_at, updated_at)
      SELECT r.id, ${organizationId}::uuid, r.legal_name, r.normalized_name,
        coalesce(r.other_names, ARRAY[]::text[]), r.registration_id, r.country, r.address,
        r.website, r.website_domain, r.sector_section, r.sector_division,
        coalesce(r.products, ARRAY[]::text[]), r.annual_spend_amount, r.annual_spend_currency,
        r.relationship_owner, r.status::supplier_status, r.is_direct,
        -- Direct suppliers are tier 1 (the recompute below sets the rest), so it rewrites
        -- none of them.
        CASE WHEN r.is_direct THEN 1 END, ${batchId}::uuid,
        now(), now()
      FROM json_to_recordset(${json}::json) AS r(
        id uuid, legal_name text, normalized_name text, other_names text[],
        registration_id text, country text, address text, website text, website_domain text,
        sector_section text, sector_division text, products text[],
        annual_spend_amount numeric, annual_spend_currency text, relationship_owner text,
        status text, is_direct boolean)`;
    for (const { group } of chunk) {
      createdIds.push(group.id);
      processed += group.rows.length;
    }
    progress.report(processed);
  };
  await pipelineChunks({
    items: groups,
    chunkSize,
    prepare: async (chunk) => {
      const combined = await mapInSlices(chunk, (group) => combineGroup(group, mapping));
      for (const entry of combined) {
        if (entry.group.isExisting) {
          toMerge.set(entry.group.id, [...(toMerge.get(entry.group.id) ?? []), entry]);
        }
      }
      return combined.filter((entry) => !entry.group.isExisting);
    },
    write: (created) => (created.length > 0 ? insertChunk(created) : Promise.resolve()),
  });

  // Merges into existing suppliers: read them once, fill their blanks, write them back at once.
  const mergedIntoIds = [...toMerge.keys()];
  const mergedInto: { id: string; name: string }[] = [];
  if (mergedIntoIds.length > 0) {
    const existing = z.array(ZExistingSupplierSchema).parse(
      await tx.$queryRaw`
        SELECT id::text AS id, legal_name, other_names, registration_id, country, address,
          website, sector_section, sector_division, products,
          annual_spend_amount::text AS annual_spend_amount, annual_spend_currency,
          relationship_owner, status::text AS status, is_direct
        FROM suppliers
        WHERE organization_id = ${organizationId}::uuid AND id = ANY(${mergedIntoIds}::uuid[])
        FOR NO KEY UPDATE`,
    );
    for (const row of existing.slice(0, MAX_RESULT_IDS)) {
      mergedInto.push({ id: row.id, name: row.legal_name });
    }
    const updates = existing.map((row) => {
      const base: SupplierRecord = {
        legalName: row.legal_name,
        otherNames: row.other_names ?? [],
        registrationId: row.registration_id,
        country: row.country,
        address: row.address,
        website: row.website,
        sectorSection: row.sector_section,
        sectorDivision: row.sector_division,
        products: row.products ?? [],
        annualSpendAmount: row.annual_spend_amount,
        annualSpendCurrency: row.annual_spend_currency,
        relationshipOwner: row.relationship_owner,
        status: row.status,
        isDirect: row.is_direct,
      };
      const after = (toMerge.get(row.id) ?? []).reduce(
        (record, entry) => fillSupplierBlanks(record, entry.record),
        base,
      );
      // Unchanged suppliers (a re-imported export) are not rewritten.
      return JSON.stringify(after) === JSON.stringify(base) ? null : toJsonRow(row.id, after, null);
    });
    const changed = updates.filter((update) => update !== null);
    for (const chunk of chunksOf(changed, chunkSize)) {
      await tx.$executeRaw`
        UPDATE suppliers SET other_names = coalesce(r.other_names, ARRAY[]::text[]),
          registration_id = r.registration_id, address = r.address, website = r.website,
          website_domain = r.website_domain, sector_section = r.sector_section,
          sector_division = r.sector_division, products = coalesce(r.products, ARRAY[]::text[]),
          annual_spend_amount = r.annual_spend_amount,
          annual_spend_currency = r.annual_spend_currency,
          relationship_owner = r.relationship_owner, updated_at = now()
        FROM json_to_recordset(${JSON.stringify(chunk)}::json) AS r(
          id uuid, other_names text[], registration_id text, address text, website text,
          website_domain text, sector_section text, sector_division text, products text[],
          annual_spend_amount numeric, annual_spend_currency text, relationship_owner text)
        WHERE suppliers.organization_id = ${organizationId}::uuid AND suppliers.id = r.id`;
    }
  }
  // Every row that did not create a supplier of its own went into one.
  const merged = identified.length - toCreate.length;
  progress.report(identified.length);

  // Thousands of rows written in this transaction are invisible to the planner's statistics,
  // which would then plan the duplicate search as nested loops over the whole table (minutes
  // instead of a second at 50,000 rows). ANALYZE here sees this transaction's rows; the table's
  // size and the columns the searches join and filter on are what matter (a third of the time
  // of all columns).
  if (createdIds.length >= ANALYZE_AFTER_ROWS) {
    await tx.$executeRaw`
      ANALYZE suppliers (organization_id, archived_at, country, normalized_name, website_domain,
        registration_id)`;
  }
  const { queued } = await queueLikelyDuplicates({
    db: tx,
    organizationId,
    supplierIds: createdIds,
    similarNameCandidates: similarNameSearch ? await similarNameSearch.pairs : undefined,
  });
  await recomputeSupplierTiers({ db: tx, organizationId });
  return {
    created: toCreate.length,
    merged,
    queuedAsDuplicates: queued,
    licencesAdded: 0,
    corridorsAdded: 0,
    mergedInto,
  };
};
