/**
 * Recruiter rows: the recruiter (validated with `ZRecruiterInputSchema`), at most one licence per
 * row (`ZRecruiterLicenceInputSchema`) and its corridors ("NP>MY; MM>TH",
 * `ZRecruitmentCorridorInputSchema`). A recruiter with several licences takes several rows with
 * the same name; the import merges them.
 */
import { MESSAGES } from "@/i18n/messages";
import {
  FEE_POLICIES,
  LICENCE_STATUSES,
  RECRUITER_TYPES,
  ZRecruiterInputSchema,
  ZRecruiterLicenceInputSchema,
  ZRecruitmentCorridorInputSchema,
  type TRecruiterInput,
  type TRecruiterLicenceInput,
  type TRecruitmentCorridorInput,
} from "@/modules/recruiters/schemas";

import type { ColumnMapping, RecruiterFieldKey } from "../../fields";
import type { RowCells } from "../../schemas";
import {
  formatCorridors,
  optionSpellings,
  parseAmountWithCurrency,
  parseCorridors,
  parseCountry,
  parseCountryList,
  parseCurrency,
  parseDate,
  parseOption,
} from "../values";
import { RowReader, type ConvertResult } from "./row-reader";

const OPTIONS = MESSAGES.en.imports.options;

const TYPE_SPELLINGS = optionSpellings(
  RECRUITER_TYPES.map((type) => {
    const synonyms: Record<(typeof RECRUITER_TYPES)[number], readonly string[]> = {
      recruitment_agency: [
        "agency",
        "recruiter",
        "private employment agency",
        "employment agency",
        "manpower agency",
        "recruitment company",
      ],
      labour_provider: [
        "labor provider",
        "labour hire",
        "labor hire",
        "staffing agency",
        "temp agency",
        "outsourcing agency",
        "labour contractor",
        "labor contractor",
        "contractor",
      ],
      sub_agent: ["subagent", "sub agent", "broker", "local agent", "informal agent", "dalal"],
      other: [],
    };
    return [type, synonyms[type]] as const;
  }),
  OPTIONS.recruiterType,
);

const FEE_POLICY_SPELLINGS = optionSpellings(
  FEE_POLICIES.map((policy) => {
    const synonyms: Record<(typeof FEE_POLICIES)[number], readonly string[]> = {
      no_fees: [
        "no fees",
        "no fee",
        "none",
        "employer pays",
        "employer pays principle",
        "zero fees",
        "free",
        "no",
      ],
      fees_charged: ["fees", "fee charged", "charged", "worker pays", "workers pay", "yes"],
      unknown: ["not known", "n a", "?", "dont know"],
    };
    return [policy, synonyms[policy]] as const;
  }),
  OPTIONS.feePolicy,
);

const LICENCE_STATUS_SPELLINGS = optionSpellings(
  LICENCE_STATUSES.map((status) => {
    const synonyms: Record<(typeof LICENCE_STATUSES)[number], readonly string[]> = {
      valid: ["active", "current", "licensed", "licenced", "ok", "in force"],
      expired: ["lapsed", "out of date"],
      suspended: ["on hold"],
      revoked: ["cancelled", "canceled", "withdrawn", "blacklisted", "banned"],
      unlicensed: ["unlicenced", "no licence", "no license", "not licensed", "none"],
      unknown: ["not known", "unverified", "n a", "?"],
    };
    return [status, synonyms[status]] as const;
  }),
  OPTIONS.licenceStatus,
);

const RECRUITER_SCHEMA_TO_FIELD: Record<string, RecruiterFieldKey> = {
  name: "name",
  recruiterType: "recruiterType",
  countries: "countries",
  feePolicy: "feePolicy",
  feeAmount: "feeAmount",
  feeCurrency: "feeCurrency",
  website: "website",
};

const LICENCE_SCHEMA_TO_FIELD: Record<string, RecruiterFieldKey> = {
  licenceNumber: "licenceNumber",
  issuingAuthority: "issuingAuthority",
  issuingCountry: "issuingCountry",
  status: "licenceStatus",
  validFrom: "validFrom",
  validUntil: "validUntil",
};

export type RecruiterRowValue = {
  recruiter: TRecruiterInput;
  /** Null when the row gives no licence field at all. */
  licence: TRecruiterLicenceInput | null;
  corridors: TRecruitmentCorridorInput[];
};

export const convertRecruiterRow = (
  cells: RowCells,
  mapping: ColumnMapping,
): ConvertResult<RecruiterRowValue> => {
  const row = new RowReader(cells, mapping, { feeCurrency: "feeAmount" });
  row.require("name");
  const countries = row.read("countries", parseCountryList);
  const recruiterType = row.read("recruiterType", (text) => parseOption(text, TYPE_SPELLINGS));
  const feePolicyRead = row.read("feePolicy", (text) => parseOption(text, FEE_POLICY_SPELLINGS));
  const fee = row.read("feeAmount", parseAmountWithCurrency);
  const feeCurrencyColumn = row.read("feeCurrency", parseCurrency);
  if (fee?.currency && feeCurrencyColumn && fee.currency !== feeCurrencyColumn) {
    row.fail("feeCurrency", "imports.rowErrors.conflictingCurrency");
  }
  // A fee amount says that fees are charged, unless the policy column says otherwise.
  const feePolicy = feePolicyRead ?? (fee ? "fees_charged" : undefined);

  const recruiter = ZRecruiterInputSchema.safeParse({
    name: row.text("name") ?? "",
    recruiterType,
    countries: countries ?? [],
    feePolicy,
    feeAmount: fee?.amount ?? null,
    feeCurrency: feeCurrencyColumn ?? fee?.currency ?? null,
    website: row.text("website"),
  });
  if (!recruiter.success) {
    row.addIssues(recruiter.error.issues, (key) => RECRUITER_SCHEMA_TO_FIELD[key] ?? "name");
  }

  const licenceFields = [
    "licenceNumber",
    "issuingAuthority",
    "issuingCountry",
    "licenceStatus",
    "validFrom",
    "validUntil",
  ] as const;
  const hasLicence = licenceFields.some((field) => row.text(field) !== null);
  let licence: TRecruiterLicenceInput | null = null;
  if (hasLicence) {
    const issuingCountry = row.read("issuingCountry", parseCountry);
    const status = row.read("licenceStatus", (text) => parseOption(text, LICENCE_STATUS_SPELLINGS));
    const validFrom = row.read("validFrom", parseDate);
    const validUntil = row.read("validUntil", parseDate);
    const parsed = ZRecruiterLicenceInputSchema.safeParse({
      licenceNumber: row.text("licenceNumber"),
      issuingAuthority: row.text("issuingAuthority"),
      issuingCountry: issuingCountry ?? null,
      status,
      validFrom: validFrom ?? null,
      validUntil: validUntil ?? null,
    });
    if (parsed.success) licence = parsed.data;
    else
      row.addIssues(parsed.error.issues, (key) => LICENCE_SCHEMA_TO_FIELD[key] ?? "licenceNumber");
  }

  const corridors: TRecruitmentCorridorInput[] = [];
  for (const corridor of row.read("corridors", parseCorridors) ?? []) {
    const parsed = ZRecruitmentCorridorInputSchema.safeParse(corridor);
    if (parsed.success) corridors.push(parsed.data);
    else row.fail("corridors", "imports.rowErrors.badCorridor");
  }

  if (row.errors.length > 0 || !recruiter.success) return { ok: false, errors: row.errors };
  return { ok: true, value: { recruiter: recruiter.data, licence, corridors } };
};

/** A recruiter (with one of its licences, or none) as a row of the export. */
export const recruiterToRow = ({
  recruiter,
  licence,
  corridors,
}: {
  recruiter: TRecruiterInput;
  licence: TRecruiterLicenceInput | null;
  corridors: readonly TRecruitmentCorridorInput[];
}): Record<RecruiterFieldKey, string> => ({
  name: recruiter.name,
  recruiterType: OPTIONS.recruiterType[recruiter.recruiterType],
  countries: recruiter.countries.join("; "),
  feePolicy: OPTIONS.feePolicy[recruiter.feePolicy],
  feeAmount: recruiter.feeAmount ?? "",
  feeCurrency: recruiter.feeCurrency ?? "",
  website: recruiter.website ?? "",
  licenceNumber: licence?.licenceNumber ?? "",
  issuingAuthority: licence?.issuingAuthority ?? "",
  issuingCountry: licence?.issuingCountry ?? "",
  licenceStatus: licence ? OPTIONS.licenceStatus[licence.status] : "",
  validFrom: licence?.validFrom ?? "",
  validUntil: licence?.validUntil ?? "",
  corridors: formatCorridors(corridors),
});
