import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { removeSubAgent } from "../services/sub-agents";

/** Removes a recruiter → sub-agent edge, by the edge's id. */
export const removeSubAgentProcedure = permittedProcedure("recruiter:write")
  .input(z.object({ id: z.uuid() }))
  .output(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) =>
    removeSubAgent({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      edgeId: input.id,
    }),
  );
