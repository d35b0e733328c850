import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { countPendingDuplicates } from "../duplicates/list-duplicate-candidates";

export const countPendingDuplicatesProcedure = permittedProcedure("supplier:read")
  .output(z.object({ pending: z.number().int() }))
  .query(async ({ ctx }) => ({
    pending: await countPendingDuplicates({ db: ctx.db, organizationId: ctx.org.organizationId }),
  }));
