import { describe, expect, it } from "vitest";

import { createRecruiterRow, recruiterInput } from "../factories/recruiters";
import {
  auditEventsOf,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
} from "../support/integration";

describe("[RECRUITERS] create, read, update", () => {
  it("creates a recruiter with its folded name and an audit event", async () => {
    const { organization, owner } = await organizationWithOwner();
    const created = await owner.caller.recruiters.createRecruiter(
      recruiterInput({
        name: "  Himalaya Manpower Pvt. Ltd. ",
        recruiterType: "recruitment_agency",
        countries: ["np", "MY", "NP"],
        feePolicy: "fees_charged",
        feeAmount: "1450.5",
        feeCurrency: "usd",
        website: "himalaya-manpower.example",
      }),
    );
    expect(created).toMatchObject({
      name: "Himalaya Manpower Pvt. Ltd.",
      countries: ["MY", "NP"],
      feeAmount: "1450.50",
      feeCurrency: "USD",
      archivedAt: null,
    });
    const row = await testDb().recruiter.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.normalizedName).toBe("himalaya manpower");
    expect(row.organizationId).toBe(organization.id);

    const events = await auditEventsOf(organization.id);
    const event = events.find((candidate) => candidate.action === "recruiter.created");
    expect(event).toMatchObject({ entityType: "recruiter", entityId: created.id });
    expect(event?.actorUserId).toBe(owner.user.id);
    expect(event?.after).toMatchObject({
      name: "Himalaya Manpower Pvt. Ltd.",
      feeAmount: "1450.50",
    });
  });

  it("gets the detail, with a recruiter without licence flagged as unknown licence", async () => {
    const { owner } = await organizationWithOwner();
    const created = await owner.caller.recruiters.createRecruiter(
      recruiterInput({ name: "Lone Agency" }),
    );
    const detail = await owner.caller.recruiters.getRecruiter({ id: created.id });
    expect(detail.recruiter.name).toBe("Lone Agency");
    expect(detail.flags).toEqual(["licence_unknown"]);
    expect(detail).toMatchObject({ licences: [], corridors: [], siteLinks: [] });
    expect(detail.chain).toMatchObject({ downstream: [], upstream: [], isTruncated: false });
  });

  it("updates the whole record, refolds the name and audits before and after", async () => {
    const { organization, owner } = await organizationWithOwner();
    const created = await owner.caller.recruiters.createRecruiter(
      recruiterInput({ name: "Old Name Co., Ltd.", feePolicy: "unknown" }),
    );
    const updated = await owner.caller.recruiters.updateRecruiter({
      id: created.id,
      data: recruiterInput({
        name: "New Name Sdn. Bhd.",
        recruiterType: "labour_provider",
        countries: ["MY"],
        feePolicy: "no_fees",
      }),
    });
    expect(updated).toMatchObject({
      name: "New Name Sdn. Bhd.",
      recruiterType: "labour_provider",
      feePolicy: "no_fees",
    });
    const row = await testDb().recruiter.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.normalizedName).toBe("new name");
    const event = (await auditEventsOf(organization.id)).find(
      (candidate) => candidate.action === "recruiter.updated",
    );
    expect(event?.before).toMatchObject({ name: "Old Name Co., Ltd.", feePolicy: "unknown" });
    expect(event?.after).toMatchObject({ name: "New Name Sdn. Bhd.", feePolicy: "no_fees" });
  });

  it("answers bad input with BAD_REQUEST and field errors, never a 500", async () => {
    const { owner } = await organizationWithOwner();
    const invalid = [
      recruiterInput({ name: "" }),
      recruiterInput({ countries: ["ZZ"] }),
      recruiterInput({ feePolicy: "no_fees", feeAmount: "100", feeCurrency: "USD" }),
      recruiterInput({ feePolicy: "fees_charged", feeAmount: "100", feeCurrency: null }),
      recruiterInput({ feePolicy: "fees_charged", feeAmount: "lots", feeCurrency: "USD" }),
      recruiterInput({ website: "javascript:alert(1)" }),
    ];
    for (const data of invalid) {
      const error = await expectTrpcError(
        owner.caller.recruiters.createRecruiter(data),
        "BAD_REQUEST",
      );
      expect(error.cause?.name).toBe("ZodError");
    }
    await expectTrpcError(
      owner.caller.recruiters.getRecruiter({ id: "not-a-uuid" }),
      "BAD_REQUEST",
    );
  });

  it("lets viewers read but not write; analysts write", async () => {
    const { organization, owner } = await organizationWithOwner();
    const viewer = await memberOf(organization, "viewer");
    const procurement = await memberOf(organization, "procurement");
    const analyst = await memberOf(organization, "analyst");
    const created = await analyst.caller.recruiters.createRecruiter(recruiterInput());
    expect((await viewer.caller.recruiters.getRecruiter({ id: created.id })).recruiter.id).toBe(
      created.id,
    );
    expect((await procurement.caller.recruiters.findRecruiters({})).total).toBe(1);
    await expectTrpcError(viewer.caller.recruiters.createRecruiter(recruiterInput()), "FORBIDDEN");
    await expectTrpcError(
      procurement.caller.recruiters.archiveRecruiter({ id: created.id }),
      "FORBIDDEN",
    );
    await owner.caller.recruiters.archiveRecruiter({ id: created.id });
  });

  it("treats another organisation's recruiter as missing", async () => {
    const { owner } = await organizationWithOwner();
    const { organization: other } = await organizationWithOwner();
    const foreign = await createRecruiterRow(testDb(), { organizationId: other.id });
    await expectTrpcError(owner.caller.recruiters.getRecruiter({ id: foreign.id }), "NOT_FOUND");
    await expectTrpcError(
      owner.caller.recruiters.updateRecruiter({ id: foreign.id, data: recruiterInput() }),
      "NOT_FOUND",
    );
  });
});

describe("[RECRUITERS] archive and restore", () => {
  it("hides an archived recruiter from the default list, freezes it, and restores it", async () => {
    const { organization, owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const created = await recruiters.createRecruiter(recruiterInput({ name: "Archivable" }));
    const archived = await recruiters.archiveRecruiter({ id: created.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);

    expect((await recruiters.findRecruiters({})).items).toHaveLength(0);
    expect((await recruiters.findRecruiters({ status: "archived" })).items[0]?.id).toBe(created.id);
    expect((await recruiters.findRecruiters({ status: "all" })).total).toBe(1);
    // Still readable by id, so links from the audit log or a chain keep working.
    expect((await recruiters.getRecruiter({ id: created.id })).recruiter.archivedAt).not.toBeNull();

    const frozen = await expectTrpcError(
      recruiters.updateRecruiter({ id: created.id, data: recruiterInput() }),
      "PRECONDITION_FAILED",
    );
    expect(frozen.message).toContain("recruiters.archived");
    await expectTrpcError(
      recruiters.addCorridor({
        recruiterId: created.id,
        data: { originCountry: "NP", destinationCountry: "QA" },
      }),
      "PRECONDITION_FAILED",
    );
    await expectTrpcError(recruiters.archiveRecruiter({ id: created.id }), "PRECONDITION_FAILED");

    const restored = await recruiters.restoreRecruiter({ id: created.id });
    expect(restored.archivedAt).toBeNull();
    await expectTrpcError(recruiters.restoreRecruiter({ id: created.id }), "PRECONDITION_FAILED");
    expect((await recruiters.findRecruiters({})).total).toBe(1);

    const actions = (await auditEventsOf(organization.id)).map((event) => event.action);
    expect(actions).toEqual(["recruiter.created", "recruiter.archived", "recruiter.restored"]);
  });
});

describe("[RECRUITERS] find: filters, search, sort, pages", () => {
  it("filters by country, type, fee policy and folded name", async () => {
    const { organization, owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const nepal = await recruiters.createRecruiter(
      recruiterInput({
        name: "PT. Maju Jaya Tbk",
        countries: ["NP", "MY"],
        recruiterType: "recruitment_agency",
        feePolicy: "no_fees",
      }),
    );
    const myanmar = await recruiters.createRecruiter(
      recruiterInput({
        name: "Golden Land Services",
        countries: ["MM", "TH"],
        recruiterType: "labour_provider",
        feePolicy: "fees_charged",
        feeAmount: "500",
        feeCurrency: "USD",
      }),
    );
    await createRecruiterRow(testDb(), {
      organizationId: organization.id,
      name: "Village Broker",
      recruiterType: "sub_agent",
      countries: ["MM"],
    });

    const ids = async (input: Parameters<typeof recruiters.findRecruiters>[0]) =>
      (await recruiters.findRecruiters(input)).items.map((item) => item.name);

    expect(await ids({ country: "np" })).toEqual([nepal.name]);
    expect(await ids({ country: "MM" })).toEqual(["Golden Land Services", "Village Broker"]);
    expect(await ids({ type: "labour_provider" })).toEqual([myanmar.name]);
    expect(await ids({ feePolicy: "fees_charged" })).toEqual([myanmar.name]);
    expect(await ids({ feePolicy: "unknown" })).toEqual(["Village Broker"]);
    // Legal forms, case and punctuation do not matter.
    expect(await ids({ q: "maju jaya" })).toEqual([nepal.name]);
    expect(await ids({ q: "MAJU-JAYA, PT" })).toEqual([nepal.name]);
    expect(await ids({ q: "golden" })).toEqual([myanmar.name]);
    expect(await ids({ q: "  " })).toHaveLength(3);
    expect(await ids({ q: "nothing like it" })).toEqual([]);
    expect(await ids({ country: "MM", type: "sub_agent" })).toEqual(["Village Broker"]);
  });

  it("sorts and paginates on the server, with a stable order and a total", async () => {
    const { organization, owner } = await organizationWithOwner();
    for (const name of ["Delta", "alpha", "Charlie", "Bravo", "Echo"]) {
      await createRecruiterRow(testDb(), { organizationId: organization.id, name });
    }
    const recruiters = owner.caller.recruiters;
    const first = await recruiters.findRecruiters({ pageSize: 10, sort: "name" });
    expect(first.total).toBe(5);
    // Case does not decide the order.
    expect(first.items.map((item) => item.name)).toEqual([
      "alpha",
      "Bravo",
      "Charlie",
      "Delta",
      "Echo",
    ]);
    const desc = await recruiters.findRecruiters({ sort: "createdAt", direction: "desc" });
    expect(desc.items.map((item) => item.name)).toEqual([
      "Echo",
      "Bravo",
      "Charlie",
      "alpha",
      "Delta",
    ]);
    await testDb().recruiter.createMany({
      data: Array.from({ length: 26 }, (_, index) => ({
        organizationId: organization.id,
        name: `Bulk ${String(index).padStart(2, "0")}`,
        normalizedName: `bulk ${String(index).padStart(2, "0")}`,
      })),
    });
    const page1 = await recruiters.findRecruiters({ q: "bulk", pageSize: 10, page: 1 });
    const page3 = await recruiters.findRecruiters({ q: "bulk", pageSize: 10, page: 3 });
    expect(page1.total).toBe(26);
    expect(page1.items.map((item) => item.name)[0]).toBe("Bulk 00");
    expect(page3.items.map((item) => item.name)).toEqual([
      "Bulk 20",
      "Bulk 21",
      "Bulk 22",
      "Bulk 23",
      "Bulk 24",
      "Bulk 25",
    ]);
    const beyond = await recruiters.findRecruiters({ q: "bulk", pageSize: 10, page: 9 });
    expect(beyond).toMatchObject({ items: [], total: 26, page: 9 });
  });

  it("shows counts and corridors per row, and never another organisation's recruiters", async () => {
    const { owner } = await organizationWithOwner();
    const { organization: other } = await organizationWithOwner();
    await createRecruiterRow(testDb(), { organizationId: other.id, name: "Foreign Agency" });
    const created = await owner.caller.recruiters.createRecruiter(recruiterInput({ name: "Mine" }));
    await owner.caller.recruiters.addCorridor({
      recruiterId: created.id,
      data: { originCountry: "NP", destinationCountry: "MY" },
    });
    await owner.caller.recruiters.addLicence({
      recruiterId: created.id,
      data: { status: "valid", validUntil: "2099-01-01" },
    });
    const result = await owner.caller.recruiters.findRecruiters({ status: "all" });
    expect(result.total).toBe(1);
    expect(result.items[0]).toMatchObject({
      name: "Mine",
      licenceCount: 1,
      siteCount: 0,
      flags: [],
      corridors: [{ originCountry: "NP", destinationCountry: "MY" }],
    });
    expect((await owner.caller.recruiters.findRecruiters({ q: "foreign" })).total).toBe(0);
  });
});
