import { describe, expect, it } from "vitest";

import { licenceFlag, recruiterFlags, todayDateOnly } from "./flags";

const TODAY = "2026-03-15";

describe("licence flags", () => {
  it("flags every status but valid", () => {
    expect(licenceFlag({ status: "revoked", validUntil: null }, TODAY)).toBe("licence_revoked");
    expect(licenceFlag({ status: "suspended", validUntil: null }, TODAY)).toBe("licence_suspended");
    expect(licenceFlag({ status: "unlicensed", validUntil: null }, TODAY)).toBe("unlicensed");
    expect(licenceFlag({ status: "expired", validUntil: null }, TODAY)).toBe("licence_expired");
    expect(licenceFlag({ status: "unknown", validUntil: null }, TODAY)).toBe("licence_unknown");
    expect(licenceFlag({ status: "valid", validUntil: null }, TODAY)).toBeNull();
  });

  it("treats a valid licence whose end date has passed as expired, but not on its last day", () => {
    expect(licenceFlag({ status: "valid", validUntil: "2026-03-14" }, TODAY)).toBe(
      "licence_expired",
    );
    expect(licenceFlag({ status: "valid", validUntil: "2026-03-15" }, TODAY)).toBeNull();
    expect(licenceFlag({ status: "valid", validUntil: "2027-01-01" }, TODAY)).toBeNull();
  });
});

describe("recruiter flags", () => {
  it("counts a recruiter without any licence on record as an unknown licence", () => {
    expect(recruiterFlags({ feePolicy: "no_fees", licences: [] }, TODAY)).toEqual([
      "licence_unknown",
    ]);
  });

  it("raises nothing for a valid licence and no fees", () => {
    expect(
      recruiterFlags(
        { feePolicy: "no_fees", licences: [{ status: "valid", validUntil: "2030-01-01" }] },
        TODAY,
      ),
    ).toEqual([]);
  });

  it("does not flag an unknown fee policy, only fees charged to workers", () => {
    const valid = [{ status: "valid" as const, validUntil: null }];
    expect(recruiterFlags({ feePolicy: "unknown", licences: valid }, TODAY)).toEqual([]);
    expect(recruiterFlags({ feePolicy: "fees_charged", licences: valid }, TODAY)).toEqual([
      "fees_charged",
    ]);
  });

  it("lists each flag once, most serious first", () => {
    expect(
      recruiterFlags(
        {
          feePolicy: "fees_charged",
          licences: [
            { status: "unknown", validUntil: null },
            { status: "valid", validUntil: "2020-01-01" },
            { status: "revoked", validUntil: null },
            { status: "expired", validUntil: null },
          ],
        },
        TODAY,
      ),
    ).toEqual(["licence_revoked", "licence_expired", "licence_unknown", "fees_charged"]);
  });

  it("reads today in UTC", () => {
    expect(todayDateOnly(new Date("2026-03-15T23:59:59-05:00"))).toBe("2026-03-16");
  });
});
