"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

import { countryOptions } from "@/modules/reference/countries";

import { MultiSelect, type MultiSelectLabels } from "./multi-select";

/** Several ISO 3166-1 countries, named in the user's language (i18n-iso-countries). */
export const CountryMultiSelect = ({
  value,
  onChange,
  labels,
  error,
}: {
  value: string[];
  onChange: (countries: string[]) => void;
  labels: MultiSelectLabels;
  error?: string | null;
}) => {
  const locale = useLocale();
  const options = useMemo(
    () => countryOptions(locale).map((country) => ({ value: country.code, label: country.name })),
    [locale],
  );
  return (
    <MultiSelect
      options={options}
      value={value}
      onChange={onChange}
      labels={labels}
      error={error}
    />
  );
};
