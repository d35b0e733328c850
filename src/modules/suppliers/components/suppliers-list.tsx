"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";

import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { SortableTh } from "@/components/ui/sortable-th";
import { Table, Td, Th } from "@/components/ui/table";
import type { TSector } from "@/modules/reference/sectors";
import { useTRPC } from "@/trpc/react";

import type {
  TFindSuppliersRequest,
  TSupplierSortField,
} from "../procedures/find-suppliers.schema";
import { CountryName, Money, StatusBadge, TierLabel } from "./labels";
import { filtersFromParams, PAGE_SIZES, paramsFromFilters } from "./list-params";
import { RiskBadge } from "./risk-badge";
import { SupplierFilters } from "./supplier-filters";

const SORTABLE: { field: TSupplierSortField; labelKey: TSupplierSortField }[] = [
  { field: "legalName", labelKey: "legalName" },
  { field: "country", labelKey: "country" },
  { field: "riskScore", labelKey: "riskScore" },
  { field: "tier", labelKey: "tier" },
  { field: "status", labelKey: "status" },
  { field: "annualSpend", labelKey: "annualSpend" },
  { field: "createdAt", labelKey: "createdAt" },
];

/**
 * The suppliers table: search, filters, sortable columns and pages, all kept in the address.
 * The first page comes prefetched from the server; later ones keep the previous rows on screen
 * while loading.
 */
export const SuppliersList = ({ sectors }: { sectors: TSector[] }) => {
  const t = useTranslations("suppliers.list");
  const tErrors = useTranslations("errors.code");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(() => filtersFromParams(searchParams), [searchParams]);
  const query = useQuery({
    ...trpc.suppliers.findSuppliers.queryOptions(filters),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Partial<TFindSuppliersRequest>) => {
    const next = { ...filters, page: 1, ...patch };
    const queryString = paramsFromFilters(next);
    router.replace(queryString ? `${pathname}?${queryString}` : pathname, { scroll: false });
  };

  // Risk is most useful highest first, so its first click sorts descending.
  const firstDirection = (field: TSupplierSortField) => (field === "riskScore" ? "desc" : "asc");
  const sortBy = (field: TSupplierSortField) =>
    update({
      sort: field,
      direction:
        filters.sort === field
          ? filters.direction === "asc"
            ? "desc"
            : "asc"
          : firstDirection(field),
    });

  const sectionTitle = (section: string | null) =>
    sectors.find((sector) => sector.section === section)?.sectionTitle ?? section;
  const divisionTitle = (division: string | null) =>
    sectors.find((sector) => sector.division === division)?.divisionTitle ?? division;

  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className="space-y-4">
      <SupplierFilters filters={filters} sectors={sectors} onChange={update} />
      {query.isError && <Alert tone="error">{tErrors("INTERNAL")}</Alert>}
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="suppliers-total">
        {data ? t("total", { count: data.total }) : t("loading")}
      </p>
      <Table data-testid="suppliers-table" aria-busy={query.isFetching}>
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            {SORTABLE.map(({ field, labelKey }) => (
              <SortableTh
                key={field}
                direction={filters.sort === field ? filters.direction : null}
                onSort={() => sortBy(field)}
                sortHint={t("sortBy", { column: t(`columns.${labelKey}`) })}
              >
                {t(`columns.${labelKey}`)}
              </SortableTh>
            ))}
            <Th>{t("columns.sector")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data?.items.map((supplier) => (
            <tr key={supplier.id}>
              <Td>
                <Link
                  href={`/suppliers/${supplier.id}`}
                  className="font-medium text-teal-800 underline-offset-2 hover:underline"
                >
                  {supplier.legalName}
                </Link>
                {supplier.otherNames.length > 0 && (
                  <p className="text-xs text-slate-600">{supplier.otherNames.join(" · ")}</p>
                )}
                {supplier.archivedAt && <p className="text-xs text-slate-600">{t("archived")}</p>}
              </Td>
              <Td>
                <CountryName code={supplier.country} />
              </Td>
              <Td>
                <RiskBadge band={supplier.riskBand} score={supplier.riskScore} />
              </Td>
              <Td>
                <TierLabel tier={supplier.tier} short />
              </Td>
              <Td>
                <StatusBadge status={supplier.status} />
              </Td>
              <Td className="whitespace-nowrap">
                <Money
                  amount={supplier.annualSpendAmount}
                  currency={supplier.annualSpendCurrency}
                />
              </Td>
              <Td className="whitespace-nowrap">
                {format.dateTime(supplier.createdAt, { dateStyle: "medium" })}
              </Td>
              <Td className="text-xs">
                {supplier.sectorDivision
                  ? divisionTitle(supplier.sectorDivision)
                  : supplier.sectorSection
                    ? sectionTitle(supplier.sectorSection)
                    : ""}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {data && data.items.length === 0 && <p className="text-sm text-slate-700">{t("empty")}</p>}
      <p className="text-xs text-slate-600">{t("riskNotProof")}</p>
      {data && (
        <Pagination
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          pageSizes={PAGE_SIZES}
          labels={{
            navigation: t("pagination.label"),
            previous: t("pagination.previous"),
            next: t("pagination.next"),
            status: t("pagination.status", { page: data.page, pages, total: data.total }),
            pageSize: t("pagination.pageSize"),
          }}
          onPageChange={(page) => update({ page })}
          onPageSizeChange={(pageSize) => update({ pageSize })}
        />
      )}
    </div>
  );
};
