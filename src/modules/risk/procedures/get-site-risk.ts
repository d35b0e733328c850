import { permittedProcedure } from "@/server/trpc";

import { ZGetSiteRiskRequestSchema, ZSubjectRiskSchema } from "../schemas";
import { getSiteRisk } from "../services/subject-risk";

export const getSiteRiskProcedure = permittedProcedure("risk:read")
  .input(ZGetSiteRiskRequestSchema)
  .output(ZSubjectRiskSchema)
  .query(({ ctx, input }) =>
    getSiteRisk({ db: ctx.db, organizationId: ctx.org.organizationId, siteId: input.siteId }),
  );
