import { permittedProcedure } from "@/server/trpc";

import { listDuplicateCandidates } from "../duplicates/list-duplicate-candidates";
import {
  ZFindDuplicateCandidatesRequestSchema,
  ZFindDuplicateCandidatesResponseSchema,
} from "./find-duplicate-candidates.schema";

export const findDuplicateCandidatesProcedure = permittedProcedure("supplier:read")
  .input(ZFindDuplicateCandidatesRequestSchema)
  .output(ZFindDuplicateCandidatesResponseSchema)
  .query(({ ctx, input }) =>
    listDuplicateCandidates({ db: ctx.db, organizationId: ctx.org.organizationId, ...input }),
  );
