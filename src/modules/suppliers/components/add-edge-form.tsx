"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { SearchBox } from "@/components/ui/search-box";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TSupplierDetail } from "../dto";
import { CountryName, TierLabel } from "./labels";

type Direction = "upstream" | "downstream";

/** Picks another supplier by name: a search box and the matches as radio buttons. */
const SupplierPicker = ({
  excludeId,
  value,
  onChange,
}: {
  excludeId: string;
  value: string | null;
  onChange: (supplierId: string) => void;
}) => {
  const t = useTranslations("suppliers.chain.add");
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const results = useQuery({
    ...trpc.suppliers.findSuppliers.queryOptions({ q, pageSize: 8 }),
    enabled: q.trim().length >= 2,
  });
  const matches = (results.data?.items ?? []).filter((item) => item.id !== excludeId);
  return (
    <div className="space-y-2">
      <SearchBox label={t("search")} value={q} onSearch={setQ} delayMs={250} />
      {q.trim().length >= 2 && results.data && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("matches")}</legend>
          {matches.length === 0 && <p className="text-sm text-slate-700">{t("noMatches")}</p>}
          {matches.map((item) => (
            <label key={item.id} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="other-supplier"
                value={item.id}
                checked={value === item.id}
                onChange={() => onChange(item.id)}
              />
              <span>
                {item.legalName} (<CountryName code={item.country} />) ·{" "}
                <TierLabel tier={item.tier} short />
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
};

/**
 * Adds a supply link from this supplier's page: either a sub-supplier it buys from (upstream) or
 * a buyer that buys from it (downstream), optionally narrowed to the sites involved, with the
 * product and since when. Cycles and repeats are refused by the server with a clear message.
 */
export const AddEdgeForm = ({
  detail,
  onDone,
  onSaved,
}: {
  detail: TSupplierDetail;
  onDone: () => void;
  onSaved: () => Promise<void>;
}) => {
  const t = useTranslations("suppliers.chain.add");
  const tErrors = useTranslations("errors.code");
  const trpc = useTRPC();
  const directionName = useId();
  const [direction, setDirection] = useState<Direction>("upstream");
  const [otherId, setOtherId] = useState<string | null>(null);
  const [ownSiteId, setOwnSiteId] = useState("");
  const [otherSiteId, setOtherSiteId] = useState("");
  const [product, setProduct] = useState("");
  const [since, setSince] = useState("");
  const [error, setError] = useState<string | null>(null);
  const other = useQuery({
    ...trpc.suppliers.getSupplier.queryOptions({ id: otherId ?? "" }),
    enabled: otherId !== null,
  });
  const create = useMutation(trpc.suppliers.createSupplyEdge.mutationOptions());
  const ownSites = detail.sites.filter((site) => !site.archivedAt);
  const otherSites = (other.data?.sites ?? []).filter((site) => !site.archivedAt);
  const self = detail.supplier.id;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!otherId) {
      setError(t("pickSupplier"));
      return;
    }
    const isUpstream = direction === "upstream";
    try {
      await create.mutateAsync({
        buyerSupplierId: isUpstream ? self : otherId,
        supplierId: isUpstream ? otherId : self,
        buyerSiteId: (isUpstream ? ownSiteId : otherSiteId) || null,
        supplierSiteId: (isUpstream ? otherSiteId : ownSiteId) || null,
        product: product || null,
        since: since ? new Date(`${since}T00:00:00Z`) : null,
      });
      await onSaved();
      onDone();
    } catch (cause) {
      setError(appErrorOf(cause)?.userMessage ?? tErrors("INTERNAL"));
    }
  };

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label={t("title")}
      className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4"
    >
      {error && <Alert tone="error">{error}</Alert>}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("direction")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={directionName}
            checked={direction === "upstream"}
            onChange={() => setDirection("upstream")}
          />
          {t("upstream", { name: detail.supplier.legalName })}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={directionName}
            checked={direction === "downstream"}
            onChange={() => setDirection("downstream")}
          />
          {t("downstream", { name: detail.supplier.legalName })}
        </label>
      </fieldset>
      <SupplierPicker
        excludeId={self}
        value={otherId}
        onChange={(id) => {
          setOtherId(id);
          setOtherSiteId("");
        }}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Field label={t("ownSite", { name: detail.supplier.legalName })}>
          {(control) => (
            <Select
              {...control}
              value={ownSiteId}
              onChange={(event) => setOwnSiteId(event.target.value)}
            >
              <option value="">{t("anySite")}</option>
              {ownSites.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("otherSite")}>
          {(control) => (
            <Select
              {...control}
              value={otherSiteId}
              disabled={!otherId}
              onChange={(event) => setOtherSiteId(event.target.value)}
            >
              <option value="">{t("anySite")}</option>
              {otherSites.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("product")}>
          {(control) => (
            <Input
              {...control}
              value={product}
              onChange={(event) => setProduct(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("since")}>
          {(control) => (
            <Input
              {...control}
              type="date"
              value={since}
              onChange={(event) => setSince(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="flex gap-3">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t("saving") : t("submit")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
};
