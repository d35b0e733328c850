import { describe, expect, it } from "vitest";

import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import { updateOrganizationProfile } from "@/modules/identity/services/organizations";

import { profileInput } from "../factories/identity";
import {
  auditEventsOf,
  expectTrpcError,
  memberOf,
  organizationWithOwner,
  testDb,
} from "../support/integration";

const PROFILE = profileInput({ name: "Rolled Back Ltd" });

describe("[AUDIT] written in the same transaction as the change", () => {
  it("rolls the change back when the audit event cannot be written", async () => {
    const { organization, owner } = await organizationWithOwner({ name: "Original Name" });
    const before = await auditEventsOf(organization.id);
    await expect(
      updateOrganizationProfile({
        db: testDb(),
        // An actor pointing at an organisation that does not exist makes the audit insert fail.
        actor: {
          userId: owner.user.id,
          organizationId: "00000000-0000-7000-8000-000000000001",
          requestId: "rollback-test",
        },
        organizationId: organization.id,
        profile: PROFILE,
      }),
    ).rejects.toThrow();
    const profile = await owner.caller.identity.getOrganization();
    expect(profile.name).toBe("Original Name");
    expect(await auditEventsOf(organization.id)).toHaveLength(before.length);
  });

  it("rolls the audit event back when the change fails after it", async () => {
    const { organization, owner } = await organizationWithOwner();
    const before = await auditEventsOf(organization.id);
    await expect(
      testDb().$transaction(async (tx) => {
        await recordAuditEvent(
          tx,
          { userId: owner.user.id, organizationId: organization.id, requestId: "rollback-test" },
          { action: "organization.updated", entityType: "organization", entityId: organization.id },
        );
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await auditEventsOf(organization.id)).toHaveLength(before.length);
  });

  it("is append-only in the database itself", async () => {
    const { organization, owner } = await organizationWithOwner();
    await owner.caller.identity.inviteMember({ email: "append@example.com", role: "viewer" });
    const [event] = await auditEventsOf(organization.id);
    expect(event).toBeDefined();
    await expect(
      testDb().auditEvent.update({ where: { id: event?.id ?? "" }, data: { action: "tampered" } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      testDb().$executeRaw`DELETE FROM audit_events WHERE id = ${event?.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    expect((await auditEventsOf(organization.id))[0]?.action).toBe("invitation.created");
  });

  it("records the request id of the call", async () => {
    const { organization, owner } = await organizationWithOwner();
    await owner.caller.identity.inviteMember({ email: "someone@example.com", role: "viewer" });
    const events = await auditEventsOf(organization.id);
    expect(events.at(-1)?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("[AUDIT] reading the log", () => {
  it("filters by action, record type, person and date, newest first, page by page", async () => {
    const { organization, owner } = await organizationWithOwner();
    const admin = await memberOf(organization, "admin");
    for (let index = 0; index < 3; index += 1) {
      await admin.caller.identity.inviteMember({
        email: `page-${index}@example.com`,
        role: "viewer",
      });
    }
    await owner.caller.identity.updateOrganization({ ...PROFILE, name: "Renamed" });

    const all = await owner.caller.platform.listAuditEvents({});
    expect(all.items.map((event) => event.action)).toEqual([
      "organization.updated",
      "invitation.created",
      "invitation.created",
      "invitation.created",
    ]);
    expect(all.items[0]?.actor?.name).toBe(owner.user.name);

    const invitations = await owner.caller.platform.listAuditEvents({
      action: "invitation.created",
    });
    expect(invitations.items).toHaveLength(3);
    const byAdmin = await owner.caller.platform.listAuditEvents({ actorUserId: admin.user.id });
    expect(byAdmin.items).toHaveLength(3);
    const organizations = await owner.caller.platform.listAuditEvents({
      entityType: "organization",
    });
    expect(organizations.items.map((event) => event.action)).toEqual(["organization.updated"]);
    const future = await owner.caller.platform.listAuditEvents({
      from: new Date(Date.now() + 86_400_000),
    });
    expect(future.items).toHaveLength(0);

    const firstPage = await owner.caller.platform.listAuditEvents({ limit: 2 });
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.nextCursor).not.toBeNull();
    const secondPage = await owner.caller.platform.listAuditEvents({
      limit: 2,
      cursor: firstPage.nextCursor ?? undefined,
    });
    expect([...firstPage.items, ...secondPage.items].map((event) => event.id)).toEqual(
      all.items.slice(0, 4).map((event) => event.id),
    );
  });

  it("shows only the caller's organisation and refuses unknown filter values", async () => {
    const { owner } = await organizationWithOwner();
    const { organization: other, owner: otherOwner } = await organizationWithOwner();
    await otherOwner.caller.identity.inviteMember({ email: "secret@example.com", role: "viewer" });
    const mine = await owner.caller.platform.listAuditEvents({});
    expect(mine.items.every((event) => event.entityId !== other.id)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain("secret@example.com");
    await expectTrpcError(
      owner.caller.platform.listAuditEvents({
        action: "user.deleted_everything" as "user.signed_in",
      }),
      "BAD_REQUEST",
    );
  });
});
