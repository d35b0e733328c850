import { permittedProcedure } from "@/server/trpc";

import { ZRiskSettingsSchema } from "../schemas";
import { getRiskSettings } from "../services/risk-settings";

/** The organisation's weights and band thresholds (the defaults, version 0, until changed). */
export const getRiskSettingsProcedure = permittedProcedure("risk:read")
  .output(ZRiskSettingsSchema)
  .query(({ ctx }) => getRiskSettings({ db: ctx.db, organizationId: ctx.org.organizationId }));
