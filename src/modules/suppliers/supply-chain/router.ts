import { createTrpcRouter } from "@/server/trpc";

import { getCountryCountsProcedure } from "./procedures/get-country-counts";
import { getSupplierGraphProcedure } from "./procedures/get-supplier-graph";

/** The supply-chain views: the world map of suppliers and a supplier's chain graph. */
export const supplyChainRouter = createTrpcRouter({
  getCountryCounts: getCountryCountsProcedure,
  getSupplierGraph: getSupplierGraphProcedure,
});
