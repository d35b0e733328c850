import { z } from "zod";

import { protectedProcedure } from "@/server/trpc";

import { ZInvitationTokenSchema, ZMembershipRoleSchema } from "../schemas";
import { acceptInvitation } from "../services/invitations";

export const ZAcceptInvitationRequestSchema = z.object({ token: ZInvitationTokenSchema });
export const ZAcceptInvitationResponseSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  role: ZMembershipRoleSchema,
});

export const acceptInvitationProcedure = protectedProcedure
  .input(ZAcceptInvitationRequestSchema)
  .output(ZAcceptInvitationResponseSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await acceptInvitation({
      db: ctx.db,
      token: input.token,
      userId: ctx.session.userId,
      userEmail: ctx.session.user.email,
      sessionId: ctx.session.id,
      requestId: ctx.requestId,
      clientIp: ctx.clientIp,
    });
    ctx.logger.info({ organizationId: result.organizationId }, "invitation accepted");
    return result;
  });
