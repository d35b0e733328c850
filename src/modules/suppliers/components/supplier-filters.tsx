"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { CountryMultiSelect } from "@/components/ui/country-multi-select";
import { Field, Select } from "@/components/ui/field";
import { SearchBox } from "@/components/ui/search-box";
import type { TSector } from "@/modules/reference/sectors";

import {
  RISK_BAND_FILTERS,
  TIER_FILTERS,
  type TFindSuppliersRequest,
  type TTierFilter,
} from "../procedures/find-suppliers.schema";
import { SUPPLIER_STATUSES, type TSupplierStatus } from "../schemas";
import { DEFAULT_FILTERS, hasFilters } from "./list-params";
import { RiskBadge } from "./risk-badge";

const toggled = <T extends string>(values: T[], value: T): T[] =>
  values.includes(value) ? values.filter((known) => known !== value) : [...values, value];

/** Search and filters of the suppliers list; every change goes to the address at once. */
export const SupplierFilters = ({
  filters,
  sectors,
  onChange,
}: {
  filters: TFindSuppliersRequest;
  sectors: TSector[];
  onChange: (patch: Partial<TFindSuppliersRequest>) => void;
}) => {
  const t = useTranslations("suppliers.filters");
  const tStatus = useTranslations("suppliers.status");
  const archivedId = useId();
  const sections = [
    ...new Map(sectors.map((sector) => [sector.section, sector.sectionTitle])).entries(),
  ];
  const divisions = sectors.filter(
    (sector) => !filters.sectorSection || sector.section === filters.sectorSection,
  );
  const tierLabel = (tier: TTierFilter) =>
    tier === "none" ? t("tierNone") : tier === "4+" ? t("tierDeep") : t("tier", { tier });

  return (
    <section aria-label={t("label")} className="space-y-4 rounded-lg border border-slate-200 p-4">
      <div className="grid gap-4 md:grid-cols-3">
        <SearchBox
          label={t("search")}
          placeholder={t("searchPlaceholder")}
          value={filters.q ?? ""}
          onSearch={(q) => onChange({ q: q.trim() || null })}
        />
        <Field label={t("section")}>
          {(control) => (
            <Select
              {...control}
              value={filters.sectorSection ?? ""}
              onChange={(event) =>
                onChange({ sectorSection: event.target.value || null, sectorDivision: null })
              }
            >
              <option value="">{t("anySection")}</option>
              {sections.map(([section, title]) => (
                <option key={section} value={section}>
                  {section} — {title}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("division")}>
          {(control) => (
            <Select
              {...control}
              value={filters.sectorDivision ?? ""}
              onChange={(event) => onChange({ sectorDivision: event.target.value || null })}
            >
              <option value="">{t("anyDivision")}</option>
              {divisions.map((sector) => (
                <option key={sector.division} value={sector.division}>
                  {sector.division} — {sector.divisionTitle}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("riskBands")}</legend>
          {RISK_BAND_FILTERS.map((band) => (
            <label key={band} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={filters.riskBands.includes(band)}
                onChange={() => onChange({ riskBands: toggled(filters.riskBands, band) })}
              />
              <RiskBadge band={band === "none" ? null : band} score={null} />
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("tiers")}</legend>
          {TIER_FILTERS.map((tier) => (
            <label key={tier} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={filters.tiers.includes(tier)}
                onChange={() => onChange({ tiers: toggled(filters.tiers, tier) })}
              />
              {tierLabel(tier)}
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("statuses")}</legend>
          {SUPPLIER_STATUSES.map((status: TSupplierStatus) => (
            <label key={status} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={filters.statuses.includes(status)}
                onChange={() => onChange({ statuses: toggled(filters.statuses, status) })}
              />
              {tStatus(status)}
            </label>
          ))}
          <div className="flex items-center gap-2 pt-2 text-sm">
            <input
              id={archivedId}
              type="checkbox"
              checked={filters.includeArchived}
              onChange={(event) => onChange({ includeArchived: event.target.checked })}
            />
            <label htmlFor={archivedId}>{t("includeArchived")}</label>
          </div>
        </fieldset>
        <details className="rounded-md" open={filters.countries.length > 0}>
          <summary className="cursor-pointer text-sm font-medium text-slate-800">
            {t("countriesSummary", { count: filters.countries.length })}
          </summary>
          <div className="pt-2">
            <CountryMultiSelect
              value={filters.countries}
              onChange={(countries) => onChange({ countries })}
              labels={{
                legend: t("countries"),
                filter: t("countriesFilter"),
                selected: t("countriesSelected", { count: filters.countries.length }),
                remove: (country) => t("removeCountry", { country }),
              }}
            />
          </div>
        </details>
      </div>
      {hasFilters(filters) && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() =>
            onChange({
              ...DEFAULT_FILTERS,
              sort: filters.sort,
              direction: filters.direction,
              pageSize: filters.pageSize,
            })
          }
        >
          {t("clear")}
        </Button>
      )}
    </section>
  );
};
