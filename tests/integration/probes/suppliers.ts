/** Probes for the procedures of suppliers, sites, supply edges and duplicates. */
import type { ProbeArea } from "./types";

export const suppliersProbes: ProbeArea = {
  setup: () => Promise.resolve({ ids: {}, markers: [] }),
  probes: {},
  snapshot: () => Promise.resolve(null),
};
