import { permittedProcedure } from "@/server/trpc";

import { ZUpdateRiskSettingsRequestSchema } from "../schemas";
import { updateRiskSettings } from "../services/risk-settings";
import { ZSaveRiskSettingsResponseSchema } from "./settings.schema";

export const updateRiskSettingsProcedure = permittedProcedure("risk:configure")
  .input(ZUpdateRiskSettingsRequestSchema)
  .output(ZSaveRiskSettingsResponseSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info(
      { input: { expectedVersion: input.expectedVersion } },
      "updating risk settings",
    );
    return updateRiskSettings({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      weights: input.weights,
      bandThresholds: input.bandThresholds,
      expectedVersion: input.expectedVersion,
    });
  });
