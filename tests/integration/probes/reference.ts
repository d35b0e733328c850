/**
 * Probes for the reference procedures. Built-in reference data is global; what an organisation
 * owns is its own editions (uploaded lists) and its gradings of indicator strength. The victim
 * has one of each, with markers that must never reach an outsider: its goods-list edition lists a
 * good nobody else has, with a later effective date, so that a leak into the outsider's active
 * list would show in findGoods and listEditions.
 */
import { dateOnly, sha256Of } from "@/modules/reference/services/edition-content";
import { loadEdition, lockEditions } from "@/modules/reference/services/load-edition";

import { testDb } from "../../support/integration";
import { idOf, type ProbeArea } from "./types";

const MARKERS = {
  edition: "Victim Goods Edition 2031",
  source: "Victim Private Labour Source",
  good: "Victimberries",
  rationale: "Victim organisation grading rationale, kept private",
};

/** The indicator the victim grades, and that outsiders read and grade for themselves. */
const GRADED_CODE = "OP-4.01";

export const referenceProbes: ProbeArea = {
  setup: async ({ organization, owner }) => {
    const organizationId = organization.id;
    const bytes = new TextEncoder().encode(`victim goods ${organizationId}`);
    const edition = await testDb().$transaction(async (tx) => {
      await lockEditions(tx);
      return loadEdition({
        tx,
        organizationId,
        loadedByUserId: owner.user.id,
        edition: {
          meta: {
            edition: MARKERS.edition,
            effectiveDate: dateOnly("2025-06-01"),
            source: MARKERS.source,
            licence: "Victim licence",
          },
          sha256: sha256Of([{ name: "victim.csv", bytes }]),
          content: {
            dataset: "goods_list",
            rows: [
              {
                good: MARKERS.good,
                goodKey: MARKERS.good.toLowerCase(),
                sector: "Agriculture",
                country: "MY",
                childLabor: false,
                forcedLabor: true,
                forcedChildLabor: false,
                derived: false,
                derivedFromCountry: null,
              },
            ],
          },
        },
      });
    });
    const grading = await owner.caller.reference.setIndicatorStrength({
      code: GRADED_CODE,
      strength: "strong",
      rationale: MARKERS.rationale,
    });
    return {
      ids: {
        referenceEditionId: edition.id,
        indicatorStrengthOverrideId: grading.override?.id ?? "",
      },
      markers: [...Object.values(MARKERS), edition.id],
    };
  },
  probes: {
    "reference.listSectors": { ids: "none", call: (caller) => caller.reference.listSectors() },
    "reference.listIndicators": {
      ids: "none",
      call: async (caller) => [
        await caller.reference.listIndicators({}),
        await caller.reference.listIndicators({ strength: "strong", search: "working" }),
      ],
    },
    "reference.getIndicator": {
      ids: "none",
      call: (caller) => caller.reference.getIndicator({ code: GRADED_CODE }),
    },
    "reference.setIndicatorStrength": {
      ids: "none",
      // The outsider grades the same indicator for its own organisation: the victim's stays.
      call: (caller) =>
        caller.reference.setIndicatorStrength({
          code: GRADED_CODE,
          strength: "weak",
          rationale: "The outsider's own grading of this indicator.",
        }),
    },
    "reference.removeIndicatorStrength": {
      ids: "target",
      call: (caller, victim) =>
        caller.reference.removeIndicatorStrength({
          id: idOf(victim, "indicatorStrengthOverrideId"),
        }),
    },
    "reference.listEditions": {
      ids: "none",
      call: async (caller) => [
        await caller.reference.listEditions({}),
        await caller.reference.listEditions({ dataset: "goods_list" }),
      ],
    },
    "reference.getEdition": {
      ids: "target",
      call: (caller, victim) =>
        caller.reference.getEdition({ id: idOf(victim, "referenceEditionId") }),
    },
    "reference.findGoods": {
      ids: "none",
      call: async (caller) => [
        await caller.reference.findGoods({ good: MARKERS.good }),
        await caller.reference.findGoods({ country: "Malaysia", pageSize: 100 }),
      ],
    },
    "reference.getTipTierHistory": {
      ids: "none",
      call: (caller) => caller.reference.getTipTierHistory({ country: "Malaysia" }),
    },
  },
  snapshot: async (organizationId) => {
    const db = testDb();
    const byId = { orderBy: { id: "asc" as const } };
    const [editions, goods, overrides] = await Promise.all([
      db.referenceEdition.findMany({ where: { organizationId }, ...byId }),
      db.goodsListEntry.findMany({ where: { edition: { organizationId } }, ...byId }),
      db.indicatorStrengthOverride.findMany({ where: { organizationId }, ...byId }),
    ]);
    return { editions, goods, overrides };
  },
};
