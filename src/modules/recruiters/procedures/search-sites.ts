import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZSiteRefSchema } from "../schemas";
import { searchSites } from "../services/site-links";

/** Sites of the organisation to link a recruiter to, by site name or supplier name. */
export const searchSitesProcedure = permittedProcedure("recruiter:read")
  .input(z.object({ q: z.string().trim().max(200) }))
  .output(z.array(ZSiteRefSchema))
  .query(({ ctx, input }) =>
    searchSites({ db: ctx.db, organizationId: ctx.org.organizationId, q: input.q }),
  );
