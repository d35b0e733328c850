"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";

import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName } from "@/modules/reference/countries";
import { useTRPC } from "@/trpc/react";

import { TipTierBadge } from "./labels";

/**
 * A country's TIP tier year by year as the organisation's risk scores read it (across its
 * editions): listed tiers, "Tier 1 or 2" where a year's list names only the Watch List, Tier 3
 * and Special Cases, and unknown where the sources cannot say. Shown when the search of a TIP
 * edition names a country.
 */
export const TipTierHistory = ({ country }: { country: string }) => {
  const t = useTranslations("reference.tipHistory");
  const tBasis = useTranslations("reference.tipBasis");
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.reference.getTipTierHistory.queryOptions({ country }));
  const history = query.data;
  if (!history?.country) return null;
  return (
    <Card data-testid="tip-history">
      <CardHeader
        title={t("title", { country: countryName(history.country, locale) })}
        description={t("description")}
      />
      <Table>
        <caption className="sr-only">
          {t("title", { country: countryName(history.country, locale) })}
        </caption>
        <thead>
          <tr>
            <Th>{t("year")}</Th>
            <Th>{t("tier")}</Th>
            <Th>{t("basis")}</Th>
            <Th>{t("edition")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {history.years.map((year) => (
            <tr key={year.reportYear} data-year={year.reportYear}>
              <Td>{year.reportYear}</Td>
              <Td>
                <TipTierBadge tier={year.tier} />
              </Td>
              <Td className="text-xs">{tBasis(year.basis)}</Td>
              <Td className="text-xs">{year.edition?.edition ?? ""}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
};
