"use client";

import Link from "next/link";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";

import type { TSupplierGraph } from "../schemas";
import { recruiterHref, supplierHref, useChainText, type ChainText } from "./chain-text";
import { downloadCsv, type CsvCell } from "./csv";
import { RecruiterFlagList } from "./recruiter-flags";

const LINK = "text-teal-800 underline underline-offset-2 hover:text-teal-900";

const Section = ({
  title,
  children,
  empty,
  isEmpty,
}: {
  title: string;
  children: ReactNode;
  empty: string;
  isEmpty: boolean;
}) => (
  <section className="space-y-2">
    <h3 className="text-base font-semibold text-slate-900">{title}</h3>
    {isEmpty ? <p className="text-sm text-slate-700">{empty}</p> : children}
  </section>
);

type LinkRow = { from: string; to: string; relation: string; details: string | null };

/** Every link of the graph as rows of text: supply, recruitment and sub-agent links. */
const linkRows = (graph: TSupplierGraph, text: ChainText): LinkRow[] => {
  const supplierName = new Map(graph.suppliers.map((s) => [s.id, s.legalName]));
  const siteName = new Map(graph.sites.map((s) => [s.id, s.name]));
  const recruiterName = new Map(graph.recruiters.map((r) => [r.id, r.name]));
  const t = text.t;
  return [
    ...graph.supplyEdges.map((edge) => ({
      from: supplierName.get(edge.supplierId) ?? "",
      to: supplierName.get(edge.buyerSupplierId) ?? "",
      relation: t("graph.relationSupplies"),
      details:
        [edge.product, edge.since === null ? null : t("graph.since", { date: edge.since })]
          .filter((part) => part !== null)
          .join(", ") || null,
    })),
    ...graph.recruiterSiteLinks.map((link) => ({
      from: recruiterName.get(link.recruiterId) ?? "",
      to: siteName.get(link.siteId) ?? "",
      relation: t("graph.relationRecruits"),
      details: text.workers(link),
    })),
    ...graph.recruiterEdges.map((edge) => ({
      from: recruiterName.get(edge.recruiterId) ?? "",
      to: recruiterName.get(edge.subAgentId) ?? "",
      relation: t("graph.relationSubAgent"),
      details: null,
    })),
  ];
};

/**
 * The same suppliers, sites, recruiters and links as the graph, as tables (for screen readers,
 * keyboard users, and anyone who wants to read or download rather than look), each name a link.
 */
export const ChainTables = ({ graph, headingId }: { graph: TSupplierGraph; headingId: string }) => {
  const text = useChainText();
  const t = text.t;
  const supplierName = new Map(graph.suppliers.map((s) => [s.id, s.legalName]));
  const links = linkRows(graph, text);

  const downloadNodes = () => {
    const rows: CsvCell[][] = [
      [
        t("graph.csvKind"),
        t("graph.csvId"),
        t("graph.columnName"),
        t("graph.columnCountry"),
        t("graph.columnPosition"),
        t("graph.columnType"),
        t("graph.columnDetails"),
        t("graph.columnFlags"),
      ],
      ...graph.suppliers.map((s) => [
        t("graph.kindSupplier"),
        s.id,
        s.legalName,
        s.country,
        text.position(s.level),
        text.sector(s),
        `${text.tier(s)}; ${text.status(s)}`,
        null,
      ]),
      ...graph.sites.map((s) => [
        t("graph.kindSite"),
        s.id,
        s.name,
        s.country,
        supplierName.get(s.supplierId) ?? null,
        text.siteType(s),
        [text.headcount(s), text.migrantShare(s)].filter((part) => part !== null).join("; "),
        null,
      ]),
      ...graph.recruiters.map((r) => [
        t("graph.kindRecruiter"),
        r.id,
        r.name,
        r.countries.join(" "),
        null,
        text.recruiterType(r),
        `${text.licences(r)}; ${text.fees(r)}`,
        r.flags.length === 0 ? null : text.flags(r),
      ]),
    ];
    downloadCsv("supply-chain-nodes.csv", rows);
  };
  const downloadLinks = () =>
    downloadCsv("supply-chain-links.csv", [
      [
        t("graph.columnFrom"),
        t("graph.columnRelation"),
        t("graph.columnTo"),
        t("graph.columnDetails"),
      ],
      ...links.map((row) => [row.from, row.relation, row.to, row.details]),
    ]);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} tabIndex={-1} className="text-lg font-semibold text-slate-900">
          {t("graph.tablesTitle")}
        </h2>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={downloadNodes}>
            {t("graph.downloadNodesCsv")}
          </Button>
          <Button variant="secondary" size="sm" onClick={downloadLinks}>
            {t("graph.downloadLinksCsv")}
          </Button>
        </div>
      </div>

      <Section title={t("graph.suppliersTable")} empty={t("graph.noLinks")} isEmpty={false}>
        <Table data-testid="chain-suppliers-table">
          <thead>
            <tr>
              <Th>{t("graph.columnName")}</Th>
              <Th>{t("graph.columnPosition")}</Th>
              <Th>{t("graph.columnTier")}</Th>
              <Th>{t("graph.columnCountry")}</Th>
              <Th>{t("graph.columnSector")}</Th>
              <Th>{t("graph.columnStatus")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {graph.suppliers.map((s) => (
              <tr key={s.id}>
                <Td>
                  <Link href={supplierHref(s.id)} className={LINK}>
                    {s.legalName}
                  </Link>
                </Td>
                <Td>{text.position(s.level)}</Td>
                <Td>{text.tier(s)}</Td>
                <Td>{text.country(s.country)}</Td>
                <Td>{text.sector(s) ?? t("graph.unknown")}</Td>
                <Td>{text.status(s)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>

      <Section
        title={t("graph.sitesTable")}
        empty={t("graph.noSites")}
        isEmpty={graph.sites.length === 0}
      >
        <Table data-testid="chain-sites-table">
          <thead>
            <tr>
              <Th>{t("graph.columnName")}</Th>
              <Th>{t("graph.columnSupplier")}</Th>
              <Th>{t("graph.columnType")}</Th>
              <Th>{t("graph.columnCountry")}</Th>
              <Th className="text-right">{t("graph.columnHeadcount")}</Th>
              <Th className="text-right">{t("graph.columnMigrantShare")}</Th>
              <Th>{t("graph.columnHousing")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {graph.sites.map((s) => (
              <tr key={s.id}>
                <Td>{s.name}</Td>
                <Td>
                  <Link href={supplierHref(s.supplierId)} className={LINK}>
                    {supplierName.get(s.supplierId)}
                  </Link>
                </Td>
                <Td>{text.siteType(s)}</Td>
                <Td>
                  {s.region ? `${text.country(s.country)}, ${s.region}` : text.country(s.country)}
                </Td>
                <Td className="text-right tabular-nums">{text.headcount(s)}</Td>
                <Td className="text-right tabular-nums">
                  {text.migrantShare(s) ?? t("graph.unknown")}
                </Td>
                <Td>{text.housing(s)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>

      <Section
        title={t("graph.recruitersTable")}
        empty={t("graph.noRecruiters")}
        isEmpty={graph.recruiters.length === 0}
      >
        <Table data-testid="chain-recruiters-table">
          <thead>
            <tr>
              <Th>{t("graph.columnName")}</Th>
              <Th>{t("graph.columnType")}</Th>
              <Th>{t("graph.columnCountries")}</Th>
              <Th>{t("graph.columnLicence")}</Th>
              <Th>{t("graph.columnFees")}</Th>
              <Th>{t("graph.columnFlags")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {graph.recruiters.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={recruiterHref(r.id)} className={LINK}>
                    {r.name}
                  </Link>
                </Td>
                <Td>{text.recruiterType(r)}</Td>
                <Td>{text.countries(r.countries)}</Td>
                <Td className="min-w-48">{text.licences(r)}</Td>
                <Td>{text.fees(r)}</Td>
                <Td>
                  <RecruiterFlagList flags={r.flags} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>

      <Section
        title={t("graph.linksTable")}
        empty={t("graph.noLinks")}
        isEmpty={links.length === 0}
      >
        <Table data-testid="chain-links-table">
          <thead>
            <tr>
              <Th>{t("graph.columnFrom")}</Th>
              <Th>{t("graph.columnRelation")}</Th>
              <Th>{t("graph.columnTo")}</Th>
              <Th>{t("graph.columnDetails")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {links.map((row, index) => (
              <tr key={index}>
                <Td>{row.from}</Td>
                <Td>{row.relation}</Td>
                <Td>{row.to}</Td>
                <Td>{row.details ?? ""}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>
    </div>
  );
};
