import { permittedProcedure } from "@/server/trpc";

import { ZRiskSummarySchema } from "../schemas";
import { getRiskSummary } from "../services/risk-summary";

/** Live suppliers per band of their current residual score, the unscored ones, and when. */
export const getRiskSummaryProcedure = permittedProcedure("risk:read")
  .output(ZRiskSummarySchema)
  .query(({ ctx }) => getRiskSummary({ db: ctx.db, organizationId: ctx.org.organizationId }));
