"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

import type { FieldErrors } from "@/components/forms/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { countryName } from "@/modules/reference/countries";
import { useTRPC } from "@/trpc/react";

import {
  ZSiteLinkDetailsInputSchema,
  type TRecruiterSiteLink,
  type TSiteLinkDetailsInput,
  type TSiteRef,
} from "../schemas";
import { fieldErrorsOf, useValidationMessage } from "./form-messages";
import { useDebounced, useNotice, useRefreshRecruiters } from "./hooks";

/** "" → null; digits → a number; anything else is passed on for the schema to refuse. */
const toNumberOrNull = (value: string): number | null | string => {
  const trimmed = value.replace(/[\s,]/g, "");
  if (trimmed === "") return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
};

const DetailsFields = ({
  workers,
  year,
  errors,
  onWorkers,
  onYear,
}: {
  workers: string;
  year: string;
  errors: FieldErrors;
  onWorkers: (value: string) => void;
  onYear: (value: string) => void;
}) => {
  const t = useTranslations("recruiters.sites");
  return (
    <>
      <Field label={t("workers")} error={errors.workersRecruited}>
        {(control) => (
          <Input
            {...control}
            inputMode="numeric"
            value={workers}
            onChange={(event) => onWorkers(event.target.value)}
          />
        )}
      </Field>
      <Field label={t("year")} error={errors.year}>
        {(control) => (
          <Input
            {...control}
            inputMode="numeric"
            value={year}
            onChange={(event) => onYear(event.target.value)}
          />
        )}
      </Field>
    </>
  );
};

const useDetails = (initial: { workersRecruited: number | null; year: number | null }) => {
  const translate = useValidationMessage();
  const [workers, setWorkers] = useState(initial.workersRecruited?.toString() ?? "");
  const [year, setYear] = useState(initial.year?.toString() ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const parse = (): TSiteLinkDetailsInput | null => {
    const parsed = ZSiteLinkDetailsInputSchema.safeParse({
      workersRecruited: toNumberOrNull(workers),
      year: toNumberOrNull(year),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(translate, parsed.error.issues));
      return null;
    }
    setErrors({});
    return parsed.data;
  };
  const reset = () => {
    setWorkers("");
    setYear("");
  };
  return { workers, year, errors, setWorkers, setYear, parse, reset };
};

/** Search box and results for picking one of the organisation's sites. */
const SitePicker = ({
  selected,
  onSelect,
}: {
  selected: TSiteRef | null;
  onSelect: (site: TSiteRef | null) => void;
}) => {
  const t = useTranslations("recruiters.sites");
  const locale = useLocale();
  const trpc = useTRPC();
  const resultsId = useId();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim());
  const results = useQuery({
    ...trpc.recruiters.searchSites.queryOptions({ q }),
    enabled: q.length >= 2 && selected === null,
  });

  if (selected) {
    return (
      <div className="flex flex-wrap items-center gap-3 md:col-span-3">
        <p className="text-sm text-slate-900" aria-live="polite">
          {t("selected", { site: selected.name, supplier: selected.supplierName })}
        </p>
        <Button variant="secondary" size="sm" onClick={() => onSelect(null)}>
          {t("change")}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-2 md:col-span-3">
      <Field label={t("search")} hint={t("searchHint")}>
        {(control) => (
          <Input
            {...control}
            type="search"
            value={text}
            aria-controls={resultsId}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div id={resultsId} aria-live="polite">
        {q.length >= 2 && results.data && results.data.length === 0 && (
          <p className="text-sm text-slate-700">{t("noMatch")}</p>
        )}
        {results.data && results.data.length > 0 && (
          <ul
            aria-label={t("results")}
            className="divide-y divide-slate-100 rounded-md border border-slate-200"
          >
            {results.data.map((site) => (
              <li key={site.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <span className="text-sm">
                  <span className="font-medium text-slate-900">{site.name}</span>{" "}
                  <span className="text-slate-700">
                    ({countryName(site.country, locale)}) — {site.supplierName}
                  </span>
                </span>
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={t("pick", { site: site.name, supplier: site.supplierName })}
                  onClick={() => onSelect(site)}
                >
                  {t("choose")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
};

const LinkSiteForm = ({
  recruiterId,
  onDone,
}: {
  recruiterId: string;
  onDone: (error: unknown) => void;
}) => {
  const t = useTranslations("recruiters.sites");
  const trpc = useTRPC();
  const [site, setSite] = useState<TSiteRef | null>(null);
  // A new picker (empty search) after each link.
  const [pickerKey, setPickerKey] = useState(0);
  const [siteError, setSiteError] = useState<string | null>(null);
  const details = useDetails({ workersRecruited: null, year: null });
  const link = useMutation(trpc.recruiters.linkSite.mutationOptions());
  const tValidation = useTranslations("validation");

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = details.parse();
    if (!site) setSiteError(tValidation("required"));
    if (!parsed || !site) return;
    setSiteError(null);
    try {
      await link.mutateAsync({ recruiterId, data: { siteId: site.id, ...parsed } });
      setSite(null);
      setPickerKey((key) => key + 1);
      details.reset();
      onDone(null);
    } catch (error) {
      onDone(error);
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate className="rounded-md border border-slate-200 p-4">
      <fieldset disabled={link.isPending} className="grid items-start gap-4 md:grid-cols-3">
        <legend className="mb-2 font-semibold text-slate-900">{t("link")}</legend>
        <SitePicker
          key={pickerKey}
          selected={site}
          onSelect={(picked) => {
            setSite(picked);
            setSiteError(null);
          }}
        />
        {siteError && (
          <p className="text-sm text-red-700 md:col-span-3" role="alert">
            {siteError}
          </p>
        )}
        <DetailsFields
          workers={details.workers}
          year={details.year}
          errors={details.errors}
          onWorkers={details.setWorkers}
          onYear={details.setYear}
        />
        <div className="self-end">
          <Button type="submit" disabled={link.isPending}>
            {t("link")}
          </Button>
        </div>
      </fieldset>
    </form>
  );
};

const EditLinkForm = ({
  link,
  onDone,
  onCancel,
}: {
  link: TRecruiterSiteLink;
  onDone: (error: unknown) => void;
  onCancel: () => void;
}) => {
  const t = useTranslations("recruiters.sites");
  const trpc = useTRPC();
  const details = useDetails(link);
  const update = useMutation(trpc.recruiters.updateSiteLink.mutationOptions());
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = details.parse();
    if (!parsed) return;
    try {
      await update.mutateAsync({ id: link.id, data: parsed });
      onDone(null);
    } catch (error) {
      onDone(error);
    }
  };
  return (
    <form onSubmit={handleSubmit} noValidate className="rounded-md border border-slate-200 p-4">
      <fieldset disabled={update.isPending} className="grid items-start gap-4 md:grid-cols-3">
        <legend className="mb-2 font-semibold text-slate-900">
          {t("editLabel", { site: link.site.name })}
        </legend>
        <DetailsFields
          workers={details.workers}
          year={details.year}
          errors={details.errors}
          onWorkers={details.setWorkers}
          onYear={details.setYear}
        />
        <div className="flex gap-2 self-end">
          <Button type="submit">{t("save")}</Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </div>
      </fieldset>
    </form>
  );
};

export const SiteLinksSection = ({
  recruiterId,
  siteLinks,
  isEditable,
}: {
  recruiterId: string;
  siteLinks: TRecruiterSiteLink[];
  isEditable: boolean;
}) => {
  const t = useTranslations("recruiters");
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshRecruiters();
  const { notice, succeed, fail, clear } = useNotice();
  const [editingId, setEditingId] = useState<string | null>(null);
  const unlink = useMutation(trpc.recruiters.unlinkSite.mutationOptions());
  const editing = siteLinks.find((link) => link.id === editingId) ?? null;

  const after = (success: string) => async (error: unknown) => {
    if (error) {
      fail(error);
      return;
    }
    await refresh();
    setEditingId(null);
    succeed(success);
  };

  return (
    <Card>
      <CardHeader title={t("sites.title")} description={t("sites.description")} />
      <div className="space-y-4">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        {siteLinks.length === 0 ? (
          <p className="text-sm text-slate-700">{t("sites.empty")}</p>
        ) : (
          <Table data-testid="site-links-table">
            <thead>
              <tr>
                <Th>{t("sites.site")}</Th>
                <Th>{t("sites.supplier")}</Th>
                <Th>{t("sites.country")}</Th>
                <Th className="text-right">{t("sites.workers")}</Th>
                <Th>{t("sites.year")}</Th>
                {isEditable && (
                  <Th>
                    <span className="sr-only">{t("sites.edit")}</span>
                  </Th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {siteLinks.map((link) => (
                <tr key={link.id}>
                  <Td className="font-medium">{link.site.name}</Td>
                  <Td>
                    <Link
                      href={`/suppliers/${link.site.supplierId}`}
                      className="text-teal-800 underline-offset-2 hover:underline"
                    >
                      {link.site.supplierName}
                    </Link>
                  </Td>
                  <Td>{countryName(link.site.country, locale)}</Td>
                  <Td className="text-right">
                    {link.workersRecruited?.toLocaleString(locale) ?? t("sites.unknown")}
                  </Td>
                  <Td>{link.year ?? t("sites.unknown")}</Td>
                  {isEditable && (
                    <Td className="text-right whitespace-nowrap">
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={t("sites.editLabel", { site: link.site.name })}
                        onClick={() => {
                          clear();
                          setEditingId(link.id);
                        }}
                      >
                        {t("sites.edit")}
                      </Button>
                      <ConfirmDialog
                        trigger={
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={t("sites.unlinkLabel", { site: link.site.name })}
                          >
                            {t("sites.unlink")}
                          </Button>
                        }
                        title={t("sites.unlinkTitle", { site: link.site.name })}
                        description={t("sites.unlinkDescription")}
                        confirmLabel={t("sites.unlink")}
                        cancelLabel={t("sites.cancel")}
                        onConfirm={() => {
                          clear();
                          void unlink
                            .mutateAsync({ id: link.id })
                            .then(
                              () => null,
                              (error: unknown) => error,
                            )
                            .then(after(t("sites.unlinked")));
                        }}
                      />
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {isEditable && editing && (
          <EditLinkForm
            key={editing.id}
            link={editing}
            onCancel={() => setEditingId(null)}
            onDone={after(t("sites.saved"))}
          />
        )}
        {isEditable && !editing && (
          <LinkSiteForm recruiterId={recruiterId} onDone={after(t("sites.linked"))} />
        )}
      </div>
    </Card>
  );
};
