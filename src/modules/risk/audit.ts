/** The risk module's audited actions and record types. */
export const RISK_AUDIT_ACTIONS = [
  "risk_settings.updated",
  "country_risk_override.saved",
  "country_risk_override.removed",
  "risk_recomputation.requested",
] as const;

export const RISK_AUDIT_ENTITY_TYPES = [
  "risk_settings",
  "country_risk_override",
  "risk_recomputation",
] as const;
