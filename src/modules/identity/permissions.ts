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
  /** Suppliers, sites, supply edges, and the duplicate review queue. */
  "supplier:read",
  "supplier:write",
  /** Recruiters, licences, corridors, site links, sub-agent chains. */
  "recruiter:read",
  "recruiter:write",
  /** Upload, map, validate and confirm spreadsheet imports. */
  "data:import",
  /** Download suppliers, sites and recruiters as CSV/XLSX. */
  "data:export",
  /** Risk scores and their explanations; the indicator catalogue and reference data. */
  "risk:read",
  /** Risk weights, band thresholds, country overrides; recomputation. */
  "risk:configure",
  /**
   * Load a newer edition of a reference list (goods list, TIP tiers) for the organisation, and
   * grade an indicator's strength for it.
   */
  "reference:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ_ONLY: readonly Permission[] = [
  "organization:read",
  "member:read",
  "supplier:read",
  "recruiter:read",
  "risk:read",
];

/** The due-diligence work itself: mapping suppliers and recruiters, importing data. */
const DUE_DILIGENCE: readonly Permission[] = [
  "supplier:write",
  "recruiter:write",
  "data:import",
  "data:export",
  "audit:read",
];

const ADMINISTRATION: readonly Permission[] = [
  "risk:configure",
  "reference:manage",
  "organization:update",
  "member:invite",
  "member:update-role",
  "member:remove",
];

export const ROLE_PERMISSIONS: Record<MembershipRole, ReadonlySet<Permission>> = {
  owner: new Set([...READ_ONLY, ...DUE_DILIGENCE, ...ADMINISTRATION]),
  admin: new Set([...READ_ONLY, ...DUE_DILIGENCE, ...ADMINISTRATION]),
  // Analysts run due diligence; they can read the audit trail of the work they are part of.
  analyst: new Set([...READ_ONLY, ...DUE_DILIGENCE]),
  // Procurement reads supplier risk and exports the supporting data.
  procurement: new Set([...READ_ONLY, "data:export"]),
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
