/** Probes for the procedures of imports and exports. */
import type { ProbeArea } from "./types";

export const importsProbes: ProbeArea = {
  setup: () => Promise.resolve({ ids: {}, markers: [] }),
  probes: {},
  snapshot: () => Promise.resolve(null),
};
