/** Probes for the procedures of suppliers, sites, supply edges and duplicates. */
import { supplierInput } from "../../factories/suppliers";
import { testDb } from "../../support/integration";
import { idOf, type ProbeArea } from "./types";

const VICTIM_REGISTRATION = "VICTIM-REG-001";

const siteData = { name: "Probe site", country: "TH", siteType: "factory" as const };

const probes: ProbeArea["probes"] = {
  "suppliers.findSuppliers": {
    ids: "none",
    call: (caller) =>
      Promise.all([
        caller.suppliers.findSuppliers({ q: "Victim", includeArchived: true }),
        // Every risk band and "not scored": whatever the victim's suppliers score, they match.
        caller.suppliers.findSuppliers({
          riskBands: ["critical", "high", "medium", "low", "none"],
          sort: "riskScore",
          direction: "desc",
          includeArchived: true,
        }),
      ]),
  },
  "suppliers.getSupplier": {
    ids: "target",
    call: (caller, victim) => caller.suppliers.getSupplier({ id: idOf(victim, "supplierId") }),
  },
  "suppliers.checkSupplierDuplicates": {
    // The victim's own name and registration id must find nothing in the outsider's organisation.
    ids: "filter",
    call: (caller, victim) =>
      caller.suppliers.checkSupplierDuplicates({
        legalName: "Victim Spinning Mills",
        country: "TH",
        registrationId: VICTIM_REGISTRATION,
        excludeSupplierId: idOf(victim, "otherSupplierId"),
      }),
  },
  "suppliers.createSupplier": {
    // Same country and registration id as the victim's supplier: must not merge into it.
    ids: "filter",
    call: (caller) =>
      caller.suppliers.createSupplier(
        supplierInput({
          legalName: "Probe Supplier",
          country: "TH",
          registrationId: VICTIM_REGISTRATION,
        }),
      ),
  },
  "suppliers.updateSupplier": {
    ids: "target",
    call: (caller, victim) =>
      caller.suppliers.updateSupplier({
        id: idOf(victim, "supplierId"),
        data: supplierInput({ legalName: "Hijacked" }),
      }),
  },
  "suppliers.archiveSupplier": {
    ids: "target",
    call: (caller, victim) => caller.suppliers.archiveSupplier({ id: idOf(victim, "supplierId") }),
  },
  "suppliers.restoreSupplier": {
    ids: "target",
    call: (caller, victim) =>
      caller.suppliers.restoreSupplier({ id: idOf(victim, "archivedSupplierId") }),
  },
  "suppliers.createSite": {
    ids: "target",
    call: (caller, victim) =>
      caller.suppliers.createSite({ supplierId: idOf(victim, "supplierId"), data: siteData }),
  },
  "suppliers.updateSite": {
    ids: "target",
    call: (caller, victim) =>
      caller.suppliers.updateSite({ id: idOf(victim, "siteId"), data: siteData }),
  },
  "suppliers.archiveSite": {
    ids: "target",
    call: (caller, victim) => caller.suppliers.archiveSite({ id: idOf(victim, "siteId") }),
  },
  "suppliers.restoreSite": {
    ids: "target",
    call: (caller, victim) => caller.suppliers.restoreSite({ id: idOf(victim, "archivedSiteId") }),
  },
  "suppliers.createSupplyEdge": {
    ids: "target",
    call: (caller, victim) =>
      caller.suppliers.createSupplyEdge({
        buyerSupplierId: idOf(victim, "otherSupplierId"),
        supplierId: idOf(victim, "supplierId"),
      }),
  },
  "suppliers.deleteSupplyEdge": {
    ids: "target",
    call: (caller, victim) => caller.suppliers.deleteSupplyEdge({ id: idOf(victim, "edgeId") }),
  },
  "suppliers.findDuplicateCandidates": {
    ids: "filter",
    call: (caller, victim) =>
      caller.suppliers.findDuplicateCandidates({ supplierId: idOf(victim, "supplierId") }),
  },
  "suppliers.countPendingDuplicates": {
    ids: "none",
    call: (caller) => caller.suppliers.countPendingDuplicates(),
  },
  "suppliers.mergeDuplicates": {
    ids: "target",
    call: (caller, victim) =>
      caller.suppliers.mergeDuplicates({
        candidateId: idOf(victim, "duplicateCandidateId"),
        survivorId: idOf(victim, "supplierId"),
      }),
  },
  "suppliers.rejectDuplicate": {
    ids: "target",
    call: (caller, victim) =>
      caller.suppliers.rejectDuplicate({ candidateId: idOf(victim, "duplicateCandidateId") }),
  },
};

export const suppliersProbes: ProbeArea = {
  setup: async ({ owner }) => {
    const suppliers = owner.caller.suppliers;
    const { supplier } = await suppliers.createSupplier(
      supplierInput({
        legalName: "Victim Spinning Mills",
        country: "TH",
        registrationId: VICTIM_REGISTRATION,
      }),
    );
    // Alike enough to be queued as a likely duplicate of the first.
    const { supplier: other } = await suppliers.createSupplier(
      supplierInput({ legalName: "Victim Spinning Mill Group", country: "TH", isDirect: false }),
    );
    const { supplier: archived } = await suppliers.createSupplier(
      supplierInput({ legalName: "Victim Archived Dyehouse", country: "VN" }),
    );
    await suppliers.archiveSupplier({ id: archived.id });
    const site = await suppliers.createSite({
      supplierId: supplier.id,
      data: { name: "Victim Ayutthaya Plant", country: "TH", siteType: "factory", headcount: 420 },
    });
    const archivedSite = await suppliers.createSite({
      supplierId: supplier.id,
      data: { name: "Victim Closed Warehouse", country: "TH", siteType: "warehouse" },
    });
    await suppliers.archiveSite({ id: archivedSite.id });
    const edge = await suppliers.createSupplyEdge({
      buyerSupplierId: supplier.id,
      supplierId: other.id,
      product: "Victim cotton yarn",
    });
    const [candidate] = (await suppliers.findDuplicateCandidates({})).items;
    if (!candidate) throw new Error("the victim's duplicate pair was not queued");
    return {
      ids: {
        supplierId: supplier.id,
        otherSupplierId: other.id,
        archivedSupplierId: archived.id,
        siteId: site.id,
        archivedSiteId: archivedSite.id,
        edgeId: edge.id,
        duplicateCandidateId: candidate.id,
      },
      markers: [
        "Victim Spinning Mills",
        "Victim Spinning Mill Group",
        "Victim Archived Dyehouse",
        "Victim Ayutthaya Plant",
        "Victim Closed Warehouse",
        "Victim cotton yarn",
        supplier.id,
        other.id,
      ],
    };
  },
  probes,
  snapshot: async (organizationId) => {
    const db = testDb();
    const [suppliers, sites, edges, candidates] = await Promise.all([
      db.supplier.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.site.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.supplyEdge.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.duplicateCandidate.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    ]);
    return { suppliers, sites, edges, candidates };
  },
};
