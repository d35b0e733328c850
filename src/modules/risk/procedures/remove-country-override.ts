import { permittedProcedure } from "@/server/trpc";

import { removeCountryOverride } from "../services/country-overrides";
import {
  ZRemoveCountryOverrideRequestSchema,
  ZRemoveCountryOverrideResponseSchema,
} from "./settings.schema";

export const removeCountryOverrideProcedure = permittedProcedure("risk:configure")
  .input(ZRemoveCountryOverrideRequestSchema)
  .output(ZRemoveCountryOverrideResponseSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "removing country risk override");
    return removeCountryOverride({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      overrideId: input.id,
    });
  });
