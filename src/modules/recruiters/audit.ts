/** The recruiters module's audited actions and record types. */
export const RECRUITERS_AUDIT_ACTIONS = [
  "recruiter.created",
  "recruiter.updated",
  "recruiter.archived",
  "recruiter.restored",
  "recruiter_licence.created",
  "recruiter_licence.updated",
  "recruiter_licence.deleted",
  "recruitment_corridor.created",
  "recruitment_corridor.deleted",
  "recruiter_site_link.created",
  "recruiter_site_link.updated",
  "recruiter_site_link.deleted",
  "recruiter_edge.created",
  "recruiter_edge.deleted",
] as const;

export const RECRUITERS_AUDIT_ENTITY_TYPES = [
  "recruiter",
  "recruiter_licence",
  "recruitment_corridor",
  "recruiter_site_link",
  "recruiter_edge",
] as const;
