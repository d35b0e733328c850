import { permittedProcedure } from "@/server/trpc";

import { resetRiskSettings } from "../services/risk-settings";
import {
  ZResetRiskSettingsRequestSchema,
  ZSaveRiskSettingsResponseSchema,
} from "./settings.schema";

export const resetRiskSettingsProcedure = permittedProcedure("risk:configure")
  .input(ZResetRiskSettingsRequestSchema)
  .output(ZSaveRiskSettingsResponseSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info(
      { input: { expectedVersion: input.expectedVersion } },
      "resetting risk settings",
    );
    return resetRiskSettings({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      expectedVersion: input.expectedVersion,
    });
  });
