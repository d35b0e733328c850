import { permittedProcedure } from "@/server/trpc";

import { removeMember } from "../services/members";
import { ZRemoveMemberResponseSchema } from "./remove-member";

/** Any member may leave the active organisation, except its last owner. */
export const leaveOrganizationProcedure = permittedProcedure("organization:read")
  .output(ZRemoveMemberResponseSchema)
  .mutation(({ ctx }) =>
    removeMember({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      actorRole: ctx.org.role,
      actorUserId: ctx.session.userId,
      membershipId: ctx.org.membershipId,
    }),
  );
