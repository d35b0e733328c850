import { permittedProcedure } from "@/server/trpc";

import { ZFindRecruitersInputSchema, ZFindRecruitersOutputSchema } from "../schemas";
import { findRecruiters } from "../services/find-recruiters";

export const findRecruitersProcedure = permittedProcedure("recruiter:read")
  .input(ZFindRecruitersInputSchema)
  .output(ZFindRecruitersOutputSchema)
  .query(({ ctx, input }) =>
    findRecruiters({ db: ctx.db, organizationId: ctx.org.organizationId, input }),
  );
