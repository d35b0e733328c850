"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { SortableTh } from "@/components/ui/sortable-th";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName, countryOptions } from "@/modules/reference/countries";
import { formatMoney } from "@/modules/reference/currencies";
import { useTRPC } from "@/trpc/react";

import {
  FEE_POLICIES,
  RECRUITER_FLAG_FILTERS,
  RECRUITER_STATUS_FILTERS,
  RECRUITER_TYPES,
  type TFindRecruitersInput,
  type TRecruiterListItem,
} from "../schemas";
import { FlagBadges } from "./flag-badges";
import { findInputFromParams, PAGE_SIZES, paramsFromFindInput } from "./list-params";

type Filters = Pick<
  TFindRecruitersInput,
  "q" | "country" | "type" | "flag" | "feePolicy" | "status"
>;

/** The filter form's values, as the selects hold them ("" = any). */
type FilterValues = Record<keyof Filters, string>;

const toFilterValues = (input: TFindRecruitersInput): FilterValues => ({
  q: input.q ?? "",
  country: input.country ?? "",
  type: input.type ?? "",
  flag: input.flag ?? "",
  feePolicy: input.feePolicy ?? "",
  status: input.status,
});

/**
 * The recruiter list: filters, sortable columns and pages, all in the address. Changing them
 * updates the address with the History API (Next keeps useSearchParams in step) and refetches
 * only the list, keeping the previous page on screen meanwhile.
 */
export const RecruiterList = ({ canEdit }: { canEdit: boolean }) => {
  const t = useTranslations("recruiters");
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const input = useMemo(
    () => findInputFromParams((name) => searchParams.get(name)),
    [searchParams],
  );
  const { data, isFetching } = useQuery({
    ...trpc.recruiters.findRecruiters.queryOptions(input),
    placeholderData: keepPreviousData,
  });

  const navigate = (next: TFindRecruitersInput) => {
    const query = paramsFromFindInput(next);
    window.history.pushState(null, "", query ? `/recruiters?${query}` : "/recruiters");
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("description")}</p>
        </div>
        {canEdit && (
          <Button asChild>
            <Link href="/recruiters/new">{t("new")}</Link>
          </Button>
        )}
      </div>
      <Card>
        <FilterForm
          key={searchParams.toString()}
          input={input}
          onApply={(filters) => navigate({ ...input, ...filters, page: 1 })}
          onClear={() => navigate({ ...input, ...CLEARED, page: 1 })}
        />
      </Card>
      <Card aria-busy={isFetching}>
        {data ? (
          <Results
            input={input}
            items={data.items}
            total={data.total}
            onNavigate={navigate}
            hasFilters={
              input.status !== "active" ||
              [input.q, input.country, input.type, input.flag, input.feePolicy].some(
                (value) => value !== null,
              )
            }
          />
        ) : (
          <p className="text-sm text-slate-600">{t("list.loading")}</p>
        )}
      </Card>
    </div>
  );
};

const CLEARED: Filters = {
  q: null,
  country: null,
  type: null,
  flag: null,
  feePolicy: null,
  status: "active",
};

const FilterForm = ({
  input,
  onApply,
  onClear,
}: {
  input: TFindRecruitersInput;
  onApply: (filters: Filters) => void;
  onClear: () => void;
}) => {
  const t = useTranslations("recruiters");
  const locale = useLocale();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const [values, setValues] = useState<FilterValues>(() => toFilterValues(input));
  const set = (field: keyof FilterValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The same parser as the address: an odd value falls back to "any".
    const fields = new Map<string, string>(Object.entries(values));
    const parsed = findInputFromParams((name) => {
      const value = fields.get(name);
      return value === undefined || value === "" ? null : value;
    });
    onApply({
      q: parsed.q,
      country: parsed.country,
      type: parsed.type,
      flag: parsed.flag,
      feePolicy: parsed.feePolicy,
      status: parsed.status,
    });
  };

  return (
    <form
      role="search"
      onSubmit={handleSubmit}
      className="space-y-4"
      aria-label={t("list.filtersLabel")}
    >
      <div className="grid gap-4 md:grid-cols-3">
        <Field label={t("list.search")} hint={t("list.searchHint")}>
          {(control) => (
            <Input {...control} type="search" name="q" value={values.q} onChange={set("q")} />
          )}
        </Field>
        <Field label={t("list.country")}>
          {(control) => (
            <Select {...control} name="country" value={values.country} onChange={set("country")}>
              <option value="">{t("list.any")}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("list.type")}>
          {(control) => (
            <Select {...control} name="type" value={values.type} onChange={set("type")}>
              <option value="">{t("list.any")}</option>
              {RECRUITER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("list.flag")}>
          {(control) => (
            <Select {...control} name="flag" value={values.flag} onChange={set("flag")}>
              <option value="">{t("list.any")}</option>
              {RECRUITER_FLAG_FILTERS.map((flag) => (
                <option key={flag} value={flag}>
                  {flag === "any" ? t("list.anyFlag") : t(`flags.${flag}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("list.feePolicy")}>
          {(control) => (
            <Select
              {...control}
              name="feePolicy"
              value={values.feePolicy}
              onChange={set("feePolicy")}
            >
              <option value="">{t("list.any")}</option>
              {FEE_POLICIES.map((policy) => (
                <option key={policy} value={policy}>
                  {t(`feePolicies.${policy}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("list.status")}>
          {(control) => (
            <Select {...control} name="status" value={values.status} onChange={set("status")}>
              {RECRUITER_STATUS_FILTERS.map((status) => (
                <option key={status} value={status}>
                  {t(
                    status === "active"
                      ? "list.statusActive"
                      : status === "archived"
                        ? "list.statusArchived"
                        : "list.statusAll",
                  )}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("list.apply")}</Button>
        <Button variant="secondary" onClick={onClear}>
          {t("list.clear")}
        </Button>
      </div>
    </form>
  );
};

type SortKey = TFindRecruitersInput["sort"];

const Results = ({
  input,
  items,
  total,
  hasFilters,
  onNavigate,
}: {
  input: TFindRecruitersInput;
  items: TRecruiterListItem[];
  total: number;
  hasFilters: boolean;
  onNavigate: (input: TFindRecruitersInput) => void;
}) => {
  const t = useTranslations("recruiters");
  const format = useFormatter();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / input.pageSize));
  const directionOf = (sort: SortKey) => (input.sort === sort ? input.direction : null);
  // A second click on the sorted column reverses it; another column starts ascending.
  const sortBy = (sort: SortKey) => () =>
    onNavigate({
      ...input,
      sort,
      direction: input.sort === sort && input.direction === "asc" ? "desc" : "asc",
      page: 1,
    });

  if (total === 0) {
    return <Alert tone="info">{hasFilters ? t("list.empty") : t("list.emptyAll")}</Alert>;
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("list.results", { total })}
      </p>
      {items.some((item) => item.flags.length > 0) && (
        <p className="text-sm text-slate-700">{t("list.flagsNote")}</p>
      )}
      <Table data-testid="recruiters-table">
        <caption className="sr-only">{t("list.tableCaption", { page: input.page, pages })}</caption>
        <thead>
          <tr>
            <SortableTh
              direction={directionOf("name")}
              onSort={sortBy("name")}
              sortHint={t("list.sortByName")}
            >
              {t("list.name")}
            </SortableTh>
            <Th>{t("flags.label")}</Th>
            <Th>{t("list.countries")}</Th>
            <Th>{t("list.corridors")}</Th>
            <Th>{t("list.fees")}</Th>
            <Th className="text-right">{t("list.sites")}</Th>
            <SortableTh
              direction={directionOf("updatedAt")}
              onSort={sortBy("updatedAt")}
              sortHint={t("list.sortByUpdatedAt")}
            >
              {t("list.updatedAt")}
            </SortableTh>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.id}>
              <Td>
                <Link
                  href={`/recruiters/${item.id}`}
                  className="font-medium text-teal-800 underline-offset-2 hover:underline"
                >
                  {item.name}
                </Link>
                <div className="mt-1 flex flex-wrap gap-1 text-xs text-slate-600">
                  {t(`types.${item.recruiterType}`)}
                  {item.archivedAt && <Badge>{t("list.archived")}</Badge>}
                </div>
              </Td>
              <Td>
                <FlagBadges flags={item.flags} />
              </Td>
              <Td>{item.countries.map((code) => countryName(code, locale)).join(", ")}</Td>
              <Td>
                {item.corridors
                  .map((corridor) =>
                    t("corridors.route", {
                      origin: countryName(corridor.originCountry, locale),
                      destination: countryName(corridor.destinationCountry, locale),
                    }),
                  )
                  .join("; ")}
              </Td>
              <Td>
                {item.feePolicy === "fees_charged" && item.feeAmount && item.feeCurrency
                  ? `${t("feePolicies.fees_charged")} (${formatMoney(item.feeAmount, item.feeCurrency, locale)})`
                  : t(`feePolicies.${item.feePolicy}`)}
              </Td>
              <Td className="text-right">{item.siteCount}</Td>
              <Td className="whitespace-nowrap">
                {format.dateTime(item.updatedAt, { dateStyle: "medium" })}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination
        page={input.page}
        pageSize={input.pageSize}
        total={total}
        pageSizes={PAGE_SIZES}
        labels={{
          navigation: t("pagination.label"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          status: t("pagination.status", { page: input.page, pages, total }),
          pageSize: t("pagination.pageSize"),
        }}
        onPageChange={(page) => onNavigate({ ...input, page })}
        onPageSizeChange={(pageSize) => onNavigate({ ...input, pageSize, page: 1 })}
      />
    </div>
  );
};
