/**
 * The suppliers module's data shapes: what a supplier or a site may hold (used by the
 * procedures, the forms and the spreadsheet importer, so a row is checked by the same rules as a
 * form) and the DTOs that go over the wire. Client-safe: no server code here.
 *
 * Issue messages are message keys, full paths in the catalogue: `validation.*` (shared, in
 * common.json) or `suppliers.validation.*` (this module's). `validationMessageKey()` in
 * ./validation-messages.ts turns any issue message into a typed key.
 */
import { z } from "zod";

import { isCountryCode } from "@/modules/reference/countries";

import { isicSectionOf, isIsicSection } from "./isic";

export const SUPPLIER_STATUSES = ["onboarding", "active", "suspended", "exited"] as const;
export const SITE_TYPES = [
  "factory",
  "farm",
  "mine",
  "vessel",
  "warehouse",
  "office",
  "worksite",
] as const;
export const ZSupplierStatusSchema = z.enum(SUPPLIER_STATUSES);
export const ZSiteTypeSchema = z.enum(SITE_TYPES);
export type TSupplierStatus = z.infer<typeof ZSupplierStatusSchema>;
export type TSiteType = z.infer<typeof ZSiteTypeSchema>;

export const MAX_PAGE_SIZE = 100;

// ─── Building blocks ───────────────────────────────────────────────────────────────────────────

/** Required text: trimmed, not blank. */
const requiredText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" });

/** Optional text: trimmed; blank, null and absent all mean "not given" (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .nullish()
    .transform((value) => (value ? value : null));

/** ISO 3166-1 alpha-2, in any case ("th" → "TH"). */
export const ZCountryCodeSchema = z
  .string({ error: "validation.countryCode" })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && isCountryCode(code), {
    error: "validation.countryCode",
  });

const optionalCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^[A-Z]{3}$/.test(value), {
    error: "validation.currencyCode",
  });

/** Decimal amounts travel as strings to keep their precision ("125000.50"). */
const optionalAmount = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value.replace(/[\s,]/g, "") : null))
  .refine((value) => value === null || /^\d{1,16}(\.\d{1,2})?$/.test(value), {
    error: "validation.amount",
  });

/**
 * A number that may be unknown: null, absent and blank mean unknown — never 0. Numeric strings
 * are accepted so that spreadsheet cells validate with the same rules ("45", "45 %").
 */
const optionalNumber = ({
  min,
  max,
  isInteger = false,
  error,
}: {
  min: number;
  max: number;
  isInteger?: boolean;
  error: string;
}) =>
  z
    .union([z.number(), z.string()], { error })
    .nullish()
    .transform((value, context) => {
      if (value === null || value === undefined) return null;
      const text = typeof value === "string" ? value.trim().replace(/\s*%$/, "") : null;
      if (text === "") return null;
      const number = text === null ? value : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      if (typeof number !== "number" || !Number.isFinite(number)) {
        context.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      if (isInteger && !Number.isInteger(number)) {
        context.addIssue({ code: "custom", message: "validation.wholeNumber" });
        return z.NEVER;
      }
      if (number < min || number > max) {
        context.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return number;
    });

/** Trimmed, without blanks, without repeats (compared case-insensitively; the first spelling wins). */
const textList = (maxItems: number, maxLength: number) =>
  z
    .array(z.string().trim().max(maxLength, { error: "validation.tooLong" }))
    .max(maxItems, { error: "suppliers.validation.tooMany" })
    .nullish()
    .transform((values) => {
      const seen = new Set<string>();
      const kept: string[] = [];
      for (const value of values ?? []) {
        const key = value.toLocaleLowerCase();
        if (value === "" || seen.has(key)) continue;
        seen.add(key);
        kept.push(value);
      }
      return kept;
    });

/** "www.example.com" or "https://example.com/about"; stored as given, matched by its domain. */
const optionalWebsite = optionalText(500).refine(
  (value) =>
    value === null ||
    (/^(https?:\/\/)?[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(value) && !/^[a-z]+:\/\/.*@/i.test(value)),
  { error: "suppliers.validation.website" },
);

const optionalBoolean = z
  .union([z.boolean(), z.enum(["yes", "no", "unknown", ""])])
  .nullish()
  .transform((value) => {
    if (value === "yes") return true;
    if (value === "no") return false;
    return typeof value === "boolean" ? value : null;
  });

// ─── Supplier ──────────────────────────────────────────────────────────────────────────────────

/**
 * A supplier's editable fields. Absent optional fields mean "not given"; updates send every
 * field (the edit form always does), so an absent field clears it.
 */
export const ZSupplierInputSchema = z
  .object({
    legalName: requiredText(300),
    otherNames: textList(50, 300),
    registrationId: optionalText(100),
    country: ZCountryCodeSchema,
    address: optionalText(1000),
    website: optionalWebsite,
    sectorSection: optionalText(1)
      .transform((value) => value?.toUpperCase() ?? null)
      .refine((value) => value === null || isIsicSection(value), {
        error: "suppliers.validation.sectorSection",
      }),
    sectorDivision: optionalText(2).refine((value) => value === null || isicSectionOf(value), {
      error: "suppliers.validation.sectorDivision",
    }),
    products: textList(100, 200),
    annualSpendAmount: optionalAmount,
    annualSpendCurrency: optionalCurrency,
    relationshipOwner: optionalText(200),
    status: ZSupplierStatusSchema.default("active"),
    /** Bought from directly (tier 1); otherwise the tier comes from the supply edges. */
    isDirect: z.boolean().default(true),
  })
  .refine(
    (value) =>
      value.sectorDivision === null ||
      value.sectorSection === null ||
      isicSectionOf(value.sectorDivision) === value.sectorSection,
    { error: "suppliers.validation.divisionNotInSection", path: ["sectorDivision"] },
  )
  .refine((value) => (value.annualSpendAmount === null) === (value.annualSpendCurrency === null), {
    error: "suppliers.validation.spendNeedsCurrency",
    path: ["annualSpendCurrency"],
  })
  // A division alone is enough: its section follows from it.
  .transform((value) => ({
    ...value,
    sectorSection:
      value.sectorSection ??
      (value.sectorDivision === null ? null : isicSectionOf(value.sectorDivision)),
    otherNames: value.otherNames.filter(
      (name) => name.toLocaleLowerCase() !== value.legalName.toLocaleLowerCase(),
    ),
  }));

export type TSupplierInput = z.output<typeof ZSupplierInputSchema>;
/** What a form or an import row may send (before trimming and defaults). */
export type TSupplierInputRaw = z.input<typeof ZSupplierInputSchema>;

// ─── Site ──────────────────────────────────────────────────────────────────────────────────────

const share = optionalNumber({ min: 0, max: 100, error: "suppliers.validation.share" });

/**
 * A site's editable fields, with its workforce profile. Unknown is null, never 0: a blank share
 * stays unknown.
 */
export const ZSiteInputSchema = z
  .object({
    name: requiredText(300),
    country: ZCountryCodeSchema,
    region: optionalText(200),
    address: optionalText(1000),
    latitude: optionalNumber({ min: -90, max: 90, error: "suppliers.validation.latitude" }),
    longitude: optionalNumber({ min: -180, max: 180, error: "suppliers.validation.longitude" }),
    siteType: ZSiteTypeSchema,
    headcount: optionalNumber({
      min: 0,
      max: 10_000_000,
      isInteger: true,
      error: "suppliers.validation.headcount",
    }),
    migrantShare: share,
    temporaryShare: share,
    seasonalShare: share,
    womenShare: share,
    youngWorkerShare: share,
    employerHousing: optionalBoolean,
  })
  .refine((value) => (value.latitude === null) === (value.longitude === null), {
    error: "suppliers.validation.coordinatesNeedBoth",
    path: ["longitude"],
  });

export type TSiteInput = z.output<typeof ZSiteInputSchema>;
export type TSiteInputRaw = z.input<typeof ZSiteInputSchema>;

// ─── Supply edge ───────────────────────────────────────────────────────────────────────────────

export const ZSupplyEdgeInputSchema = z.object({
  buyerSupplierId: z.uuid(),
  supplierId: z.uuid(),
  buyerSiteId: z
    .uuid()
    .nullish()
    .transform((value) => value ?? null),
  supplierSiteId: z
    .uuid()
    .nullish()
    .transform((value) => value ?? null),
  product: optionalText(200),
  since: z.coerce
    .date({ error: "suppliers.validation.date" })
    .nullish()
    .transform((value) => value ?? null),
});
export type TSupplyEdgeInput = z.output<typeof ZSupplyEdgeInputSchema>;
