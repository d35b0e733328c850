"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { z } from "zod";

import { Alert } from "@/components/ui/alert";
import { useTRPC } from "@/trpc/react";

import type { TSupplierMatch } from "../dto";
import { CountryName } from "./labels";
import { ReasonList } from "./reason-list";

const DEBOUNCE_MS = 400;

/** The value once it has stopped changing for `delayMs`. */
const useSettled = (value: string, delayMs: number): string => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
};

const MatchLine = ({ match }: { match: TSupplierMatch }) => {
  const t = useTranslations("suppliers.duplicates");
  return (
    <li className="space-y-1">
      <Link
        href={`/suppliers/${match.supplier.id}`}
        target="_blank"
        className="font-medium text-teal-800 underline underline-offset-2"
      >
        {match.supplier.legalName}
      </Link>{" "}
      <span className="text-slate-700">
        (<CountryName code={match.supplier.country} />) ·{" "}
        {t("score", { score: Math.round(match.score * 100) })}
      </span>
      <ReasonList reasons={match.reasons} />
    </li>
  );
};

/**
 * Shown under the name while the user types: the supplier that saving would merge into (an exact
 * duplicate), and others that look alike, so they can open them before creating a new record.
 */
export const DuplicateHints = ({
  legalName,
  country,
  registrationId,
  website,
  excludeSupplierId,
}: {
  legalName: string;
  country: string;
  registrationId: string;
  website: string;
  excludeSupplierId: string | null;
}) => {
  const t = useTranslations("suppliers.duplicates");
  const trpc = useTRPC();
  const key = useSettled(
    JSON.stringify([legalName.trim(), country, registrationId.trim(), website.trim()]),
    DEBOUNCE_MS,
  );
  const [name = "", countryCode = "", registration = "", site = ""] = z
    .array(z.string())
    .parse(JSON.parse(key));
  const isReady = name.length >= 2 && /^[A-Z]{2}$/.test(countryCode);
  const check = useQuery({
    ...trpc.suppliers.checkSupplierDuplicates.queryOptions({
      legalName: name || "-",
      country: countryCode || "GB",
      registrationId: registration || null,
      website: site || null,
      excludeSupplierId,
    }),
    enabled: isReady,
  });
  if (!isReady || !check.data) return null;
  const { exact, likely } = check.data;
  if (!exact && likely.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="duplicate-hints">
      {exact && (
        <Alert tone="warning" title={t("exactTitle")}>
          <p>
            {excludeSupplierId
              ? t("exactOnEdit", { name: exact.supplier.legalName })
              : t("exactOnCreate", { name: exact.supplier.legalName })}
          </p>
          <ul className="mt-2">
            <MatchLine match={exact} />
          </ul>
        </Alert>
      )}
      {likely.length > 0 && (
        <Alert tone="info" title={t("likelyTitle", { count: likely.length })}>
          <p>{t("likelyHint")}</p>
          <ul className="mt-2 space-y-2">
            {likely.map((match) => (
              <MatchLine key={match.supplier.id} match={match} />
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
};
