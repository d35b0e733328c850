/** The suppliers module's audited actions and record types. */
export const SUPPLIERS_AUDIT_ACTIONS = [
  "supplier.created",
  "supplier.updated",
  "supplier.archived",
  "supplier.restored",
  "supplier.merged",
  "site.created",
  "site.updated",
  "site.archived",
  "site.restored",
  "supply_edge.created",
  "supply_edge.deleted",
  "duplicate.merged",
  "duplicate.rejected",
] as const;

export const SUPPLIERS_AUDIT_ENTITY_TYPES = [
  "supplier",
  "site",
  "supply_edge",
  "duplicate_candidate",
] as const;
