/** The imports module's audited actions and record types. */
export const IMPORTS_AUDIT_ACTIONS = [
  "import.uploaded",
  "import.mapped",
  "import.row_fixed",
  "import.confirmed",
  "import.completed",
  "import.failed",
  "import.cancelled",
] as const;

export const IMPORTS_AUDIT_ENTITY_TYPES = ["import_batch"] as const;
