/**
 * Shared plumbing of the per-entity row converters: reading a mapped cell, collecting problems by
 * field with the column they came from, and turning zod issues of the module's input schema into
 * the same problems (a field that already has a problem is not reported twice).
 */
import type { z } from "zod";

import type { ColumnMapping } from "../../fields";
import type { RowCells, RowError } from "../../schemas";
import type { Parsed } from "../values";

export type ConvertResult<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

export class RowReader {
  readonly errors: RowError[] = [];
  private readonly failedFields = new Set<string>();

  constructor(
    private readonly cells: RowCells,
    private readonly mapping: ColumnMapping,
    /** Field → another field whose column to blame when the field has no column of its own. */
    private readonly fallbackColumns: Readonly<Record<string, string>> = {},
  ) {}

  /** The text of the cell mapped to `field`, or null when not mapped or blank. */
  text(field: string): string | null {
    const header = this.mapping[field];
    if (!header) return null;
    const value = this.cells[header]?.trim();
    return value ? value : null;
  }

  columnOf(field: string): string | null {
    const own = this.mapping[field];
    if (own) return own;
    const fallback = this.fallbackColumns[field];
    return fallback ? (this.mapping[fallback] ?? null) : null;
  }

  fail(field: string, message: string): void {
    if (this.failedFields.has(field)) return;
    this.failedFields.add(field);
    this.errors.push({ field, column: this.columnOf(field), message });
  }

  /** Records "required" for each of `fields` left blank. */
  require(...fields: string[]): void {
    for (const field of fields) {
      if (this.text(field) === null) this.fail(field, "validation.required");
    }
  }

  hasFailed(field: string): boolean {
    return this.failedFields.has(field);
  }

  /** The parsed value, or `undefined` after recording the problem (or when not given). */
  read<T>(field: string, parse: (text: string | null) => Parsed<T> | null): T | undefined {
    const parsed = parse(this.text(field));
    if (parsed === null) return undefined;
    if ("error" in parsed) {
      this.fail(field, parsed.error);
      return undefined;
    }
    return parsed.value;
  }

  /** Records the issues of a failed schema parse against the import fields they concern. */
  addIssues(issues: readonly z.core.$ZodIssue[], fieldOf: (schemaKey: string) => string): void {
    for (const issue of issues) {
      const key = issue.path[0];
      const field = fieldOf(typeof key === "string" ? key : "");
      // Messages of our schemas are catalogue keys ("validation.required"); zod's own are not.
      const message = /^[a-z][\w]*(\.[\w]+)+$/i.test(issue.message)
        ? issue.message
        : "validation.invalid";
      this.fail(field, message);
    }
  }
}
