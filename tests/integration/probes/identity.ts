/** Probes for the identity and platform procedures. */
import { profileInput } from "../../factories/identity";
import { memberOf, organizationWithOwner, testDb } from "../../support/integration";
import { idOf, type ProbeArea } from "./types";

// The outsider's probe invites the same address into their own organisation: that must not
// replace or reveal the victim's invitation (checked by the snapshot, not the markers).
const VICTIM_INVITATION_EMAIL = "victim-colleague@victim.example";

const EMPTY_PROFILE = profileInput({ name: "Outsider Ltd" });

const probes: ProbeArea["probes"] = {
  "identity.signUp": {
    ids: "none",
    call: (caller) =>
      caller.identity.signUp({
        name: "Probe",
        email: `probe-${Date.now()}@example.com`,
        password: "probe password long",
      }),
  },
  "identity.getMe": { ids: "none", call: (caller) => caller.identity.getMe() },
  "identity.getInvitation": {
    ids: "none",
    call: (caller) => caller.identity.getInvitation({ token: "A".repeat(43) }),
  },
  "identity.acceptInvitation": {
    ids: "none",
    call: (caller) => caller.identity.acceptInvitation({ token: "A".repeat(43) }),
  },
  "identity.listMyOrganizations": {
    ids: "none",
    call: (caller) => caller.identity.listMyOrganizations(),
  },
  "identity.createOrganization": {
    ids: "none",
    call: (caller) => caller.identity.createOrganization(EMPTY_PROFILE),
  },
  "identity.switchOrganization": {
    ids: "target",
    call: (caller, victim) =>
      caller.identity.switchOrganization({ organizationId: victim.organization.id }),
  },
  "identity.getOrganization": { ids: "none", call: (caller) => caller.identity.getOrganization() },
  "identity.updateOrganization": {
    ids: "none",
    call: (caller) => caller.identity.updateOrganization(EMPTY_PROFILE),
  },
  "identity.leaveOrganization": {
    ids: "none",
    // Leaving acts on the caller's own membership: a throw-away outsider leaves their organisation.
    call: async () => {
      const { organization } = await organizationWithOwner();
      const leaver = await memberOf(organization, "viewer");
      return leaver.caller.identity.leaveOrganization();
    },
  },
  "identity.listMembers": { ids: "none", call: (caller) => caller.identity.listMembers() },
  "identity.updateMemberRole": {
    ids: "target",
    call: (caller, victim) =>
      caller.identity.updateMemberRole({
        id: idOf(victim, "analystMembershipId"),
        data: { role: "viewer" },
      }),
  },
  "identity.removeMember": {
    ids: "target",
    call: (caller, victim) =>
      caller.identity.removeMember({ id: idOf(victim, "analystMembershipId") }),
  },
  "identity.inviteMember": {
    ids: "none",
    call: (caller) =>
      caller.identity.inviteMember({ email: VICTIM_INVITATION_EMAIL, role: "viewer" }),
  },
  "identity.listInvitations": { ids: "none", call: (caller) => caller.identity.listInvitations() },
  "identity.revokeInvitation": {
    ids: "target",
    call: (caller, victim) =>
      caller.identity.revokeInvitation({ id: idOf(victim, "invitationId") }),
  },
  "platform.listAuditEvents": {
    ids: "filter",
    call: (caller, victim) =>
      caller.platform.listAuditEvents({
        actorUserId: idOf(victim, "ownerUserId"),
        cursor: idOf(victim, "auditEventId"),
      }),
  },
};

export const identityProbes: ProbeArea = {
  setup: async ({ organization, owner }) => {
    const analyst = await memberOf(organization, "analyst", { name: "Victim Analyst" });
    const invitation = await owner.caller.identity.inviteMember({
      email: VICTIM_INVITATION_EMAIL,
      role: "viewer",
    });
    const [firstEvent] = await testDb().auditEvent.findMany({
      where: { organizationId: organization.id },
      take: 1,
    });
    return {
      ids: {
        ownerUserId: owner.user.id,
        auditEventId: firstEvent?.id ?? "",
        analystMembershipId: analyst.membershipId,
        invitationId: invitation.invitation.id,
      },
      markers: ["Victim Analyst", owner.user.email, analyst.user.email],
    };
  },
  probes,
  snapshot: async (organizationId) => {
    const [organization, memberships, invitations, auditCount] = await Promise.all([
      testDb().organization.findUniqueOrThrow({ where: { id: organizationId } }),
      testDb().membership.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      testDb().memberInvitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      testDb().auditEvent.count({ where: { organizationId } }),
    ]);
    return { organization, memberships, invitations, auditCount };
  },
};
