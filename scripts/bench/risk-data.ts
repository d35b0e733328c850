/**
 * The organisation `bench:risk` recomputes, generated in SQL: suppliers across 20 countries and
 * 20 products (listed goods among them), sectors, tiers, sites with workforce shares, recruiters
 * with licences, fees and sub-agents. Also used by the test that keeps the bench's SQL statement
 * doing the same work as the app.
 */
import { Prisma, type Db } from "@/server/db";

/**
 * The number in a generated name ("Bench Supplier 17" → 17), or null for any other name: the
 * planner may evaluate it on rows of other organisations before filtering them out (the test
 * database holds many), so it must not fail on them.
 */
const supplierNumber = (column: Prisma.Sql) =>
  Prisma.sql`substring(${column} FROM '^Bench Supplier ([0-9]+)$')::int`;
const recruiterNumber = Prisma.sql`substring(name FROM '^Bench Recruiter ([0-9]+)$')::int`;

const RECRUITERS = 500;

const COUNTRIES = [
  "MY",
  "TH",
  "CN",
  "IN",
  "BD",
  "VN",
  "DK",
  "GB",
  "DE",
  "QA",
  "BR",
  "UZ",
  "CD",
  "NP",
  "MM",
  "TR",
  "ID",
  "PK",
  "KH",
  "US",
];
const PRODUCTS = [
  "Rubber gloves",
  "Garments",
  "Cotton",
  "Frozen shrimp",
  "Fish",
  "Electronics",
  "Office paper",
  "Steel beams",
  "Cocoa beans",
  "Coffee",
  "Palm oil",
  "Bricks",
  "Gold",
  "Cobalt ore",
  "Tea",
  "Sugarcane",
  "Polysilicon",
  "Timber",
  "Carpets",
  "Tomatoes",
];
const DIVISIONS = ["01", "03", "10", "13", "14", "22", "26", "46", "62", "70"];

/**
 * `suppliers` suppliers in three tiers with one site each (but every 17th), 500 recruiters (fees
 * charged, none or unknown; licences valid, revoked, expired or none; sub-agent chains), site
 * links for every 4th site (nine recruiters for every 40th), a country override; tiers derived,
 * statistics gathered.
 */
export const generateRiskBenchData = async ({
  db,
  organizationId,
  suppliers: SUPPLIERS,
}: {
  db: Db;
  organizationId: string;
  suppliers: number;
}) => {
  await db.$executeRaw`
    INSERT INTO suppliers (id, organization_id, legal_name, normalized_name, country, products,
      sector_section, sector_division, is_direct, status, created_at, updated_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'Bench Supplier ' || i,
      'bench supplier ' || i, (${COUNTRIES}::text[])[1 + i % 20],
      CASE WHEN i % 11 = 0 THEN ARRAY[]::text[]
        ELSE ARRAY[(${PRODUCTS}::text[])[1 + i % 20], (${PRODUCTS}::text[])[1 + (i * 7) % 20]] END,
      CASE WHEN i % 11 = 10 THEN NULL ELSE 'C' END,
      CASE WHEN i % 11 = 10 THEN NULL ELSE (${DIVISIONS}::text[])[1 + i % 10] END,
      i % 3 = 0, 'active', now(), now()
    FROM generate_series(1, ${SUPPLIERS}) AS i`;
  // Tier 2 below each direct supplier, tier 3 below that; every 13th left unconnected.
  await db.$executeRaw`
    WITH numbered AS (
      SELECT id, ${supplierNumber(Prisma.sql`legal_name`)} AS i FROM suppliers
      WHERE organization_id = ${organizationId}::uuid
    )
    INSERT INTO supply_edges (id, organization_id, buyer_supplier_id, supplier_id, created_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, buyer.id, child.id, now()
    FROM numbered child JOIN numbered buyer ON buyer.i = child.i - 1
    WHERE child.i % 3 <> 0 AND child.i % 13 <> 0`;
  await db.$executeRaw`
    INSERT INTO sites (id, organization_id, supplier_id, name, country, site_type,
      migrant_share, temporary_share, seasonal_share, employer_housing, created_at, updated_at)
    SELECT gen_random_uuid(), organization_id, id, 'Site of ' || legal_name, country, 'factory',
      CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 37) % 100 END,
      CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 53) % 60 END,
      CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 29) % 40 END,
      CASE WHEN i % 9 = 0 THEN NULL ELSE i % 4 = 0 END, now(), now()
    FROM (SELECT *, ${supplierNumber(Prisma.sql`legal_name`)} AS i FROM suppliers
          WHERE organization_id = ${organizationId}::uuid) supplier
    WHERE i % 17 <> 0`;
  await db.$executeRaw`
    INSERT INTO recruiters (id, organization_id, name, normalized_name, fee_policy, created_at,
      updated_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, 'Bench Recruiter ' || j,
      'bench recruiter ' || j,
      (ARRAY['no_fees', 'fees_charged', 'unknown'])[1 + j % 3]::recruiter_fee_policy, now(), now()
    FROM generate_series(0, ${RECRUITERS - 1}) AS j`;
  await db.$executeRaw`
    INSERT INTO recruiter_licences (id, organization_id, recruiter_id, status, valid_until,
      created_at, updated_at)
    SELECT gen_random_uuid(), organization_id, id,
      (ARRAY['valid', 'revoked', 'expired'])[1 + j % 4]::licence_status,
      CASE j % 4 WHEN 0 THEN DATE '2099-12-31' WHEN 2 THEN DATE '2020-01-01' END, now(), now()
    FROM (SELECT *, ${recruiterNumber} AS j FROM recruiters
          WHERE organization_id = ${organizationId}::uuid) recruiter
    WHERE j % 4 <> 3`;
  await db.$executeRaw`
    WITH numbered AS (
      SELECT id, ${recruiterNumber} AS j FROM recruiters
      WHERE organization_id = ${organizationId}::uuid
    )
    INSERT INTO recruiter_edges (id, organization_id, recruiter_id, sub_agent_id, created_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, principal.id, agent.id, now()
    FROM numbered principal JOIN numbered agent ON agent.j = principal.j + 1
    WHERE principal.j % 10 = 0`;
  await db.$executeRaw`
    WITH recruiter AS (
      SELECT id, ${recruiterNumber} AS j FROM recruiters
      WHERE organization_id = ${organizationId}::uuid
    ), site AS (
      SELECT site.id, ${supplierNumber(Prisma.sql`supplier.legal_name`)} AS i
      FROM sites site JOIN suppliers supplier ON supplier.id = site.supplier_id
      WHERE site.organization_id = ${organizationId}::uuid
        AND supplier.organization_id = ${organizationId}::uuid
    )
    INSERT INTO recruiter_site_links (id, organization_id, recruiter_id, site_id, created_at)
    SELECT gen_random_uuid(), ${organizationId}::uuid, recruiter.id, site.id, now()
    FROM site JOIN recruiter ON recruiter.j = site.i % ${RECRUITERS}
      -- Every 40th of those sites works with eight more (explanations name the first three).
      OR (site.i % 40 = 0 AND recruiter.j BETWEEN site.i % ${RECRUITERS} + 1
        AND site.i % ${RECRUITERS} + 8)
    WHERE site.i % 4 = 0`;
  await db.$executeRaw`
    INSERT INTO country_risk_overrides (id, organization_id, country, points, reason, updated_at)
    VALUES (gen_random_uuid(), ${organizationId}::uuid, 'QA', 22, 'Own audit findings', now())`;
  const { recomputeSupplierTiers } = await import("@/modules/suppliers/services/recompute-tiers");
  await recomputeSupplierTiers({ db, organizationId });
  await db.$executeRaw`ANALYZE`;
};
