import { z } from "zod";

import { protectedProcedure } from "@/server/trpc";

import { switchActiveOrganization } from "../services/organizations";

export const ZSwitchOrganizationRequestSchema = z.object({ organizationId: z.uuid() });
export const ZSwitchOrganizationResponseSchema = z.object({ organizationId: z.uuid() });

export const switchOrganizationProcedure = protectedProcedure
  .input(ZSwitchOrganizationRequestSchema)
  .output(ZSwitchOrganizationResponseSchema)
  .mutation(({ ctx, input }) =>
    switchActiveOrganization({
      db: ctx.db,
      userId: ctx.session.userId,
      sessionId: ctx.session.id,
      requestId: ctx.requestId,
      organizationId: input.organizationId,
    }),
  );
