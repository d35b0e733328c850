import { z } from "zod";

import { pageSchema, ZDuplicateCandidateSchema } from "../dto";

export const ZFindDuplicateCandidatesRequestSchema = z.object({
  /** Only the pairs that involve this supplier (the link shown after creating one). */
  supplierId: z
    .uuid()
    .nullish()
    .transform((value) => value ?? null),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(10),
});

export const ZFindDuplicateCandidatesResponseSchema = pageSchema(ZDuplicateCandidateSchema);

export const ZMergeDuplicatesRequestSchema = z.object({
  candidateId: z.uuid(),
  /** Which of the pair's two suppliers stays; the other is merged into it and archived. */
  survivorId: z.uuid(),
});

export const ZRejectDuplicateRequestSchema = z.object({ candidateId: z.uuid() });
