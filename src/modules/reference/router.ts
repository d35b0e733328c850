/**
 * The reference module's procedures: the indicator catalogue (with the organisation's own
 * gradings of strength), the reference editions and their rows, the goods list and TIP tiers.
 * Uploading an edition is a file upload, so it is a route: POST /api/reference/editions.
 */
import { createTrpcRouter } from "@/server/trpc";

import { findGoodsProcedure } from "./procedures/find-goods";
import { getEditionProcedure } from "./procedures/get-edition";
import { getIndicatorProcedure } from "./procedures/get-indicator";
import { getTipTierHistoryProcedure } from "./procedures/get-tip-tier-history";
import { listEditionsProcedure } from "./procedures/list-editions";
import { listIndicatorsProcedure } from "./procedures/list-indicators";
import { listSectorsProcedure } from "./procedures/list-sectors";
import { removeIndicatorStrengthProcedure } from "./procedures/remove-indicator-strength";
import { setIndicatorStrengthProcedure } from "./procedures/set-indicator-strength";

export const referenceRouter = createTrpcRouter({
  listSectors: listSectorsProcedure,
  listIndicators: listIndicatorsProcedure,
  getIndicator: getIndicatorProcedure,
  setIndicatorStrength: setIndicatorStrengthProcedure,
  removeIndicatorStrength: removeIndicatorStrengthProcedure,
  listEditions: listEditionsProcedure,
  getEdition: getEditionProcedure,
  findGoods: findGoodsProcedure,
  getTipTierHistory: getTipTierHistoryProcedure,
});
