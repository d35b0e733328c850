import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRemoveIndicatorStrengthRequestSchema } from "../schemas";
import { removeIndicatorStrength } from "../services/indicators";

/** Removes the organisation's grading of an indicator (audited); the catalogue's applies again. */
export const removeIndicatorStrengthProcedure = permittedProcedure("reference:manage")
  .input(ZRemoveIndicatorStrengthRequestSchema)
  .output(z.object({ id: z.uuid(), code: z.string() }))
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "removing indicator grading");
    return removeIndicatorStrength({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      id: input.id,
    });
  });
