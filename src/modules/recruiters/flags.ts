/**
 * Risk signs on a recruiter (DOMAIN.md §4): a licence that is revoked, suspended, expired,
 * absent or unverified, and fees charged to workers (against the Employer Pays Principle).
 * Pure and client-safe: the list, the detail page and the tests compute flags the same way, and
 * the list's flag filter (services/find-recruiters.ts) mirrors these rules in SQL.
 */
import type { LicenceStatus, RecruiterFeePolicy } from "@/generated/prisma/enums";

import { RECRUITER_FLAGS, type TRecruiterFlag } from "./schemas";

/** Today's date in UTC as `YYYY-MM-DD`, the form licence dates are compared in. */
export const todayDateOnly = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

export type LicenceForFlags = { status: LicenceStatus; validUntil: string | null };

/** The flag one licence raises, or null for a valid licence that has not run out. */
export const licenceFlag = (licence: LicenceForFlags, today: string): TRecruiterFlag | null => {
  switch (licence.status) {
    case "revoked":
      return "licence_revoked";
    case "suspended":
      return "licence_suspended";
    case "unlicensed":
      return "unlicensed";
    case "expired":
      return "licence_expired";
    case "unknown":
      return "licence_unknown";
    case "valid":
      // A licence recorded as valid whose end date has passed has expired, whatever it says.
      return licence.validUntil !== null && licence.validUntil < today ? "licence_expired" : null;
  }
};

/** Every flag the recruiter raises, most serious first, each once. */
export const recruiterFlags = (
  recruiter: { feePolicy: RecruiterFeePolicy; licences: readonly LicenceForFlags[] },
  today: string,
): TRecruiterFlag[] => {
  const raised = new Set<TRecruiterFlag>();
  // No licence on record means nobody has checked it: that is an unknown licence.
  if (recruiter.licences.length === 0) raised.add("licence_unknown");
  for (const licence of recruiter.licences) {
    const flag = licenceFlag(licence, today);
    if (flag) raised.add(flag);
  }
  if (recruiter.feePolicy === "fees_charged") raised.add("fees_charged");
  return RECRUITER_FLAGS.filter((flag) => raised.has(flag));
};

/** Flags about the licence, as opposed to fees: shown in red. */
export const isLicenceFlag = (flag: TRecruiterFlag): boolean => flag !== "fees_charged";
