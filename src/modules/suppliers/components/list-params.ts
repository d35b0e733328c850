/**
 * The suppliers list keeps its state in the address (shareable, survives a reload, works with
 * Back; the map links to /suppliers?country=TH, a risk filter reads /suppliers?risk=high,critical). These turn query-string parameters into the
 * findSuppliers input and back; the server page and the client list use the same functions, so
 * the query prefetched on the server is the one the list asks for.
 */
import {
  ZFindSuppliersRequestSchema,
  type TFindSuppliersRequest,
} from "../procedures/find-suppliers.schema";

export const PAGE_SIZES = [25, 50, 100] as const;

export const DEFAULT_FILTERS: TFindSuppliersRequest = ZFindSuppliersRequestSchema.parse({});

/** Reads repeated (`country=TH&country=VN`) and comma-separated (`country=TH,VN`) values. */
type ParamReader = { getAll: (name: string) => string[] };

const listOf = (params: ParamReader, name: string): string[] =>
  params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);

/** Each parameter is checked on its own: a bad one falls back to its default, not an error. */
export const filtersFromParams = (params: ParamReader): TFindSuppliersRequest => {
  const field = <K extends keyof TFindSuppliersRequest>(
    key: K,
    raw: unknown,
  ): TFindSuppliersRequest[K] => {
    const parsed = ZFindSuppliersRequestSchema.safeParse({ [key]: raw });
    return parsed.success ? parsed.data[key] : DEFAULT_FILTERS[key];
  };
  const first = (name: string) => listOf(params, name)[0];
  const number = (name: string) => {
    const raw = first(name);
    return raw !== undefined && /^\d{1,7}$/.test(raw) ? Number(raw) : undefined;
  };
  const pageSize = number("pageSize");
  return {
    q: field("q", params.getAll("q")[0]),
    countries: field("countries", listOf(params, "country")),
    sectorSection: field("sectorSection", first("section")),
    sectorDivision: field("sectorDivision", first("division")),
    tiers: field("tiers", listOf(params, "tier")),
    statuses: field("statuses", listOf(params, "status")),
    riskBands: field("riskBands", listOf(params, "risk")),
    includeArchived: first("archived") === "1",
    sort: field("sort", first("sort")),
    direction: field("direction", first("direction")),
    page: field("page", number("page")),
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? DEFAULT_FILTERS.pageSize,
  };
};

/** A server page's `searchParams` in the shape the parser reads. */
export const paramReaderOf = (
  searchParams: Record<string, string | string[] | undefined>,
): ParamReader => ({
  getAll: (name) => {
    const value = searchParams[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  },
});

/** The query string for `filters`, leaving out defaults so addresses stay short. */
export const paramsFromFilters = (filters: TFindSuppliersRequest): string => {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.countries.length > 0) params.set("country", filters.countries.join(","));
  if (filters.sectorSection) params.set("section", filters.sectorSection);
  if (filters.sectorDivision) params.set("division", filters.sectorDivision);
  if (filters.tiers.length > 0) params.set("tier", filters.tiers.join(","));
  if (filters.statuses.length > 0) params.set("status", filters.statuses.join(","));
  if (filters.riskBands.length > 0) params.set("risk", filters.riskBands.join(","));
  if (filters.includeArchived) params.set("archived", "1");
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set("sort", filters.sort);
  if (filters.direction !== DEFAULT_FILTERS.direction) params.set("direction", filters.direction);
  if (filters.page !== DEFAULT_FILTERS.page) params.set("page", String(filters.page));
  if (filters.pageSize !== DEFAULT_FILTERS.pageSize)
    params.set("pageSize", String(filters.pageSize));
  return params.toString();
};

export const hasFilters = (filters: TFindSuppliersRequest): boolean =>
  Boolean(
    filters.q ||
    filters.countries.length > 0 ||
    filters.sectorSection ||
    filters.sectorDivision ||
    filters.tiers.length > 0 ||
    filters.statuses.length > 0 ||
    filters.riskBands.length > 0 ||
    filters.includeArchived,
  );
