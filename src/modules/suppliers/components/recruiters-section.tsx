"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

import type { TSiteRecruiter } from "../dto";
import { Unknown } from "./labels";

/** Licence states that call for attention (revoked, none, or not known). */
const FLAGGED = new Set(["revoked", "unlicensed", "unknown", "suspended", "expired"]);

/**
 * The labour recruiters the supplier's sites use, read-only: the links are managed on each
 * recruiter's page (/recruiters/[id]).
 */
export const RecruitersSection = ({ recruiters }: { recruiters: TSiteRecruiter[] }) => {
  const t = useTranslations("suppliers.recruiters");
  const tLicence = useTranslations("suppliers.recruiters.licence");
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      {recruiters.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <Table data-testid="site-recruiters-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <Th>{t("columns.recruiter")}</Th>
              <Th>{t("columns.site")}</Th>
              <Th>{t("columns.licence")}</Th>
              <Th>{t("columns.workers")}</Th>
              <Th>{t("columns.year")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {recruiters.map((link) => (
              <tr key={link.linkId}>
                <Td>
                  <Link
                    href={`/recruiters/${link.recruiterId}`}
                    className="font-medium text-teal-800 underline-offset-2 hover:underline"
                  >
                    {link.recruiterName}
                  </Link>
                </Td>
                <Td>{link.siteName}</Td>
                <Td>
                  {link.licenceStatuses.length === 0 ? (
                    <Badge tone="amber">{tLicence("none")}</Badge>
                  ) : (
                    <span className="flex flex-wrap gap-1">
                      {link.licenceStatuses.map((status) => (
                        <Badge key={status} tone={FLAGGED.has(status) ? "red" : "teal"}>
                          {tLicence(status)}
                        </Badge>
                      ))}
                    </span>
                  )}
                </Td>
                <Td>{link.workersRecruited ?? <Unknown />}</Td>
                <Td>{link.year ?? <Unknown />}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
};
