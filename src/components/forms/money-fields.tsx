"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

import { Field, Input, Select } from "@/components/ui/field";
import { currencyOptions } from "@/modules/reference/currencies";

type MoneyPart = {
  label: string;
  name: string;
  value: string;
  error?: string;
  onChange: (event: { target: { value: string } }) => void;
};

/**
 * An amount and its ISO 4217 currency side by side (turnover, annual spend, recruitment fees):
 * the amount is typed as text (decimal strings keep their precision), the currency chosen from
 * the runtime's list with the most common ones first.
 */
export const MoneyFields = ({
  amount,
  currency,
  notSetLabel,
}: {
  amount: MoneyPart;
  currency: MoneyPart;
  /** The label of the empty currency choice. */
  notSetLabel: string;
}) => {
  const locale = useLocale();
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field label={amount.label} error={amount.error}>
        {(control) => (
          <Input
            {...control}
            name={amount.name}
            inputMode="decimal"
            value={amount.value}
            onChange={amount.onChange}
          />
        )}
      </Field>
      <Field label={currency.label} error={currency.error}>
        {(control) => (
          <Select
            {...control}
            name={currency.name}
            value={currency.value}
            onChange={currency.onChange}
          >
            <option value="">{notSetLabel}</option>
            {currencies.map((option) => (
              <option key={option.code} value={option.code}>
                {option.code} — {option.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
};
