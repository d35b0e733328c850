import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { revokeInvitation } from "../services/invitations";

export const ZRevokeInvitationRequestSchema = z.object({ id: z.uuid() });

export const revokeInvitationProcedure = permittedProcedure("member:invite")
  .input(ZRevokeInvitationRequestSchema)
  .output(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "revoking invitation");
    return revokeInvitation({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      invitationId: input.id,
    });
  });
