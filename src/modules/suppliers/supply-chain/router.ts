import { createTrpcRouter } from "@/server/trpc";

import { getCountryCountsProcedure } from "./procedures/get-country-counts";
import { getCountryRiskProcedure } from "./procedures/get-country-risk";
import { getSupplierGraphProcedure } from "./procedures/get-supplier-graph";

/** The supply-chain views: the world map of suppliers (counts or risk) and a chain graph. */
export const supplyChainRouter = createTrpcRouter({
  getCountryCounts: getCountryCountsProcedure,
  getCountryRisk: getCountryRiskProcedure,
  getSupplierGraph: getSupplierGraphProcedure,
});
