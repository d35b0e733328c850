import { permittedProcedure } from "@/server/trpc";

import { ZSupplyEdgeSchema } from "../dto";
import { deleteSupplyEdge } from "../services/supply-edges";
import { ZIdRequestSchema } from "./id.schema";

export const deleteSupplyEdgeProcedure = permittedProcedure("supplier:write")
  .input(ZIdRequestSchema)
  .output(ZSupplyEdgeSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "removing supply edge");
    return deleteSupplyEdge({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      edgeId: input.id,
    });
  });
