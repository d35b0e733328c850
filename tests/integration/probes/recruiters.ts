/**
 * Probes for the procedures of recruiters, licences, corridors, site links and sub-agents.
 * Where a procedure takes two ids (a recruiter and a site, a recruiter and a sub-agent), the
 * outsider passes its own recruiter with the victim's other id: both ids must be checked.
 */
import {
  createRecruiterRow,
  createSupplierWithSite,
  recruiterInput,
} from "../../factories/recruiters";
import { testDb, type Caller } from "../../support/integration";
import { idOf, type ProbeArea } from "./types";

const MARKERS = {
  recruiter: "Victim Recruiter Agency",
  subAgent: "Victim Village Sub-Agent",
  licenceNumber: "VICTIM-LIC-0042",
  authority: "Victim Licensing Authority",
  site: "Victim Sewing Site",
  supplier: "Victim Knitwear Supplier",
  website: "victim-recruiter.example",
};

const LICENCE = {
  licenceNumber: "OUTSIDER-1",
  issuingAuthority: null,
  issuingCountry: "NP",
  status: "valid" as const,
  validFrom: null,
  validUntil: null,
};

/** A recruiter of the outsider's own organisation, to pair with one of the victim's ids. */
const ownRecruiter = async (caller: Caller) =>
  (await caller.recruiters.createRecruiter(recruiterInput({ name: "Outsider Recruiter" }))).id;

const probes: ProbeArea["probes"] = {
  "recruiters.findRecruiters": {
    ids: "none",
    call: async (caller) => [
      await caller.recruiters.findRecruiters({}),
      await caller.recruiters.findRecruiters({ q: "Victim", status: "all", flag: "any" }),
    ],
  },
  "recruiters.getRecruiter": {
    ids: "target",
    call: (caller, victim) => caller.recruiters.getRecruiter({ id: idOf(victim, "recruiterId") }),
  },
  "recruiters.createRecruiter": {
    ids: "none",
    call: (caller) =>
      caller.recruiters.createRecruiter(recruiterInput({ name: "Outsider Agency" })),
  },
  "recruiters.updateRecruiter": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.updateRecruiter({
        id: idOf(victim, "recruiterId"),
        data: recruiterInput({ name: "Hijacked" }),
      }),
  },
  "recruiters.archiveRecruiter": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.archiveRecruiter({ id: idOf(victim, "recruiterId") }),
  },
  "recruiters.restoreRecruiter": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.restoreRecruiter({ id: idOf(victim, "archivedRecruiterId") }),
  },
  "recruiters.addLicence": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.addLicence({ recruiterId: idOf(victim, "recruiterId"), data: LICENCE }),
  },
  "recruiters.updateLicence": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.updateLicence({ id: idOf(victim, "recruiterLicenceId"), data: LICENCE }),
  },
  "recruiters.removeLicence": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.removeLicence({ id: idOf(victim, "recruiterLicenceId") }),
  },
  "recruiters.addCorridor": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.addCorridor({
        recruiterId: idOf(victim, "recruiterId"),
        data: { originCountry: "MM", destinationCountry: "TH" },
      }),
  },
  "recruiters.removeCorridor": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.removeCorridor({ id: idOf(victim, "recruitmentCorridorId") }),
  },
  "recruiters.searchSites": {
    ids: "none",
    call: async (caller) => [
      await caller.recruiters.searchSites({ q: "" }),
      await caller.recruiters.searchSites({ q: "Victim" }),
    ],
  },
  "recruiters.linkSite": {
    ids: "target",
    call: async (caller, victim) =>
      caller.recruiters.linkSite({
        recruiterId: await ownRecruiter(caller),
        data: { siteId: idOf(victim, "siteId"), workersRecruited: 10, year: 2025 },
      }),
  },
  "recruiters.updateSiteLink": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.updateSiteLink({
        id: idOf(victim, "recruiterSiteLinkId"),
        data: { workersRecruited: 1, year: 2020 },
      }),
  },
  "recruiters.unlinkSite": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.unlinkSite({ id: idOf(victim, "recruiterSiteLinkId") }),
  },
  "recruiters.addSubAgent": {
    ids: "target",
    call: async (caller, victim) =>
      caller.recruiters.addSubAgent({
        recruiterId: await ownRecruiter(caller),
        subAgentId: idOf(victim, "subAgentRecruiterId"),
      }),
  },
  "recruiters.removeSubAgent": {
    ids: "target",
    call: (caller, victim) =>
      caller.recruiters.removeSubAgent({ id: idOf(victim, "recruiterEdgeId") }),
  },
};

export const recruitersProbes: ProbeArea = {
  setup: async ({ organization, owner }) => {
    const recruiters = owner.caller.recruiters;
    const recruiter = await recruiters.createRecruiter(
      recruiterInput({
        name: MARKERS.recruiter,
        countries: ["NP", "MY"],
        feePolicy: "fees_charged",
        feeAmount: "1200.00",
        feeCurrency: "USD",
        website: MARKERS.website,
      }),
    );
    const licence = await recruiters.addLicence({
      recruiterId: recruiter.id,
      data: {
        licenceNumber: MARKERS.licenceNumber,
        issuingAuthority: MARKERS.authority,
        issuingCountry: "NP",
        status: "revoked",
        validFrom: "2020-01-01",
        validUntil: "2030-01-01",
      },
    });
    const corridor = await recruiters.addCorridor({
      recruiterId: recruiter.id,
      data: { originCountry: "NP", destinationCountry: "MY" },
    });
    const site = await createSupplierWithSite(testDb(), {
      organizationId: organization.id,
      supplierName: MARKERS.supplier,
      siteName: MARKERS.site,
    });
    const link = await recruiters.linkSite({
      recruiterId: recruiter.id,
      data: { siteId: site.id, workersRecruited: 140, year: 2024 },
    });
    const subAgent = await recruiters.createRecruiter(
      recruiterInput({ name: MARKERS.subAgent, recruiterType: "sub_agent" }),
    );
    const edge = await recruiters.addSubAgent({
      recruiterId: recruiter.id,
      subAgentId: subAgent.id,
    });
    const archived = await createRecruiterRow(testDb(), {
      organizationId: organization.id,
      name: "Victim Archived Recruiter",
      archivedAt: new Date(),
    });
    return {
      ids: {
        recruiterId: recruiter.id,
        subAgentRecruiterId: subAgent.id,
        archivedRecruiterId: archived.id,
        recruiterLicenceId: licence.id,
        recruitmentCorridorId: corridor.id,
        siteId: site.id,
        recruiterSiteLinkId: link.id,
        recruiterEdgeId: edge.id,
      },
      markers: [...Object.values(MARKERS), "Victim Archived Recruiter"],
    };
  },
  probes,
  snapshot: async (organizationId) => {
    const db = testDb();
    const byId = { orderBy: { id: "asc" as const } };
    const [recruiters, licences, corridors, siteLinks, edges] = await Promise.all([
      db.recruiter.findMany({ where: { organizationId }, ...byId }),
      db.recruiterLicence.findMany({ where: { organizationId }, ...byId }),
      db.recruitmentCorridor.findMany({ where: { organizationId }, ...byId }),
      db.recruiterSiteLink.findMany({ where: { organizationId }, ...byId }),
      db.recruiterEdge.findMany({ where: { organizationId }, ...byId }),
    ]);
    return { recruiters, licences, corridors, siteLinks, edges };
  },
};
