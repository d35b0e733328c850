import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterEdgeSchema } from "../schemas";
import { addSubAgent } from "../services/sub-agents";

export const ZAddSubAgentRequestSchema = z.object({
  /** The recruiter that works through the sub-agent. */
  recruiterId: z.uuid(),
  subAgentId: z.uuid({ error: "validation.required" }),
});

export const addSubAgentProcedure = permittedProcedure("recruiter:write")
  .input(ZAddSubAgentRequestSchema)
  .output(ZRecruiterEdgeSchema)
  .mutation(({ ctx, input }) =>
    addSubAgent({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      recruiterId: input.recruiterId,
      subAgentId: input.subAgentId,
    }),
  );
