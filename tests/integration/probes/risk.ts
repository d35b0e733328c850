/** Probes for the risk procedures. */
import type { ProbeArea } from "./types";

export const riskProbes: ProbeArea = {
  setup: () => Promise.resolve({ ids: {}, markers: [] }),
  probes: {},
  snapshot: () => Promise.resolve(null),
};
