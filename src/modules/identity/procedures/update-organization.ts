import { permittedProcedure } from "@/server/trpc";

import { ZOrganizationProfileInputSchema, ZOrganizationProfileSchema } from "../schemas";
import { updateOrganizationProfile } from "../services/organizations";

export const updateOrganizationProcedure = permittedProcedure("organization:update")
  .input(ZOrganizationProfileInputSchema)
  .output(ZOrganizationProfileSchema)
  .mutation(({ ctx, input }) =>
    updateOrganizationProfile({
      db: ctx.db,
      actor: ctx.actor,
      organizationId: ctx.org.organizationId,
      profile: input,
    }),
  );
