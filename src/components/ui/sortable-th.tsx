import type { ReactNode } from "react";

import { Th } from "./table";

export type SortDirection = "asc" | "desc";

/**
 * A column header that sorts the table: a button inside the header cell, with `aria-sort` on the
 * cell so screen readers announce the current order.
 */
export const SortableTh = ({
  children,
  direction,
  onSort,
  sortHint,
}: {
  children: ReactNode;
  /** The column's current order, or null when the table is sorted by another column. */
  direction: SortDirection | null;
  onSort: () => void;
  /** For screen readers, e.g. "Sort by country". */
  sortHint: string;
}) => (
  <Th aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}>
    <button
      type="button"
      onClick={onSort}
      title={sortHint}
      className="inline-flex items-center gap-1 rounded font-semibold text-slate-700 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-teal-800"
    >
      {children}
      <span aria-hidden="true" className="text-xs text-slate-500">
        {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
      </span>
      <span className="sr-only">{sortHint}</span>
    </button>
  </Th>
);
