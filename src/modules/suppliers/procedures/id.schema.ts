import { z } from "zod";

/** `{ id }`: the input of procedures that act on one record. */
export const ZIdRequestSchema = z.object({ id: z.uuid() });
