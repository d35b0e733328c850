/**
 * The outsider probe is assembled from one file per area of the API, so each module declares
 * the probes for its own procedures (see tenant-isolation.integration.test.ts).
 */
import type { FactoryOrganization } from "../../factories/identity";
import type { Actor, Caller } from "../../support/integration";

/** The victim organisation, with the ids every area's setup recorded. */
export type ProbeVictim = {
  organization: FactoryOrganization;
  owner: Actor;
  ids: Record<string, string>;
};

/** The id a setup recorded under `name` (fails loudly when a setup forgot it). */
export const idOf = (victim: ProbeVictim, name: string): string => {
  const id = victim.ids[name];
  if (!id) throw new Error(`the victim has no id "${name}"`);
  return id;
};

export type Probe = {
  /**
   * How the procedure uses ids: "target" acts on the record with that id (the victim's must be
   * NOT_FOUND), "filter" narrows a list by it (the victim's must match nothing), "none".
   */
  ids: "target" | "filter" | "none";
  call: (outsider: Caller, victim: ProbeVictim) => Promise<unknown>;
};

export type ProbeArea = {
  /**
   * Adds the area's records to the victim organisation (through its owner's caller or the
   * factories). Returns their ids, and strings (names, emails) that must never reach an outsider.
   */
  setup: (victim: ProbeVictim) => Promise<{ ids: Record<string, string>; markers: string[] }>;
  /** One probe per procedure of the area: the key is the procedure's path. */
  probes: Record<string, Probe>;
  /** Everything of the victim's that the area's probes could change, to compare before/after. */
  snapshot: (organizationId: string) => Promise<unknown>;
};
