import { protectedProcedure } from "@/server/trpc";

import { ZOrganizationProfileInputSchema, ZOrganizationProfileSchema } from "../schemas";
import { createOrganization } from "../services/organizations";

/** Any signed-in user may create an organisation; they become its owner. */
export const createOrganizationProcedure = protectedProcedure
  .input(ZOrganizationProfileInputSchema)
  .output(ZOrganizationProfileSchema)
  .mutation(async ({ ctx, input }) => {
    const organization = await createOrganization({
      db: ctx.db,
      userId: ctx.session.userId,
      sessionId: ctx.session.id,
      requestId: ctx.requestId,
      profile: input,
    });
    ctx.logger.info({ organizationId: organization.id }, "organization created");
    return organization;
  });
