/** Probes for the reference data procedures (global data, nothing tenant-owned). */
import type { ProbeArea } from "./types";

export const referenceProbes: ProbeArea = {
  setup: () => Promise.resolve({ ids: {}, markers: [] }),
  probes: {
    "reference.listSectors": { ids: "none", call: (caller) => caller.reference.listSectors() },
  },
  snapshot: () => Promise.resolve(null),
};
