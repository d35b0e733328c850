import { z } from "zod";

import { ZEmailSchema, ZInvitationSchema, ZMembershipRoleSchema } from "../schemas";

export const ZInviteMemberRequestSchema = z.object({
  email: ZEmailSchema,
  role: ZMembershipRoleSchema,
});
export type TInviteMemberRequest = z.infer<typeof ZInviteMemberRequestSchema>;

export const ZInviteMemberResponseSchema = z.object({
  invitation: ZInvitationSchema,
  /** Shown once to the inviter, so the link can be shared when email is not configured. */
  inviteUrl: z.url(),
  emailConfigured: z.boolean(),
});
