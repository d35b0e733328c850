/** Probes for the procedures of imports (the upload and downloads are route handlers). */
import { csvFile, uploadAs } from "../../factories/imports";
import { testDb } from "../../support/integration";
import { idOf, type ProbeArea } from "./types";

const VICTIM_SUPPLIER = "Victim Import Supplier Ltd";
const VICTIM_FILE = "victim-suppliers.csv";

export const importsProbes: ProbeArea = {
  setup: async ({ organization, owner }) => {
    const importBatchId = await uploadAs(
      owner,
      organization.id,
      "suppliers",
      csvFile(
        [
          ["Legal name", "Country"],
          [VICTIM_SUPPLIER, "Thailand"],
          ["Victim Second Row Co", "Atlantis"],
        ],
        { name: VICTIM_FILE },
      ),
    );
    await owner.caller.imports.setImportMapping({
      id: importBatchId,
      mapping: { legalName: "Legal name", country: "Country" },
    });
    return { ids: { importBatchId }, markers: [VICTIM_SUPPLIER, VICTIM_FILE] };
  },
  probes: {
    "imports.listImports": { ids: "none", call: (caller) => caller.imports.listImports({}) },
    "imports.getImport": {
      ids: "target",
      call: (caller, victim) => caller.imports.getImport({ id: idOf(victim, "importBatchId") }),
    },
    "imports.listImportRows": {
      ids: "target",
      call: (caller, victim) =>
        caller.imports.listImportRows({ id: idOf(victim, "importBatchId"), filter: "all" }),
    },
    "imports.setImportMapping": {
      ids: "target",
      call: (caller, victim) =>
        caller.imports.setImportMapping({
          id: idOf(victim, "importBatchId"),
          mapping: { legalName: "Legal name", country: "Country" },
        }),
    },
    "imports.fixImportRow": {
      ids: "target",
      call: (caller, victim) =>
        caller.imports.fixImportRow({
          id: idOf(victim, "importBatchId"),
          rowNumber: 3,
          cells: { "Legal name": "Hijacked", Country: "France" },
        }),
    },
    "imports.confirmImport": {
      ids: "target",
      call: (caller, victim) => caller.imports.confirmImport({ id: idOf(victim, "importBatchId") }),
    },
    "imports.cancelImport": {
      ids: "target",
      call: (caller, victim) => caller.imports.cancelImport({ id: idOf(victim, "importBatchId") }),
    },
  },
  snapshot: async (organizationId) => {
    const [batches, rows] = await Promise.all([
      testDb().importBatch.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      testDb().importRow.findMany({
        where: { organizationId },
        orderBy: [{ importBatchId: "asc" }, { rowNumber: "asc" }],
      }),
    ]);
    return { batches, rows };
  },
};
