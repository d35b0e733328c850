/**
 * Why two suppliers were paired as possible duplicates: the `reasons` JSON column of
 * duplicate_candidates, typed here and parsed on every read and write. Client-safe (the review
 * queue shows them).
 */
import { z } from "zod";

/** Names at least this alike (pg_trgm similarity, 0–1) in the same country are likely the same… */
export const LIKELY_NAME_SIMILARITY = 0.6;

/**
 * …provided their distinctive parts (without generic trade words, see distinctiveName) are at
 * least this alike too, or the words of one are all among the other's: "Rahman Knit Composite"
 * and "Karim Knit Composite" are 0.6 alike as whole names, but "rahman" and "karim" are not;
 * "dhaka" is wholly inside "dhaka composites".
 */
export const DISTINCTIVE_NAME_SIMILARITY = 0.5;

export const ZDuplicateReasonSchema = z.discriminatedUnion("code", [
  z.object({
    code: z.literal("similar_name"),
    /** pg_trgm similarity of the normalized names, 0–1. */
    similarity: z.number().min(0).max(1),
  }),
  z.object({ code: z.literal("same_website_domain"), domain: z.string() }),
  z.object({
    code: z.literal("same_registration_id"),
    /** Upper case, without spaces: the form in which the two were compared. */
    registrationId: z.string(),
    sameCountry: z.boolean(),
  }),
]);
export type TDuplicateReason = z.infer<typeof ZDuplicateReasonSchema>;

export const ZDuplicateReasonsSchema = z.array(ZDuplicateReasonSchema).min(1);
export type TDuplicateReasons = z.infer<typeof ZDuplicateReasonsSchema>;
