import { env } from "@/env";
import { dispatchOutboxSoon } from "@/modules/platform/email/outbox";
import { permittedProcedure } from "@/server/trpc";

import { inviteMember } from "../services/invitations";
import { ZInviteMemberRequestSchema, ZInviteMemberResponseSchema } from "./invite-member.schema";

export const inviteMemberProcedure = permittedProcedure("member:invite")
  .input(ZInviteMemberRequestSchema)
  .output(ZInviteMemberResponseSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await inviteMember({
      db: ctx.db,
      actor: { ...ctx.actor, userId: ctx.session.userId },
      organizationId: ctx.org.organizationId,
      actorRole: ctx.org.role,
      email: input.email,
      role: input.role,
    });
    ctx.logger.info({ invitationId: result.invitation.id }, "member invited");
    dispatchOutboxSoon(ctx.db);
    return { ...result, emailConfigured: env.SMTP_URL !== undefined };
  });
