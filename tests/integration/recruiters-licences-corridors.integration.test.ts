import { describe, expect, it } from "vitest";

import { RECRUITER_FLAG_FILTERS } from "@/modules/recruiters/schemas";
import { todayDateOnly } from "@/modules/recruiters/flags";

import { createRecruiterRow, recruiterInput } from "../factories/recruiters";
import {
  auditEventsOf,
  expectTrpcError,
  organizationWithOwner,
  testDb,
} from "../support/integration";

const licence = (overrides: Record<string, unknown> = {}) => ({
  licenceNumber: "POEA-123-LB",
  issuingAuthority: "Department of Foreign Employment",
  issuingCountry: "NP",
  status: "valid" as const,
  validFrom: "2024-01-01",
  validUntil: "2099-12-31",
  ...overrides,
});

describe("[RECRUITERS] licences", () => {
  it("adds several licences, updates and removes one, with audit events", async () => {
    const { organization, owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const recruiter = await recruiters.createRecruiter(recruiterInput({ name: "Licensed Co" }));
    const nepal = await recruiters.addLicence({ recruiterId: recruiter.id, data: licence() });
    expect(nepal).toMatchObject({
      recruiterId: recruiter.id,
      licenceNumber: "POEA-123-LB",
      status: "valid",
      validFrom: "2024-01-01",
      validUntil: "2099-12-31",
    });
    const malaysia = await recruiters.addLicence({
      recruiterId: recruiter.id,
      data: licence({ licenceNumber: "JTK-9", issuingCountry: "MY", status: "unknown" }),
    });
    expect((await recruiters.getRecruiter({ id: recruiter.id })).flags).toEqual([
      "licence_unknown",
    ]);

    const revoked = await recruiters.updateLicence({
      id: malaysia.id,
      data: licence({ licenceNumber: "JTK-9", issuingCountry: "MY", status: "revoked" }),
    });
    expect(revoked.status).toBe("revoked");
    const detail = await recruiters.getRecruiter({ id: recruiter.id });
    expect(detail.licences.map((item) => item.id).sort()).toEqual([nepal.id, malaysia.id].sort());
    expect(detail.flags).toEqual(["licence_revoked"]);

    await recruiters.removeLicence({ id: malaysia.id });
    expect((await recruiters.getRecruiter({ id: recruiter.id })).flags).toEqual([]);
    await expectTrpcError(recruiters.removeLicence({ id: malaysia.id }), "NOT_FOUND");

    const events = (await auditEventsOf(organization.id)).filter((event) =>
      event.action.startsWith("recruiter_licence."),
    );
    expect(events.map((event) => event.action)).toEqual([
      "recruiter_licence.created",
      "recruiter_licence.created",
      "recruiter_licence.updated",
      "recruiter_licence.deleted",
    ]);
    expect(events[2]?.before).toMatchObject({ status: "unknown" });
    expect(events[2]?.after).toMatchObject({ status: "revoked" });
    expect(events[3]?.before).toMatchObject({ licenceNumber: "JTK-9" });
  });

  it("rejects bad dates with a clear message", async () => {
    const { owner } = await organizationWithOwner();
    const recruiter = await owner.caller.recruiters.createRecruiter(recruiterInput());
    for (const data of [
      licence({ validFrom: "2025-02-30" }),
      licence({ validFrom: "2025-06-01", validUntil: "2025-01-01" }),
      licence({ issuingCountry: "Nepal" }),
      licence({ status: "lapsed" }),
    ]) {
      await expectTrpcError(
        owner.caller.recruiters.addLicence({ recruiterId: recruiter.id, data }),
        "BAD_REQUEST",
      );
    }
  });

  it("does not touch another organisation's recruiter or licence", async () => {
    const { owner } = await organizationWithOwner();
    const { organization: other } = await organizationWithOwner();
    const foreign = await createRecruiterRow(testDb(), {
      organizationId: other.id,
      licences: [{ status: "valid" }],
    });
    const foreignLicence = await testDb().recruiterLicence.findFirstOrThrow({
      where: { recruiterId: foreign.id },
    });
    await expectTrpcError(
      owner.caller.recruiters.addLicence({ recruiterId: foreign.id, data: licence() }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      owner.caller.recruiters.updateLicence({ id: foreignLicence.id, data: licence() }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      owner.caller.recruiters.removeLicence({ id: foreignLicence.id }),
      "NOT_FOUND",
    );
    expect(await testDb().recruiterLicence.count({ where: { recruiterId: foreign.id } })).toBe(1);
  });
});

describe("[RECRUITERS] flags", () => {
  it("flags revoked, suspended, unlicensed, expired and unknown licences and fees charged, and the filter agrees with the badges", async () => {
    const { organization, owner } = await organizationWithOwner();
    const organizationId = organization.id;
    const make = (
      name: string,
      options: Omit<Parameters<typeof createRecruiterRow>[1], "organizationId" | "name">,
    ) => createRecruiterRow(testDb(), { organizationId, name, ...options });
    await make("Clean", { feePolicy: "no_fees", licences: [{ status: "valid" }] });
    await make("Revoked", { feePolicy: "no_fees", licences: [{ status: "revoked" }] });
    await make("Suspended", { feePolicy: "no_fees", licences: [{ status: "suspended" }] });
    await make("Unlicensed", { feePolicy: "no_fees", licences: [{ status: "unlicensed" }] });
    await make("Expired status", { feePolicy: "no_fees", licences: [{ status: "expired" }] });
    await make("Ran out", {
      feePolicy: "no_fees",
      licences: [{ status: "valid", validUntil: "2001-01-01" }],
    });
    await make("Unknown status", { feePolicy: "no_fees", licences: [{ status: "unknown" }] });
    await make("No licence", { feePolicy: "no_fees" });
    await make("Charges fees", { feePolicy: "fees_charged", licences: [{ status: "valid" }] });
    await make("Renewed", {
      feePolicy: "no_fees",
      licences: [{ status: "valid", validUntil: todayDateOnly() }],
    });

    const find = (flag: (typeof RECRUITER_FLAG_FILTERS)[number] | null) =>
      owner.caller.recruiters.findRecruiters({ flag, pageSize: 100 });
    const names = async (flag: (typeof RECRUITER_FLAG_FILTERS)[number]) =>
      (await find(flag)).items.map((item) => item.name).sort();

    const all = await find(null);
    const flagsByName = Object.fromEntries(all.items.map((item) => [item.name, item.flags]));
    expect(flagsByName).toEqual({
      Clean: [],
      Revoked: ["licence_revoked"],
      Suspended: ["licence_suspended"],
      Unlicensed: ["unlicensed"],
      "Expired status": ["licence_expired"],
      "Ran out": ["licence_expired"],
      "Unknown status": ["licence_unknown"],
      "No licence": ["licence_unknown"],
      "Charges fees": ["fees_charged"],
      // Valid until today: still valid today.
      Renewed: [],
    });

    expect(await names("licence_revoked")).toEqual(["Revoked"]);
    expect(await names("licence_suspended")).toEqual(["Suspended"]);
    expect(await names("unlicensed")).toEqual(["Unlicensed"]);
    expect(await names("licence_expired")).toEqual(["Expired status", "Ran out"]);
    expect(await names("licence_unknown")).toEqual(["No licence", "Unknown status"]);
    expect(await names("fees_charged")).toEqual(["Charges fees"]);
    // The SQL filter and the computed badges agree, for every filter.
    for (const flag of RECRUITER_FLAG_FILTERS) {
      const expected = all.items
        .filter((item) =>
          flag === "any" ? item.flags.length > 0 : item.flags.some((raised) => raised === flag),
        )
        .map((item) => item.name)
        .sort();
      expect(await names(flag), flag).toEqual(expected);
    }
  });
});

describe("[RECRUITERS] corridors", () => {
  it("adds corridors once per pair (domestic ones too) and removes them", async () => {
    const { organization, owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const recruiter = await recruiters.createRecruiter(recruiterInput());
    const nepalMalaysia = await recruiters.addCorridor({
      recruiterId: recruiter.id,
      data: { originCountry: "np", destinationCountry: "my" },
    });
    expect(nepalMalaysia).toMatchObject({ originCountry: "NP", destinationCountry: "MY" });
    await recruiters.addCorridor({
      recruiterId: recruiter.id,
      data: { originCountry: "MY", destinationCountry: "NP" },
    });
    await recruiters.addCorridor({
      recruiterId: recruiter.id,
      data: { originCountry: "IN", destinationCountry: "IN" },
    });
    const duplicate = await expectTrpcError(
      recruiters.addCorridor({
        recruiterId: recruiter.id,
        data: { originCountry: "NP", destinationCountry: "MY" },
      }),
      "CONFLICT",
    );
    expect(duplicate.message).toContain("recruiters.corridorExists");
    await expectTrpcError(
      recruiters.addCorridor({
        recruiterId: recruiter.id,
        data: { originCountry: "Nepal", destinationCountry: "MY" },
      }),
      "BAD_REQUEST",
    );

    const detail = await recruiters.getRecruiter({ id: recruiter.id });
    expect(
      detail.corridors.map(
        (corridor) => `${corridor.originCountry}>${corridor.destinationCountry}`,
      ),
    ).toEqual(["IN>IN", "MY>NP", "NP>MY"]);

    await recruiters.removeCorridor({ id: nepalMalaysia.id });
    await expectTrpcError(recruiters.removeCorridor({ id: nepalMalaysia.id }), "NOT_FOUND");
    expect((await recruiters.getRecruiter({ id: recruiter.id })).corridors).toHaveLength(2);

    const actions = (await auditEventsOf(organization.id))
      .map((event) => event.action)
      .filter((action) => action.startsWith("recruitment_corridor."));
    expect(actions).toEqual([
      "recruitment_corridor.created",
      "recruitment_corridor.created",
      "recruitment_corridor.created",
      "recruitment_corridor.deleted",
    ]);
  });

  it("refuses another organisation's recruiter and corridor", async () => {
    const { owner } = await organizationWithOwner();
    const { owner: otherOwner } = await organizationWithOwner();
    const foreign = await otherOwner.caller.recruiters.createRecruiter(recruiterInput());
    const foreignCorridor = await otherOwner.caller.recruiters.addCorridor({
      recruiterId: foreign.id,
      data: { originCountry: "RO", destinationCountry: "GB" },
    });
    await expectTrpcError(
      owner.caller.recruiters.addCorridor({
        recruiterId: foreign.id,
        data: { originCountry: "RO", destinationCountry: "DE" },
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      owner.caller.recruiters.removeCorridor({ id: foreignCorridor.id }),
      "NOT_FOUND",
    );
  });
});
