/** The identity module's audited actions and record types. */
export const IDENTITY_AUDIT_ACTIONS = [
  "user.signed_up",
  "user.signed_in",
  "user.signed_out",
  "organization.created",
  "organization.updated",
  "organization.switched_to",
  "invitation.created",
  "invitation.revoked",
  "invitation.accepted",
  "membership.role_changed",
  "membership.removed",
] as const;

export const IDENTITY_AUDIT_ENTITY_TYPES = [
  "user",
  "organization",
  "membership",
  "member_invitation",
  "session",
] as const;
