import { permittedProcedure } from "@/server/trpc";

import { ZCountryCountsInputSchema, ZCountryCountsSchema } from "../schemas";
import { getCountryCounts } from "../services/country-counts";

/** Suppliers and sites per country, for the world map and its table. */
export const getCountryCountsProcedure = permittedProcedure("supplier:read")
  .input(ZCountryCountsInputSchema)
  .output(ZCountryCountsSchema)
  .query(({ ctx, input }) =>
    getCountryCounts({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      by: input.by,
      tier: input.tier,
      sectorSection: input.sectorSection,
      status: input.status,
    }),
  );
