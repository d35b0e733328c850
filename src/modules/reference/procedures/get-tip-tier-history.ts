import { permittedProcedure } from "@/server/trpc";

import { ZGetTipTierHistoryRequestSchema, ZTipTierHistorySchema } from "../schemas";
import { getTipTierHistory } from "../services/tip-tier-history";

/** One country's TIP tier in every report year, as the organisation's risk scores read it. */
export const getTipTierHistoryProcedure = permittedProcedure("risk:read")
  .input(ZGetTipTierHistoryRequestSchema)
  .output(ZTipTierHistorySchema)
  .query(({ ctx, input }) =>
    getTipTierHistory({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      country: input.country,
    }),
  );
