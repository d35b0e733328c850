import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruitmentCorridorInputSchema, ZRecruitmentCorridorSchema } from "../schemas";
import { addCorridor } from "../services/corridors";

export const ZAddCorridorRequestSchema = z.object({
  recruiterId: z.uuid(),
  data: ZRecruitmentCorridorInputSchema,
});

export const addCorridorProcedure = permittedProcedure("recruiter:write")
  .input(ZAddCorridorRequestSchema)
  .output(ZRecruitmentCorridorSchema)
  .mutation(({ ctx, input }) =>
    addCorridor({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      recruiterId: input.recruiterId,
      input: input.data,
    }),
  );
