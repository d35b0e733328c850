/** The reference module's audited actions and record types. */
export const REFERENCE_AUDIT_ACTIONS = [
  "reference_edition.loaded",
  "indicator_strength.overridden",
  "indicator_strength.override_removed",
] as const;

export const REFERENCE_AUDIT_ENTITY_TYPES = ["reference_edition", "indicator"] as const;
