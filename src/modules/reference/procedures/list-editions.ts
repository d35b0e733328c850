import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZDatasetEditionsSchema, ZListEditionsRequestSchema } from "../schemas";
import { listEditions } from "../services/editions";

/** Each dataset with its editions (built-in and the organisation's own) and the active one. */
export const listEditionsProcedure = permittedProcedure("risk:read")
  .input(ZListEditionsRequestSchema)
  .output(z.array(ZDatasetEditionsSchema))
  .query(({ ctx, input }) =>
    listEditions({
      db: ctx.db,
      organizationId: ctx.org.organizationId,
      dataset: input.dataset,
    }),
  );
