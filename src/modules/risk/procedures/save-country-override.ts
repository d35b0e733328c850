import { permittedProcedure } from "@/server/trpc";

import { ZSaveCountryOverrideRequestSchema } from "../schemas";
import { saveCountryOverride } from "../services/country-overrides";
import { ZSaveCountryOverrideResponseSchema } from "./settings.schema";

export const saveCountryOverrideProcedure = permittedProcedure("risk:configure")
  .input(ZSaveCountryOverrideRequestSchema)
  .output(ZSaveCountryOverrideResponseSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { country: input.country } }, "saving country risk override");
    return saveCountryOverride({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      input,
    });
  });
