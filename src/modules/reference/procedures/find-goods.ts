import { permittedProcedure } from "@/server/trpc";

import { ZFindGoodsRequestSchema, ZFindGoodsResponseSchema } from "../schemas";
import { findGoods } from "../services/goods";

/** Searches the organisation's active goods list by country and good. */
export const findGoodsProcedure = permittedProcedure("risk:read")
  .input(ZFindGoodsRequestSchema)
  .output(ZFindGoodsResponseSchema)
  .query(({ ctx, input }) =>
    findGoods({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      country: input.country,
      good: input.good,
      forcedLaborOnly: input.forcedLaborOnly,
      page: input.page,
      pageSize: input.pageSize,
    }),
  );
