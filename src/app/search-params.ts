export type SearchParams = Record<string, string | string[] | undefined>;

/** A query-string parameter's first value, or null. */
export const firstParam = (value: string | string[] | undefined): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null;
