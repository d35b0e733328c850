/**
 * The suppliers list: filtered, sorted and paginated in PostgreSQL, in two statements run side by
 * side (the page, and the total). Every clause starts from the organisation, so the
 * (organization_id, …) indexes serve the common sorts and filters; the free-text search folds the
 * query like stored names are folded (normalized_name) and also looks at the legal name as
 * typed, the other names and the registration id.
 */
import { z } from "zod";

import { Prisma, type Db } from "@/server/db";

import {
  LIST_RISK_BANDS,
  ZSupplierListRowSchema,
  type TFindSuppliersRequest,
  type TFindSuppliersResponse,
  type TSupplierSortField,
} from "../procedures/find-suppliers.schema";
import { normalizeCompanyName } from "./normalize";

/** Makes user text literal inside a LIKE pattern. */
export const escapeLike = (text: string): string =>
  text.replace(/[\\%_]/g, (match) => `\\${match}`);

type SortSpec = { column: Prisma.Sql; isNullable: boolean };

/** Sorts by one column of `suppliers`; the risk sort is a statement of its own (riskSortedPage). */
type ColumnSortField = Exclude<TSupplierSortField, "riskScore">;

const SORT: Record<ColumnSortField, SortSpec> = {
  legalName: { column: Prisma.sql`s.legal_name`, isNullable: false },
  country: { column: Prisma.sql`s.country`, isNullable: false },
  tier: { column: Prisma.sql`s.tier`, isNullable: true },
  status: { column: Prisma.sql`s.status`, isNullable: false },
  createdAt: { column: Prisma.sql`s.created_at`, isNullable: false },
  annualSpend: { column: Prisma.sql`s.annual_spend_amount`, isNullable: true },
};

const DIRECTION = { asc: Prisma.sql`ASC`, desc: Prisma.sql`DESC` } as const;

/**
 * ORDER BY for the page. Unknown values (no tier, no spend) come last in both directions. Columns
 * that cannot be null keep PostgreSQL's default null placement so an index scan (forward or
 * backward) can deliver the order. Sorting active suppliers by name is led by archived_at, which
 * is the same (null) for every row but lets PostgreSQL read the (organization_id, archived_at,
 * legal_name) index in order instead of sorting the whole organisation ("IS NULL" alone does not
 * tell the planner that the column is constant).
 */
const supplierListOrderBy = (filters: TFindSuppliersRequest, sort: ColumnSortField): Prisma.Sql => {
  const direction = DIRECTION[filters.direction];
  const { column, isNullable } = SORT[sort];
  const nulls = isNullable ? Prisma.sql` NULLS LAST` : Prisma.empty;
  const keys =
    sort === "legalName"
      ? [Prisma.sql`s.legal_name ${direction}`]
      : [Prisma.sql`${column} ${direction}${nulls}`, Prisma.sql`s.legal_name ${direction}`];
  if (sort === "legalName" && !filters.includeArchived) {
    keys.unshift(Prisma.sql`s.archived_at ${direction}`);
  }
  return Prisma.join([...keys, Prisma.sql`s.id ${direction}`], ", ");
};

/**
 * The free-text match. The query is folded like stored names (normalized_name: no case, accents
 * or legal forms), which PostgreSQL compares with a plain LIKE, much cheaper than ILIKE; other
 * names and registration ids are compared lower- or upper-cased (registration ids without spaces).
 */
const searchClause = (q: string): Prisma.Sql => {
  const folded = normalizeCompanyName(q);
  const lowered = `%${escapeLike(q.toLocaleLowerCase())}%`;
  const compactRegistration = q.replace(/\s+/g, "").toUpperCase();
  return Prisma.sql`(
    ${
      folded === ""
        ? Prisma.sql`lower(s.legal_name) LIKE ${lowered}`
        : Prisma.sql`s.normalized_name LIKE ${`%${escapeLike(folded)}%`}`
    }
    OR (s.other_names <> '{}' AND lower(array_to_string(s.other_names, ' ')) LIKE ${lowered})
    OR upper(replace(s.registration_id, ' ', '')) LIKE ${`%${escapeLike(compactRegistration)}%`}
  )`;
};

const tierClause = (tiers: TFindSuppliersRequest["tiers"]): Prisma.Sql | null => {
  if (tiers.length === 0) return null;
  const exact = tiers.flatMap((tier) =>
    tier === "1" || tier === "2" || tier === "3" ? [Number(tier)] : [],
  );
  const clauses: Prisma.Sql[] = [];
  if (exact.length > 0) clauses.push(Prisma.sql`s.tier = ANY(${exact}::int[])`);
  if (tiers.includes("4+")) clauses.push(Prisma.sql`s.tier >= 4`);
  if (tiers.includes("none")) clauses.push(Prisma.sql`s.tier IS NULL`);
  return Prisma.sql`(${Prisma.join(clauses, " OR ")})`;
};

/**
 * Current residual risk bands (supplier_current_risks, joined as `risk`, indexed with the
 * organisation); "none" is a supplier without a score yet, which is never counted as "low".
 */
const riskBandClause = (bands: TFindSuppliersRequest["riskBands"]): Prisma.Sql | null => {
  if (bands.length === 0) return null;
  const scored = LIST_RISK_BANDS.filter((band) => bands.includes(band));
  const clauses: Prisma.Sql[] = [];
  if (scored.length > 0) clauses.push(Prisma.sql`risk.risk_band = ANY(${scored}::risk_band[])`);
  if (bands.includes("none")) clauses.push(Prisma.sql`risk.risk_band IS NULL`);
  return Prisma.sql`(${Prisma.join(clauses, " OR ")})`;
};

/**
 * What the statements read: the suppliers with their current risk. A supplier has at most one
 * row there (its primary key), so PostgreSQL drops the join where nothing reads it (a count
 * without a risk filter).
 */
const SUPPLIER_LIST_FROM = Prisma.sql`suppliers s
  LEFT JOIN supplier_current_risks risk ON risk.supplier_id = s.id`;

const SUPPLIER_LIST_COLUMNS = Prisma.sql`
  s.id::text AS id, s.legal_name AS "legalName", s.other_names AS "otherNames",
  s.registration_id AS "registrationId", s.country, s.sector_section AS "sectorSection",
  s.sector_division AS "sectorDivision", s.annual_spend_amount::text AS "annualSpendAmount",
  s.annual_spend_currency AS "annualSpendCurrency", s.status::text AS status,
  s.is_direct AS "isDirect", s.tier, s.archived_at AS "archivedAt", s.created_at AS "createdAt",
  risk.risk_score AS "riskScore", risk.risk_band::text AS "riskBand"`;

/** The WHERE of every statement of the list. */
const supplierListWhere = ({
  organizationId,
  filters,
}: {
  organizationId: string;
  filters: TFindSuppliersRequest;
}): Prisma.Sql => {
  const clauses: Prisma.Sql[] = [Prisma.sql`s.organization_id = ${organizationId}::uuid`];
  if (!filters.includeArchived) clauses.push(Prisma.sql`s.archived_at IS NULL`);
  if (filters.q) clauses.push(searchClause(filters.q));
  if (filters.countries.length > 0) {
    clauses.push(Prisma.sql`s.country = ANY(${filters.countries}::bpchar[])`);
  }
  if (filters.sectorSection) clauses.push(Prisma.sql`s.sector_section = ${filters.sectorSection}`);
  if (filters.sectorDivision) {
    clauses.push(Prisma.sql`s.sector_division = ${filters.sectorDivision}`);
  }
  const tiers = tierClause(filters.tiers);
  if (tiers) clauses.push(tiers);
  if (filters.statuses.length > 0) {
    clauses.push(Prisma.sql`s.status = ANY(${filters.statuses}::supplier_status[])`);
  }
  const riskBands = riskBandClause(filters.riskBands);
  if (riskBands) clauses.push(riskBands);
  return Prisma.join(clauses, " AND ");
};

type ListQuery = { organizationId: string; filters: TFindSuppliersRequest };

/**
 * A page sorted by risk score, scored suppliers first (by score, then name) and unscored ones
 * after them, in either direction. Written as the two halves it is: the scored half is read
 * from supplier_current_risks in score order (its (organization_id, risk_score) index), so the
 * first pages of the riskiest suppliers do not join and sort the whole organisation; each half
 * stops at the end of the requested page, and the unscored half is not read at all when the
 * scored one fills it (finding suppliers without a score means looking at every supplier).
 */
const riskSortedPage = ({ organizationId, filters }: ListQuery, where: Prisma.Sql) => {
  const direction = DIRECTION[filters.direction];
  const end = filters.page * filters.pageSize;
  return Prisma.sql`
    WITH scored AS MATERIALIZED (
      SELECT ${SUPPLIER_LIST_COLUMNS}, s.id AS "sortId", 0 AS "sortPart"
      FROM supplier_current_risks risk JOIN suppliers s ON s.id = risk.supplier_id
      WHERE risk.organization_id = ${organizationId}::uuid AND ${where}
      ORDER BY risk.risk_score ${direction}, s.legal_name ${direction}, s.id ${direction}
      LIMIT ${end}
    )
    SELECT * FROM (
      SELECT * FROM scored
      UNION ALL
      (SELECT ${SUPPLIER_LIST_COLUMNS}, s.id AS "sortId", 1 AS "sortPart"
       FROM ${SUPPLIER_LIST_FROM}
       WHERE (SELECT count(*) FROM scored) < ${end} AND risk.supplier_id IS NULL AND ${where}
       ORDER BY s.legal_name ${direction}, s.id ${direction}
       LIMIT ${end})
    ) halves
    ORDER BY "sortPart", "riskScore" ${direction}, "legalName" ${direction}, "sortId" ${direction}
    LIMIT ${filters.pageSize} OFFSET ${end - filters.pageSize}`;
};

/** The page and the total; exported for the benchmark's bare-SQL comparison. */
export const supplierListStatements = (
  query: ListQuery,
): { page: Prisma.Sql; count: Prisma.Sql } => {
  const { filters } = query;
  const where = supplierListWhere(query);
  const offset = (filters.page - 1) * filters.pageSize;
  const page =
    filters.sort === "riskScore"
      ? riskSortedPage(query, where)
      : Prisma.sql`
          SELECT ${SUPPLIER_LIST_COLUMNS}
          FROM ${SUPPLIER_LIST_FROM}
          WHERE ${where}
          ORDER BY ${supplierListOrderBy(filters, filters.sort)}
          LIMIT ${filters.pageSize} OFFSET ${offset}`;
  return {
    page,
    count: Prisma.sql`SELECT count(*)::int AS total FROM ${SUPPLIER_LIST_FROM} WHERE ${where}`,
  };
};

export const findSuppliers = async ({
  db,
  organizationId,
  filters,
}: {
  db: Db;
  organizationId: string;
  filters: TFindSuppliersRequest;
}): Promise<TFindSuppliersResponse> => {
  const { page, count } = supplierListStatements({ organizationId, filters });
  const [rows, counted] = await Promise.all([
    db.$queryRaw<unknown[]>(page),
    db.$queryRaw<{ total: number }[]>(count),
  ]);
  return {
    items: z.array(ZSupplierListRowSchema).parse(rows),
    total: counted[0]?.total ?? 0,
    page: filters.page,
    pageSize: filters.pageSize,
  };
};
