import { permittedProcedure } from "@/server/trpc";

import { ZIndicatorSchema, ZSetIndicatorStrengthRequestSchema } from "../schemas";
import { setIndicatorStrength } from "../services/indicators";

/** The organisation's own grading of an indicator's strength, with its rationale (audited). */
export const setIndicatorStrengthProcedure = permittedProcedure("reference:manage")
  .input(ZSetIndicatorStrengthRequestSchema)
  .output(ZIndicatorSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { code: input.code } }, "grading indicator");
    return setIndicatorStrength({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      code: input.code,
      strength: input.strength,
      rationale: input.rationale,
    });
  });
