import { permittedProcedure } from "@/server/trpc";

import { ZCountryCountsInputSchema, ZCountryRisksSchema } from "../schemas";
import { getCountryRisk } from "../services/country-risk";

/**
 * Suppliers per country by current residual risk band, for the map's risk view and its table;
 * the same filters as the counts.
 */
export const getCountryRiskProcedure = permittedProcedure("supplier:read")
  .input(ZCountryCountsInputSchema)
  .output(ZCountryRisksSchema)
  .query(({ ctx, input }) =>
    getCountryRisk({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      by: input.by,
      tier: input.tier,
      sectorSection: input.sectorSection,
      status: input.status,
    }),
  );
