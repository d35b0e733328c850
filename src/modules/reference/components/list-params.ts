/**
 * The reference pages keep their filters in the address (shareable, survive a reload, work with
 * Back). These turn query-string parameters into procedure inputs and back; the server page and
 * the client component use the same functions, so the query prefetched on the server is the one
 * the component asks for. A bad parameter falls back to its default instead of failing the page.
 */
import {
  PAGE_SIZES,
  ZIndicatorStageSchema,
  ZIndicatorStrengthSchema,
  type TIndicatorStage,
  type TIndicatorStrength,
} from "../schemas";

/** Reads a parameter's first value, from URLSearchParams or a server page's searchParams. */
export type ParamReader = { get: (name: string) => string | null };

export const paramReaderOf = (
  searchParams: Record<string, string | string[] | undefined>,
): ParamReader => ({
  get: (name) => {
    const value = searchParams[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  },
});

const MAX_SEARCH_LENGTH = 200;

const searchOf = (raw: string | null): string | undefined => {
  const trimmed = raw?.trim().slice(0, MAX_SEARCH_LENGTH);
  return trimmed ? trimmed : undefined;
};

// ─── Indicator catalogue ───────────────────────────────────────────────────────────────────────

export type CatalogueFilters = {
  stage: TIndicatorStage | undefined;
  strength: TIndicatorStrength | undefined;
  search: string | undefined;
};

export const catalogueFiltersFromParams = (params: ParamReader): CatalogueFilters => ({
  stage: ZIndicatorStageSchema.safeParse(params.get("stage")).data,
  strength: ZIndicatorStrengthSchema.safeParse(params.get("strength")).data,
  search: searchOf(params.get("q")),
});

/** The listIndicators input for the filters (no key for a filter that is not set). */
export const catalogueQueryOf = (filters: CatalogueFilters) => ({
  ...(filters.stage ? { stage: filters.stage } : {}),
  ...(filters.strength ? { strength: filters.strength } : {}),
  ...(filters.search ? { search: filters.search } : {}),
});

export const paramsFromCatalogueFilters = (filters: CatalogueFilters): string => {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.stage) params.set("stage", filters.stage);
  if (filters.strength) params.set("strength", filters.strength);
  return params.toString();
};

// ─── An edition's rows ─────────────────────────────────────────────────────────────────────────

export type EditionRowsParams = {
  page: number;
  pageSize: (typeof PAGE_SIZES)[number];
  search: string | undefined;
};

export const DEFAULT_ROWS_PAGE_SIZE: EditionRowsParams["pageSize"] = 50;

export const editionRowsParamsOf = (params: ParamReader): EditionRowsParams => {
  const rawPage = params.get("page");
  const page = rawPage && /^\d{1,6}$/.test(rawPage) ? Math.max(1, Number(rawPage)) : 1;
  const rawSize = Number(params.get("pageSize"));
  return {
    page,
    pageSize: PAGE_SIZES.find((size) => size === rawSize) ?? DEFAULT_ROWS_PAGE_SIZE,
    search: searchOf(params.get("q")),
  };
};

/** The getEdition input for an edition and the page parameters. */
export const editionQueryOf = (id: string, params: EditionRowsParams) => ({
  id,
  page: params.page,
  pageSize: params.pageSize,
  ...(params.search ? { search: params.search } : {}),
});

export const paramsFromEditionRows = (params: EditionRowsParams): string => {
  const query = new URLSearchParams();
  if (params.search) query.set("q", params.search);
  if (params.page !== 1) query.set("page", String(params.page));
  if (params.pageSize !== DEFAULT_ROWS_PAGE_SIZE) query.set("pageSize", String(params.pageSize));
  return query.toString();
};
