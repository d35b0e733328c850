/**
 * Every kind of audited change, named `<entity>.<past-tense verb>`. The audit log page filters by
 * these; later modules add theirs here.
 */
export const AUDIT_ACTIONS = [
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

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  "user",
  "organization",
  "membership",
  "member_invitation",
  "session",
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
