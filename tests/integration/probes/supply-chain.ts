/** Probes for the procedures of the supply-chain map and graph. */
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";

import { testDb } from "../../support/integration";
import { idOf, type ProbeArea } from "./types";

const VICTIM_SUPPLIER = "Victim Chain Knitwear Ltd";
const VICTIM_SITE = "Victim Chain Sewing Unit";
const VICTIM_RECRUITER = "Victim Chain Recruiters Pvt Ltd";

export const supplyChainProbes: ProbeArea = {
  setup: async ({ organization }) => {
    const organizationId = organization.id;
    const supplier = await testDb().supplier.create({
      data: {
        organizationId,
        legalName: VICTIM_SUPPLIER,
        normalizedName: normalizeCompanyName(VICTIM_SUPPLIER),
        // A country only the victim has suppliers in, so that a leak in the counts shows.
        country: "TV",
        isDirect: true,
        tier: 1,
        // Scored, so that a leak in the risk per country shows too.
        currentRisk: { create: { organizationId, riskScore: 81, riskBand: "critical" } },
      },
      select: { id: true },
    });
    const site = await testDb().site.create({
      data: {
        organizationId,
        supplierId: supplier.id,
        name: VICTIM_SITE,
        country: "TV",
        siteType: "factory",
      },
      select: { id: true },
    });
    const recruiter = await testDb().recruiter.create({
      data: {
        organizationId,
        name: VICTIM_RECRUITER,
        normalizedName: normalizeCompanyName(VICTIM_RECRUITER),
      },
      select: { id: true },
    });
    await testDb().recruiterSiteLink.create({
      data: { organizationId, recruiterId: recruiter.id, siteId: site.id },
    });
    return {
      ids: { supplyChainSupplierId: supplier.id },
      markers: [VICTIM_SUPPLIER, VICTIM_SITE, VICTIM_RECRUITER, supplier.id, '"country":"TV"'],
    };
  },
  probes: {
    "supplyChain.getCountryCounts": {
      ids: "none",
      call: async (caller) => {
        // Every way of counting, with and without filters.
        const results = await Promise.all([
          caller.supplyChain.getCountryCounts({ by: "supplier" }),
          caller.supplyChain.getCountryCounts({ by: "site" }),
          caller.supplyChain.getCountryCounts({ by: "supplier", tier: 1, status: "active" }),
        ]);
        return results;
      },
    },
    "supplyChain.getCountryRisk": {
      ids: "none",
      call: (caller) =>
        Promise.all([
          caller.supplyChain.getCountryRisk({ by: "supplier" }),
          caller.supplyChain.getCountryRisk({ by: "site" }),
          caller.supplyChain.getCountryRisk({ by: "supplier", tier: 1, status: "active" }),
        ]),
    },
    "supplyChain.getSupplierGraph": {
      ids: "target",
      call: (caller, victim) =>
        caller.supplyChain.getSupplierGraph({
          supplierId: idOf(victim, "supplyChainSupplierId"),
          depth: 4,
        }),
    },
  },
  // Every procedure only reads.
  snapshot: () => Promise.resolve(null),
};
