import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { removeCorridor } from "../services/corridors";

export const removeCorridorProcedure = permittedProcedure("recruiter:write")
  .input(z.object({ id: z.uuid() }))
  .output(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) =>
    removeCorridor({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      corridorId: input.id,
    }),
  );
