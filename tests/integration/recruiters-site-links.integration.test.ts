import { describe, expect, it } from "vitest";

import { createSupplierWithSite, recruiterInput } from "../factories/recruiters";
import {
  auditEventsOf,
  expectTrpcError,
  organizationWithOwner,
  testDb,
} from "../support/integration";

describe("[RECRUITERS] site search", () => {
  it("finds the organisation's live sites by site or supplier name, with both names and countries", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { organization: other } = await organizationWithOwner();
    const penang = await createSupplierWithSite(testDb(), {
      organizationId: organization.id,
      supplierName: "PT. Maju Jaya Tbk",
      supplierCountry: "ID",
      siteName: "Penang Glove Plant",
      siteCountry: "MY",
    });
    await createSupplierWithSite(testDb(), {
      organizationId: organization.id,
      supplierName: "Harbour Seafoods",
      siteName: "Songkhla Pier",
      siteCountry: "TH",
      siteType: "vessel",
    });
    await createSupplierWithSite(testDb(), {
      organizationId: other.id,
      supplierName: "Maju Jaya Elsewhere",
      siteName: "Penang Foreign Plant",
    });
    const archived = await createSupplierWithSite(testDb(), {
      organizationId: organization.id,
      siteName: "Penang Closed Plant",
    });
    await testDb().site.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const search = owner.caller.recruiters.searchSites;
    expect(await search({ q: "penang" })).toEqual([
      {
        id: penang.id,
        name: "Penang Glove Plant",
        country: "MY",
        siteType: "factory",
        supplierId: penang.supplierId,
        supplierName: "PT. Maju Jaya Tbk",
        supplierCountry: "ID",
      },
    ]);
    expect((await search({ q: "maju jaya" })).map((site) => site.id)).toEqual([penang.id]);
    expect((await search({ q: "MAJU JAYA, PT" })).map((site) => site.id)).toEqual([penang.id]);
    expect((await search({ q: "harbour" })).map((site) => site.name)).toEqual(["Songkhla Pier"]);
    expect((await search({ q: "" })).map((site) => site.name)).toEqual([
      "Songkhla Pier",
      "Penang Glove Plant",
    ]);
  });
});

describe("[RECRUITERS] site links", () => {
  it("links, updates and unlinks a site, with its supplier on the recruiter's page and audit events", async () => {
    const { organization, owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const recruiter = await recruiters.createRecruiter(recruiterInput({ name: "Placer" }));
    const site = await createSupplierWithSite(testDb(), {
      organizationId: organization.id,
      supplierName: "Kestrel Gloves",
      siteName: "Klang Factory",
    });
    const link = await recruiters.linkSite({
      recruiterId: recruiter.id,
      data: { siteId: site.id, workersRecruited: 120, year: 2024 },
    });
    expect(link).toMatchObject({
      recruiterId: recruiter.id,
      siteId: site.id,
      workersRecruited: 120,
      year: 2024,
      site: { name: "Klang Factory", supplierName: "Kestrel Gloves", supplierId: site.supplierId },
    });
    // Another year is another link; the same year twice is refused.
    await recruiters.linkSite({
      recruiterId: recruiter.id,
      data: { siteId: site.id, workersRecruited: 80, year: 2025 },
    });
    const duplicate = await expectTrpcError(
      recruiters.linkSite({
        recruiterId: recruiter.id,
        data: { siteId: site.id, workersRecruited: 5, year: 2024 },
      }),
      "CONFLICT",
    );
    expect(duplicate.message).toContain("recruiters.siteLinkExists");
    await expectTrpcError(
      recruiters.updateSiteLink({ id: link.id, data: { workersRecruited: 1, year: 2025 } }),
      "CONFLICT",
    );

    const updated = await recruiters.updateSiteLink({
      id: link.id,
      data: { workersRecruited: 150, year: null },
    });
    expect(updated).toMatchObject({ workersRecruited: 150, year: null });
    const detail = await recruiters.getRecruiter({ id: recruiter.id });
    expect(detail.siteLinks.map((item) => item.year)).toEqual([2025, null]);
    expect((await recruiters.findRecruiters({})).items[0]?.siteCount).toBe(2);

    await recruiters.unlinkSite({ id: link.id });
    await expectTrpcError(recruiters.unlinkSite({ id: link.id }), "NOT_FOUND");
    expect((await recruiters.getRecruiter({ id: recruiter.id })).siteLinks).toHaveLength(1);

    const events = (await auditEventsOf(organization.id)).filter((event) =>
      event.action.startsWith("recruiter_site_link."),
    );
    expect(events.map((event) => event.action)).toEqual([
      "recruiter_site_link.created",
      "recruiter_site_link.created",
      "recruiter_site_link.updated",
      "recruiter_site_link.deleted",
    ]);
    expect(events[2]?.before).toMatchObject({ workersRecruited: 120, year: 2024 });
    expect(events[2]?.after).toMatchObject({ workersRecruited: 150, year: null });
  });

  it("answers NOT_FOUND for another organisation's site, even with the caller's own recruiter", async () => {
    const { owner } = await organizationWithOwner();
    const { organization: other, owner: otherOwner } = await organizationWithOwner();
    const mine = await owner.caller.recruiters.createRecruiter(recruiterInput());
    const foreignSite = await createSupplierWithSite(testDb(), { organizationId: other.id });
    const error = await expectTrpcError(
      owner.caller.recruiters.linkSite({
        recruiterId: mine.id,
        data: { siteId: foreignSite.id, workersRecruited: 3, year: 2024 },
      }),
      "NOT_FOUND",
    );
    expect(error.message).toContain("recruiters.siteNotFound");
    expect(await testDb().recruiterSiteLink.count({ where: { siteId: foreignSite.id } })).toBe(0);

    // And another organisation's link cannot be changed or removed.
    const theirs = await otherOwner.caller.recruiters.createRecruiter(recruiterInput());
    const theirLink = await otherOwner.caller.recruiters.linkSite({
      recruiterId: theirs.id,
      data: { siteId: foreignSite.id, workersRecruited: 9, year: 2023 },
    });
    await expectTrpcError(
      owner.caller.recruiters.updateSiteLink({
        id: theirLink.id,
        data: { workersRecruited: 0, year: 2023 },
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(owner.caller.recruiters.unlinkSite({ id: theirLink.id }), "NOT_FOUND");
  });

  it("refuses archived sites and bad figures", async () => {
    const { organization, owner } = await organizationWithOwner();
    const recruiter = await owner.caller.recruiters.createRecruiter(recruiterInput());
    const site = await createSupplierWithSite(testDb(), { organizationId: organization.id });
    await testDb().supplier.update({
      where: { id: site.supplierId },
      data: { archivedAt: new Date() },
    });
    await expectTrpcError(
      owner.caller.recruiters.linkSite({
        recruiterId: recruiter.id,
        data: { siteId: site.id, workersRecruited: null, year: null },
      }),
      "NOT_FOUND",
    );
    for (const data of [
      { siteId: site.id, workersRecruited: -4, year: 2024 },
      { siteId: site.id, workersRecruited: 2.5, year: 2024 },
      { siteId: site.id, workersRecruited: 4, year: 1066 },
    ]) {
      await expectTrpcError(
        owner.caller.recruiters.linkSite({ recruiterId: recruiter.id, data }),
        "BAD_REQUEST",
      );
    }
  });
});
