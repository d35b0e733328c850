"use client";

import { useId } from "react";

import { Button } from "./button";
import { Select } from "./field";

export type PaginationLabels = {
  /** Names the navigation landmark, e.g. "Pages of suppliers". */
  navigation: string;
  previous: string;
  next: string;
  /** "Page 2 of 9 · 212 results": announced politely when it changes. */
  status: string;
  pageSize: string;
};

/**
 * Previous / next page, where we are, and how many rows per page. Labels come from the caller, so
 * any list can use it in any language.
 */
export const Pagination = ({
  page,
  pageSize,
  total,
  pageSizes,
  labels,
  onPageChange,
  onPageSizeChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  pageSizes: readonly number[];
  labels: PaginationLabels;
  onPageChange: (page: number) => void;
  onPageSizeChange?: (pageSize: number) => void;
}) => {
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav
      aria-label={labels.navigation}
      className="flex flex-wrap items-center justify-between gap-3"
    >
      <div className="flex items-center gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={page <= 1}
          onClick={() => onPageChange(Math.min(page - 1, pages))}
        >
          {labels.previous}
        </Button>
        <p className="text-sm text-slate-700" aria-live="polite">
          {labels.status}
        </p>
        <Button
          variant="secondary"
          size="sm"
          disabled={page >= pages}
          onClick={() => onPageChange(page + 1)}
        >
          {labels.next}
        </Button>
      </div>
      {onPageSizeChange && (
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId} className="text-sm text-slate-700">
            {labels.pageSize}
          </label>
          <Select
            id={sizeId}
            className="w-24"
            value={String(pageSize)}
            onChange={(event) => onPageSizeChange(Number(event.target.value))}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </div>
      )}
    </nav>
  );
};
