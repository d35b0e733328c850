"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";

import { countryName } from "@/modules/reference/countries";

import type { TGraphLicence, TGraphRecruiter, TGraphSite, TGraphSupplier } from "../schemas";

export const supplierHref = (id: string): string => `/suppliers/${id}`;
export const recruiterHref = (id: string): string => `/recruiters/${id}`;

/** The words the graph and its tables use for the same things, in one place. */
export const useChainText = () => {
  const t = useTranslations("supplyChain");
  const format = useFormatter();
  const locale = useLocale();

  return useMemo(() => {
    const country = (code: string) => countryName(code, locale);
    const tier = (supplier: Pick<TGraphSupplier, "tier">) =>
      supplier.tier === null ? t("graph.noTier") : t("graph.tier", { tier: supplier.tier });
    const sector = (supplier: Pick<TGraphSupplier, "sectorSection" | "sectorDivision">) =>
      supplier.sectorSection === null
        ? null
        : `${supplier.sectorSection}${supplier.sectorDivision ?? ""}`;
    const status = (supplier: Pick<TGraphSupplier, "status" | "archived">) =>
      supplier.archived ? t("graph.archived") : t(`statuses.${supplier.status}`);
    const position = (level: number) =>
      level === 0
        ? t("graph.positionRoot")
        : level > 0
          ? t("graph.positionUpstream", { steps: level })
          : t("graph.positionDownstream", { steps: -level });
    const siteType = (site: Pick<TGraphSite, "siteType">) => t(`graph.siteTypes.${site.siteType}`);
    const headcount = (site: Pick<TGraphSite, "headcount">) =>
      site.headcount === null
        ? t("graph.headcountUnknown")
        : t("graph.headcount", { count: site.headcount });
    const migrantShare = (site: Pick<TGraphSite, "migrantShare">) =>
      site.migrantShare === null
        ? null
        : t("graph.migrantShare", {
            share: format.number(Number(site.migrantShare), { maximumFractionDigits: 1 }),
          });
    const recruiterType = (recruiter: Pick<TGraphRecruiter, "recruiterType">) =>
      t(`graph.recruiterTypes.${recruiter.recruiterType}`);
    const licence = (item: TGraphLicence) =>
      [
        t(`graph.licenceStatuses.${item.status}`),
        item.licenceNumber,
        item.issuingAuthority,
        item.validUntil === null ? null : `${t("graph.validUntil")} ${item.validUntil}`,
      ]
        .filter((part): part is string => part !== null && part !== "")
        .join(", ");
    const licences = (recruiter: Pick<TGraphRecruiter, "licences">) =>
      recruiter.licences.length === 0
        ? t("graph.noLicence")
        : recruiter.licences.map(licence).join("; ");
    const fees = (
      recruiter: Pick<TGraphRecruiter, "feePolicy" | "feeAmount" | "feeCurrency">,
    ): string => {
      const policy = t(`graph.feePolicies.${recruiter.feePolicy}`);
      if (
        recruiter.feePolicy !== "fees_charged" ||
        recruiter.feeAmount === null ||
        recruiter.feeCurrency === null
      ) {
        return policy;
      }
      return `${policy}: ${t("graph.feesAmount", {
        amount: format.number(Number(recruiter.feeAmount)),
        currency: recruiter.feeCurrency,
      })}`;
    };
    const flags = (recruiter: Pick<TGraphRecruiter, "flags">) =>
      recruiter.flags.length === 0
        ? t("graph.noFlags")
        : format.list(recruiter.flags.map((flag) => t(`graph.flags.${flag}`)));
    const countries = (codes: readonly string[]) =>
      codes.length === 0 ? t("graph.unknown") : format.list(codes.map(country));
    const workers = (link: { workersRecruited: number | null; year: number | null }) => {
      if (link.workersRecruited !== null && link.year !== null) {
        return t("graph.workersYearLabel", { workers: link.workersRecruited, year: link.year });
      }
      if (link.workersRecruited !== null) {
        return t("graph.workersLabel", { workers: link.workersRecruited });
      }
      return link.year === null ? null : t("graph.yearLabel", { year: link.year });
    };
    const housing = (site: Pick<TGraphSite, "employerHousing">) =>
      site.employerHousing === null
        ? t("graph.unknown")
        : site.employerHousing
          ? t("graph.yes")
          : t("graph.no");

    return {
      t,
      country,
      tier,
      sector,
      status,
      position,
      siteType,
      headcount,
      migrantShare,
      recruiterType,
      licences,
      fees,
      flags,
      countries,
      workers,
      housing,
    };
  }, [t, format, locale]);
};

export type ChainText = ReturnType<typeof useChainText>;
