/**
 * Role → permission table. The single source of truth for what each role may do; procedures
 * declare the permission they need (`orgProcedure.requires("member:invite")`) and the UI asks
 * `can()` only to hide controls, never to protect anything.
 */
import type { MembershipRole } from "@/generated/prisma/enums";

export const MEMBERSHIP_ROLES = [
  "owner",
  "admin",
  "analyst",
  "procurement",
  "viewer",
] as const satisfies readonly MembershipRole[];

export const PERMISSIONS = [
  "organization:read",
  "organization:update",
  "member:read",
  "member:invite",
  "member:update-role",
  "member:remove",
  "audit:read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ_ONLY: readonly Permission[] = ["organization:read", "member:read"];

const ADMINISTRATION: readonly Permission[] = [
  ...READ_ONLY,
  "organization:update",
  "member:invite",
  "member:update-role",
  "member:remove",
  "audit:read",
];

export const ROLE_PERMISSIONS: Record<MembershipRole, ReadonlySet<Permission>> = {
  owner: new Set(ADMINISTRATION),
  admin: new Set(ADMINISTRATION),
  // Analysts run due diligence; they can read the audit trail of the work they are part of.
  analyst: new Set([...READ_ONLY, "audit:read"]),
  procurement: new Set(READ_ONLY),
  viewer: new Set(READ_ONLY),
};

export const can = (role: MembershipRole, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].has(permission);

/**
 * Who may grant or change which role. Only owners create or manage other owners, so an admin
 * cannot take over the organisation.
 */
export const canManageRole = (actorRole: MembershipRole, targetRole: MembershipRole): boolean => {
  if (actorRole === "owner") return true;
  if (actorRole === "admin") return targetRole !== "owner";
  return false;
};
