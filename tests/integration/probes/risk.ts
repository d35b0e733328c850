/**
 * Probes for the risk procedures. The victim has its own weights, a country override with a
 * rationale only it knows, a finished recomputation and scores; an outsider (an owner of
 * another organisation) must see none of it and change none of it. The outsider's own
 * mutations queue recomputations of the outsider's organisation: each probe waits for them, so
 * no run outlives the test.
 */
import { DEFAULT_BAND_THRESHOLDS, DEFAULT_RISK_WEIGHTS } from "@/modules/risk/schemas";
import { waitForRiskRecomputations } from "@/modules/risk/services/request-recomputation";

import { testDb, type Caller } from "../../support/integration";
import { idOf, type ProbeArea } from "./types";

const VICTIM_OVERRIDE_REASON = "Victim rationale: labour inspection report 2026-17";

/** Runs a probe call, then waits for the recomputations it queued in the caller's organisation. */
const settled = async <T>(caller: Caller, call: Promise<T>): Promise<T> => {
  try {
    return await call;
  } finally {
    const me = await caller.identity.getMe();
    if (me.activeOrganization) await waitForRiskRecomputations(me.activeOrganization.id);
  }
};

export const riskProbes: ProbeArea = {
  setup: async ({ organization, owner }) => {
    const risk = owner.caller.risk;
    await risk.updateRiskSettings({
      weights: { ...DEFAULT_RISK_WEIGHTS, tier: { tier2: 9, tier3Plus: 13, notConnected: 17 } },
      bandThresholds: { medium: 21, high: 41, critical: 61 },
      expectedVersion: 0,
    });
    const { override } = await risk.saveCountryOverride({
      country: "TH",
      points: 37,
      reason: VICTIM_OVERRIDE_REASON,
    });
    const run = await risk.requestRecomputation();
    await waitForRiskRecomputations(organization.id);
    return {
      ids: { countryOverrideId: override.id, recomputationId: run.id },
      markers: [VICTIM_OVERRIDE_REASON, override.id, run.id],
    };
  },
  probes: {
    "risk.getSupplierRisk": {
      ids: "target",
      call: (caller, victim) =>
        caller.risk.getSupplierRisk({ supplierId: idOf(victim, "supplierId") }),
    },
    "risk.getSiteRisk": {
      ids: "target",
      call: (caller, victim) => caller.risk.getSiteRisk({ siteId: idOf(victim, "siteId") }),
    },
    "risk.getRiskSummary": { ids: "none", call: (caller) => caller.risk.getRiskSummary() },
    "risk.getRiskSettings": { ids: "none", call: (caller) => caller.risk.getRiskSettings() },
    "risk.updateRiskSettings": {
      ids: "none",
      call: async (caller) => {
        const { version } = await caller.risk.getRiskSettings();
        return settled(
          caller,
          caller.risk.updateRiskSettings({
            weights: { ...DEFAULT_RISK_WEIGHTS, tier: { tier2: 1, tier3Plus: 2, notConnected: 3 } },
            bandThresholds: DEFAULT_BAND_THRESHOLDS,
            expectedVersion: version,
          }),
        );
      },
    },
    "risk.resetRiskSettings": {
      ids: "none",
      call: async (caller) => {
        const { version } = await caller.risk.getRiskSettings();
        return settled(caller, caller.risk.resetRiskSettings({ expectedVersion: version }));
      },
    },
    "risk.listCountryOverrides": {
      ids: "none",
      call: (caller) => caller.risk.listCountryOverrides(),
    },
    "risk.saveCountryOverride": {
      // The victim's country: must create the outsider's own override, not touch the victim's.
      ids: "none",
      call: (caller) =>
        settled(
          caller,
          caller.risk.saveCountryOverride({ country: "TH", points: 1, reason: "Probe override" }),
        ),
    },
    "risk.removeCountryOverride": {
      ids: "target",
      call: (caller, victim) =>
        settled(
          caller,
          caller.risk.removeCountryOverride({ id: idOf(victim, "countryOverrideId") }),
        ),
    },
    "risk.requestRecomputation": {
      ids: "none",
      call: (caller) => settled(caller, caller.risk.requestRecomputation()),
    },
    "risk.getRecomputation": {
      ids: "target",
      call: (caller, victim) =>
        caller.risk.getRecomputation({ id: idOf(victim, "recomputationId") }),
    },
  },
  snapshot: async (organizationId) => {
    const db = testDb();
    const [settings, overrides, runs, scores] = await Promise.all([
      db.riskSettings.findMany({ where: { organizationId } }),
      db.countryRiskOverride.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.riskRecomputation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.riskScore.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    ]);
    return { settings, overrides, runs, scores };
  },
};
