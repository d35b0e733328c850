/** Probes for the procedures of recruiters, licences, corridors, site links and sub-agents. */
import type { ProbeArea } from "./types";

export const recruitersProbes: ProbeArea = {
  setup: () => Promise.resolve({ ids: {}, markers: [] }),
  probes: {},
  snapshot: () => Promise.resolve(null),
};
