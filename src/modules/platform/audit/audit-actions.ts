/**
 * Every kind of audited change, named `<entity>.<past-tense verb>`, gathered from each module's
 * own list (`src/modules/<module>/audit.ts`). The audit log page filters by these.
 */
import { IDENTITY_AUDIT_ACTIONS, IDENTITY_AUDIT_ENTITY_TYPES } from "@/modules/identity/audit";
import { IMPORTS_AUDIT_ACTIONS, IMPORTS_AUDIT_ENTITY_TYPES } from "@/modules/imports/audit";
import { REFERENCE_AUDIT_ACTIONS, REFERENCE_AUDIT_ENTITY_TYPES } from "@/modules/reference/audit";
import { RISK_AUDIT_ACTIONS, RISK_AUDIT_ENTITY_TYPES } from "@/modules/risk/audit";
import {
  RECRUITERS_AUDIT_ACTIONS,
  RECRUITERS_AUDIT_ENTITY_TYPES,
} from "@/modules/recruiters/audit";
import { SUPPLIERS_AUDIT_ACTIONS, SUPPLIERS_AUDIT_ENTITY_TYPES } from "@/modules/suppliers/audit";

export const AUDIT_ACTIONS = [
  ...IDENTITY_AUDIT_ACTIONS,
  ...SUPPLIERS_AUDIT_ACTIONS,
  ...RECRUITERS_AUDIT_ACTIONS,
  ...IMPORTS_AUDIT_ACTIONS,
  ...REFERENCE_AUDIT_ACTIONS,
  ...RISK_AUDIT_ACTIONS,
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  ...IDENTITY_AUDIT_ENTITY_TYPES,
  ...SUPPLIERS_AUDIT_ENTITY_TYPES,
  ...RECRUITERS_AUDIT_ENTITY_TYPES,
  ...IMPORTS_AUDIT_ENTITY_TYPES,
  ...REFERENCE_AUDIT_ENTITY_TYPES,
  ...RISK_AUDIT_ENTITY_TYPES,
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
