/**
 * The world map's query input and links, shared by the page (server) and the map (client), so
 * that what the page prefetches is exactly what the map asks for first.
 */
import type { TCountBy, TCountryCountsInput, TSupplierStatusFilter, TTierFilter } from "../schemas";

export type MapFilters = {
  by: TCountBy;
  tier?: TTierFilter;
  sectorSection?: string;
  status?: TSupplierStatusFilter;
};

export const INITIAL_MAP_FILTERS: MapFilters = { by: "supplier" };

/** The query input, without empty filters. */
export const countryCountsInput = (filters: MapFilters): TCountryCountsInput => ({
  by: filters.by,
  ...(filters.tier === undefined ? {} : { tier: filters.tier }),
  ...(filters.sectorSection === undefined ? {} : { sectorSection: filters.sectorSection }),
  ...(filters.status === undefined ? {} : { status: filters.status }),
});

/** The suppliers list, filtered to a country (the list reads `?country=`). */
export const suppliersOfCountryHref = (code: string): string =>
  `/suppliers?country=${encodeURIComponent(code)}`;

/** The suppliers list, filtered to a country's suppliers at high or critical risk. */
export const highRiskSuppliersOfCountryHref = (code: string): string =>
  `${suppliersOfCountryHref(code)}&risk=critical,high`;
