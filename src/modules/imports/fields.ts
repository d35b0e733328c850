/**
 * The fields a spreadsheet column can be mapped to, per kind of record imported, with the words
 * that recognise them in a header. Client-safe (the mapping form uses it); labels and help texts
 * are in messages/en/imports.json under `imports.fields.<entity>.<field>`, and the labels are
 * also the column headers of exports and templates, so an export maps itself.
 */
import { z } from "zod";

export const IMPORT_ENTITIES = ["suppliers", "sites", "recruiters"] as const;
export const ZImportEntitySchema = z.enum(IMPORT_ENTITIES);
export type ImportEntity = z.infer<typeof ZImportEntitySchema>;

/** How a cell's text is read. */
export type FieldKind =
  | "text"
  | "list"
  | "country"
  | "countryList"
  | "amount"
  | "number"
  | "integer"
  | "percent"
  | "yesNo"
  | "enum"
  | "sector"
  | "currency"
  | "date"
  | "corridors"
  | "website";

export type FieldDefinition = {
  key: string;
  kind: FieldKind;
  required: boolean;
  /** Header words that mean this field, besides its label (compared folded, see foldHeader). */
  synonyms: readonly string[];
};

const field = (
  key: string,
  kind: FieldKind,
  synonyms: readonly string[],
  required = false,
): FieldDefinition => ({ key, kind, required, synonyms });

export const SUPPLIER_FIELD_KEYS = [
  "legalName",
  "otherNames",
  "registrationId",
  "country",
  "address",
  "website",
  "sector",
  "products",
  "annualSpend",
  "currency",
  "relationshipOwner",
  "status",
  "isDirect",
] as const;

export const SITE_FIELD_KEYS = [
  "supplierRegistrationId",
  "supplierLegalName",
  "supplierCountry",
  "name",
  "country",
  "region",
  "address",
  "latitude",
  "longitude",
  "siteType",
  "headcount",
  "migrantShare",
  "temporaryShare",
  "seasonalShare",
  "womenShare",
  "youngWorkerShare",
  "employerHousing",
] as const;

export const RECRUITER_FIELD_KEYS = [
  "name",
  "recruiterType",
  "countries",
  "feePolicy",
  "feeAmount",
  "feeCurrency",
  "website",
  "licenceNumber",
  "issuingAuthority",
  "issuingCountry",
  "licenceStatus",
  "validFrom",
  "validUntil",
  "corridors",
] as const;

export type SupplierFieldKey = (typeof SUPPLIER_FIELD_KEYS)[number];
export type SiteFieldKey = (typeof SITE_FIELD_KEYS)[number];
export type RecruiterFieldKey = (typeof RECRUITER_FIELD_KEYS)[number];

const REGISTRATION_SYNONYMS = [
  "registration id",
  "registration no",
  "registration number",
  "reg no",
  "company number",
  "company registration number",
  "company reg no",
  "business registration number",
  "tax id",
  "tax number",
  "tax identification number",
  "tin",
  "vat",
  "vat id",
  "vat no",
  "vat number",
  "vat registration number",
  "ein",
  "gst number",
  "gstin",
  "uscc",
  "unified social credit code",
  "npwp",
  "cnpj",
  "siren",
  "siret",
  "nif",
  "ruc",
  "rfc",
  "abn",
  "duns",
  "duns number",
  "company id",
  "business id",
  "legal entity identifier",
  "lei",
];

const SUPPLIER_FIELDS: Record<SupplierFieldKey, FieldDefinition> = {
  legalName: field(
    "legalName",
    "text",
    [
      "legal name",
      "supplier",
      "supplier name",
      "supplier legal name",
      "vendor",
      "vendor name",
      "company",
      "company name",
      "legal entity",
      "legal entity name",
      "entity name",
      "name",
      "business name",
      "organisation",
      "organisation name",
      "organization",
      "organization name",
      "manufacturer",
      "firm",
      "registered name",
    ],
    true,
  ),
  otherNames: field("otherNames", "list", [
    "other names",
    "other name",
    "trading name",
    "trading names",
    "trade name",
    "dba",
    "doing business as",
    "aka",
    "also known as",
    "alias",
    "aliases",
    "former names",
    "local name",
    "name in local language",
  ]),
  registrationId: field("registrationId", "text", REGISTRATION_SYNONYMS),
  country: field(
    "country",
    "country",
    [
      "country",
      "country region",
      "country or region",
      "country code",
      "iso country",
      "country iso",
      "nation",
      "supplier country",
      "vendor country",
      "hq country",
      "country of incorporation",
      "country of registration",
    ],
    true,
  ),
  address: field("address", "text", [
    "address",
    "street address",
    "full address",
    "registered address",
    "head office address",
    "headquarters address",
    "postal address",
  ]),
  website: field("website", "website", [
    "website",
    "web site",
    "web",
    "url",
    "homepage",
    "home page",
    "web address",
    "domain",
  ]),
  sector: field("sector", "sector", [
    "sector",
    "isic",
    "isic code",
    "isic rev 4",
    "isic sector",
    "isic division",
    "isic section",
    "industry",
    "industry code",
    "nace",
    "nace code",
    "activity",
    "business activity",
  ]),
  products: field("products", "list", [
    "products",
    "product",
    "commodities",
    "commodity",
    "goods",
    "materials",
    "raw materials",
    "items",
    "category",
    "product category",
    "what we buy",
  ]),
  annualSpend: field("annualSpend", "amount", [
    "annual spend",
    "spend",
    "annual spend amount",
    "spend amount",
    "yearly spend",
    "total spend",
    "purchase volume",
    "purchases",
    "annual purchases",
    "amount",
  ]),
  currency: field("currency", "currency", [
    "currency",
    "spend currency",
    "currency code",
    "ccy",
    "annual spend currency",
  ]),
  relationshipOwner: field("relationshipOwner", "text", [
    "relationship owner",
    "owner",
    "buyer",
    "account owner",
    "supplier manager",
    "relationship manager",
    "category manager",
    "responsible",
    "contact person",
  ]),
  status: field("status", "enum", ["status", "supplier status", "vendor status", "state"]),
  isDirect: field("isDirect", "yesNo", [
    "direct supplier",
    "direct",
    "is direct",
    "tier 1",
    "tier one",
    "first tier",
  ]),
};

const SHARE_WORDS = (subject: string, extra: readonly string[] = []) => [
  `${subject} share`,
  `${subject} %`,
  `${subject} percent`,
  `${subject} percentage`,
  `share of ${subject}`,
  `share ${subject}`,
  `% ${subject}`,
  `percent ${subject}`,
  ...extra,
];

const SITE_FIELDS: Record<SiteFieldKey, FieldDefinition> = {
  supplierRegistrationId: field(
    "supplierRegistrationId",
    "text",
    REGISTRATION_SYNONYMS.flatMap((word) => [`supplier ${word}`, `vendor ${word}`]),
  ),
  supplierLegalName: field("supplierLegalName", "text", [
    "supplier",
    "supplier name",
    "supplier legal name",
    "vendor",
    "vendor name",
    "company",
    "company name",
    "legal entity",
    "owner company",
  ]),
  supplierCountry: field("supplierCountry", "country", [
    "supplier country",
    "vendor country",
    "company country",
  ]),
  name: field(
    "name",
    "text",
    [
      "site name",
      "site",
      "facility",
      "facility name",
      "factory",
      "factory name",
      "plant",
      "plant name",
      "location name",
      "name",
    ],
    true,
  ),
  country: field(
    "country",
    "country",
    [
      "country",
      "site country",
      "facility country",
      "country region",
      "country or region",
      "country code",
      "location country",
    ],
    true,
  ),
  region: field("region", "text", [
    "region",
    "state",
    "province",
    "state province",
    "region state",
    "county",
    "prefecture",
    "district",
  ]),
  address: field("address", "text", [
    "address",
    "site address",
    "facility address",
    "street address",
    "full address",
  ]),
  latitude: field("latitude", "number", ["latitude", "lat", "y"]),
  longitude: field("longitude", "number", ["longitude", "lng", "lon", "long", "x"]),
  siteType: field(
    "siteType",
    "enum",
    ["site type", "type", "facility type", "kind", "type of site"],
    true,
  ),
  headcount: field("headcount", "integer", [
    "headcount",
    "workers",
    "number of workers",
    "no of workers",
    "employees",
    "number of employees",
    "workforce",
    "total workers",
  ]),
  migrantShare: field(
    "migrantShare",
    "percent",
    SHARE_WORDS("migrant", ["migrant workers", "migrant workers %", "foreign workers %"]),
  ),
  temporaryShare: field(
    "temporaryShare",
    "percent",
    SHARE_WORDS("temporary", [
      "temporary workers",
      "temporary agency workers",
      "agency workers",
      "agency workers %",
      "temporary workers %",
      "temporary or agency workers",
    ]),
  ),
  seasonalShare: field(
    "seasonalShare",
    "percent",
    SHARE_WORDS("seasonal", ["seasonal workers", "seasonal workers %"]),
  ),
  womenShare: field(
    "womenShare",
    "percent",
    SHARE_WORDS("women", ["women workers", "women workers %", "female %", "female workers %"]),
  ),
  youngWorkerShare: field(
    "youngWorkerShare",
    "percent",
    SHARE_WORDS("young worker", [
      "young workers",
      "young workers %",
      "workers under 18",
      "workers under 18 %",
      "under 18 %",
    ]),
  ),
  employerHousing: field("employerHousing", "yesNo", [
    "employer housing",
    "employer provided housing",
    "housing provided",
    "dormitory",
    "dormitories",
    "workers live in employer housing",
  ]),
};

const RECRUITER_FIELDS: Record<RecruiterFieldKey, FieldDefinition> = {
  name: field(
    "name",
    "text",
    [
      "name",
      "recruiter",
      "recruiter name",
      "agency",
      "agency name",
      "recruitment agency",
      "labour provider",
      "labor provider",
      "company",
      "company name",
    ],
    true,
  ),
  recruiterType: field("recruiterType", "enum", ["type", "recruiter type", "agency type", "kind"]),
  countries: field("countries", "countryList", [
    "countries",
    "countries of operation",
    "operating countries",
    "country",
    "countries served",
  ]),
  feePolicy: field("feePolicy", "enum", [
    "fee policy",
    "fees",
    "recruitment fees",
    "fees to workers",
    "worker fees",
  ]),
  feeAmount: field("feeAmount", "amount", [
    "fee amount",
    "fee",
    "fee per worker",
    "typical fee",
    "recruitment fee",
  ]),
  feeCurrency: field("feeCurrency", "currency", ["fee currency", "currency", "ccy"]),
  website: field("website", "website", ["website", "web site", "url", "homepage"]),
  licenceNumber: field("licenceNumber", "text", [
    "licence number",
    "license number",
    "licence no",
    "license no",
    "licence",
    "license",
    "licence id",
    "license id",
    "permit number",
  ]),
  issuingAuthority: field("issuingAuthority", "text", [
    "issuing authority",
    "licence authority",
    "license authority",
    "licensing authority",
    "issued by",
    "regulator",
  ]),
  issuingCountry: field("issuingCountry", "country", [
    "issuing country",
    "licence country",
    "license country",
    "country of licence",
    "country of license",
  ]),
  licenceStatus: field("licenceStatus", "enum", [
    "licence status",
    "license status",
    "status",
    "licence state",
  ]),
  validFrom: field("validFrom", "date", [
    "valid from",
    "licence valid from",
    "license valid from",
    "issue date",
    "issued on",
    "licence start",
    "start date",
  ]),
  validUntil: field("validUntil", "date", [
    "valid until",
    "valid to",
    "licence valid until",
    "license valid until",
    "expiry date",
    "expiration date",
    "expires",
    "expiry",
    "end date",
  ]),
  corridors: field("corridors", "corridors", [
    "corridors",
    "recruitment corridors",
    "corridor",
    "migration corridors",
    "routes",
    "origin destination",
  ]),
};

export const IMPORT_FIELDS: Record<ImportEntity, readonly FieldDefinition[]> = {
  suppliers: SUPPLIER_FIELD_KEYS.map((key) => SUPPLIER_FIELDS[key]),
  sites: SITE_FIELD_KEYS.map((key) => SITE_FIELDS[key]),
  recruiters: RECRUITER_FIELD_KEYS.map((key) => RECRUITER_FIELDS[key]),
};

export const fieldsOf = (entity: ImportEntity): readonly FieldDefinition[] => IMPORT_FIELDS[entity];

/**
 * Target field → source header. Only mapped fields appear; a header maps to at most one field.
 */
export const ZColumnMappingSchema = z.record(
  z.string().min(1).max(100),
  z.string().min(1).max(300),
);
export type ColumnMapping = z.infer<typeof ZColumnMappingSchema>;

/**
 * Folds a header for comparison: case, accents, punctuation and spacing do not matter
 * ("Country/Region" = "country region", "Reg. No." = "reg no", "Raison sociale" keeps its letters).
 */
export const foldHeader = (header: string): string =>
  header
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/%/g, " % ")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
