/** Probes for the procedures of the supply-chain map and graph. */
import type { ProbeArea } from "./types";

export const supplyChainProbes: ProbeArea = {
  setup: () => Promise.resolve({ ids: {}, markers: [] }),
  probes: {},
  snapshot: () => Promise.resolve(null),
};
