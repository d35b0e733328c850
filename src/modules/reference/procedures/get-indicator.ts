import { permittedProcedure } from "@/server/trpc";

import { ZGetIndicatorRequestSchema, ZIndicatorSchema } from "../schemas";
import { getIndicator } from "../services/indicators";

/** One indicator of the active catalogue by its stable code, with the organisation's grading. */
export const getIndicatorProcedure = permittedProcedure("risk:read")
  .input(ZGetIndicatorRequestSchema)
  .output(ZIndicatorSchema)
  .query(({ ctx, input }) =>
    getIndicator({ db: ctx.db, organizationId: ctx.org.organizationId, code: input.code }),
  );
