import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZRecruiterDetailSchema } from "../schemas";
import { getRecruiter } from "../services/get-recruiter";

export const getRecruiterProcedure = permittedProcedure("recruiter:read")
  .input(z.object({ id: z.uuid() }))
  .output(ZRecruiterDetailSchema)
  .query(({ ctx, input }) =>
    getRecruiter({ db: ctx.db, organizationId: ctx.org.organizationId, recruiterId: input.id }),
  );
