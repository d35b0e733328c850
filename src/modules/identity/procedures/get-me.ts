import { z } from "zod";

import { protectedProcedure } from "@/server/trpc";

import { PERMISSIONS, ROLE_PERMISSIONS } from "../permissions";
import { ZMembershipRoleSchema } from "../schemas";

export const ZGetMeResponseSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  activeOrganization: z
    .object({
      id: z.uuid(),
      name: z.string(),
      role: ZMembershipRoleSchema,
      permissions: z.array(z.enum(PERMISSIONS)),
    })
    .nullable(),
});
export type TGetMeResponse = z.infer<typeof ZGetMeResponseSchema>;

/** The signed-in user and their role in the active organisation (null if none or removed). */
export const getMeProcedure = protectedProcedure
  .output(ZGetMeResponseSchema)
  .query(async ({ ctx }) => {
    const { session } = ctx;
    const membership = session.activeOrganizationId
      ? await ctx.db.membership.findFirst({
          where: { organizationId: session.activeOrganizationId, userId: session.userId },
          select: { role: true, organization: { select: { id: true, name: true } } },
        })
      : null;
    return {
      user: session.user,
      activeOrganization: membership
        ? {
            ...membership.organization,
            role: membership.role,
            permissions: [...ROLE_PERMISSIONS[membership.role]],
          }
        : null,
    };
  });
