import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { removeMember } from "../services/members";

export const ZRemoveMemberRequestSchema = z.object({ id: z.uuid() });
export const ZRemoveMemberResponseSchema = z.object({ membershipId: z.uuid() });

export const removeMemberProcedure = permittedProcedure("member:remove")
  .input(ZRemoveMemberRequestSchema)
  .output(ZRemoveMemberResponseSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "removing member");
    return removeMember({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      actorRole: ctx.org.role,
      actorUserId: ctx.session.userId,
      membershipId: input.id,
    });
  });
