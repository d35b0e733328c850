import { permittedProcedure } from "@/server/trpc";

import { ZOrganizationProfileSchema } from "../schemas";
import { getOrganizationProfile } from "../services/organizations";

/** The active organisation's profile. */
export const getOrganizationProcedure = permittedProcedure("organization:read")
  .output(ZOrganizationProfileSchema)
  .query(({ ctx }) =>
    getOrganizationProfile({ db: ctx.db, organizationId: ctx.org.organizationId }),
  );
