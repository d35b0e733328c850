"use client";

import { useId, useState } from "react";

import { Input } from "./field";

export type MultiSelectOption = { value: string; label: string };

export type MultiSelectLabels = {
  legend: string;
  /** Label of the filter box above the options. */
  filter: string;
  /** "3 selected". */
  selected: string;
  /** Accessible name of the button that removes one chosen value. */
  remove: (label: string) => string;
  hint?: string;
};

/**
 * Picks several values from a long list: the chosen ones as removable chips, all options as
 * checkboxes under a filter box. Plain form controls, so it works with the keyboard and screen
 * readers without a custom widget.
 */
export const MultiSelect = ({
  options,
  value,
  onChange,
  labels,
  error,
  maxHeightClass = "max-h-48",
}: {
  options: MultiSelectOption[];
  value: string[];
  onChange: (values: string[]) => void;
  labels: MultiSelectLabels;
  error?: string | null;
  maxHeightClass?: string;
}) => {
  const id = useId();
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle
    ? options.filter(
        (option) =>
          option.label.toLocaleLowerCase().includes(needle) ||
          option.value.toLocaleLowerCase() === needle,
      )
    : options;
  const labelOf = (selected: string) =>
    options.find((option) => option.value === selected)?.label ?? selected;
  const toggle = (selected: string) =>
    onChange(
      value.includes(selected)
        ? value.filter((known) => known !== selected)
        : [...value, selected].sort(),
    );

  return (
    <fieldset
      className="space-y-2"
      aria-describedby={
        [labels.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim() || undefined
      }
    >
      <legend className="text-sm font-medium text-slate-800">{labels.legend}</legend>
      {labels.hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {labels.hint}
        </p>
      )}
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {value.map((selected) => (
            <li key={selected}>
              <button
                type="button"
                onClick={() => toggle(selected)}
                className="inline-flex items-center gap-1 rounded-full bg-teal-50 px-3 py-1 text-xs font-medium text-teal-900 hover:bg-teal-100 focus-visible:outline-2 focus-visible:outline-teal-800"
                aria-label={labels.remove(labelOf(selected))}
              >
                {labelOf(selected)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-slate-600" aria-live="polite">
        {labels.selected}
      </p>
      <label htmlFor={`${id}-filter`} className="block text-sm text-slate-800">
        {labels.filter}
      </label>
      <Input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <div className={`${maxHeightClass} overflow-y-auto rounded-md border border-slate-200 p-2`}>
        {shown.map((option) => (
          <label key={option.value} className="flex items-center gap-2 py-0.5 text-sm">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={() => toggle(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
};
