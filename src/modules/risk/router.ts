import { createTrpcRouter } from "@/server/trpc";

import { getRecomputationProcedure } from "./procedures/get-recomputation";
import { getRiskSettingsProcedure } from "./procedures/get-risk-settings";
import { getRiskSummaryProcedure } from "./procedures/get-risk-summary";
import { getSiteRiskProcedure } from "./procedures/get-site-risk";
import { getSupplierRiskProcedure } from "./procedures/get-supplier-risk";
import { listCountryOverridesProcedure } from "./procedures/list-country-overrides";
import { removeCountryOverrideProcedure } from "./procedures/remove-country-override";
import { requestRecomputationProcedure } from "./procedures/request-recomputation";
import { resetRiskSettingsProcedure } from "./procedures/reset-risk-settings";
import { saveCountryOverrideProcedure } from "./procedures/save-country-override";
import { updateRiskSettingsProcedure } from "./procedures/update-risk-settings";

export const riskRouter = createTrpcRouter({
  getSupplierRisk: getSupplierRiskProcedure,
  getSiteRisk: getSiteRiskProcedure,
  getRiskSummary: getRiskSummaryProcedure,
  getRiskSettings: getRiskSettingsProcedure,
  updateRiskSettings: updateRiskSettingsProcedure,
  resetRiskSettings: resetRiskSettingsProcedure,
  listCountryOverrides: listCountryOverridesProcedure,
  saveCountryOverride: saveCountryOverrideProcedure,
  removeCountryOverride: removeCountryOverrideProcedure,
  requestRecomputation: requestRecomputationProcedure,
  getRecomputation: getRecomputationProcedure,
});
