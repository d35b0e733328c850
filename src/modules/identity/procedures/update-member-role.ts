import { permittedProcedure } from "@/server/trpc";

import { ZMemberSchema } from "../schemas";
import { updateMemberRole } from "../services/members";
import { ZUpdateMemberRoleRequestSchema } from "./update-member-role.schema";

export const updateMemberRoleProcedure = permittedProcedure("member:update-role")
  .input(ZUpdateMemberRoleRequestSchema)
  .output(ZMemberSchema)
  .mutation(({ ctx, input }) => {
    ctx.logger.info({ input: { id: input.id } }, "changing member role");
    return updateMemberRole({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      actorRole: ctx.org.role,
      membershipId: input.id,
      role: input.data.role,
    });
  });
