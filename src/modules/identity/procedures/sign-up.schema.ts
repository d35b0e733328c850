import { z } from "zod";

import { ZEmailSchema, ZPasswordSchema, ZPersonNameSchema } from "../schemas";

export const ZSignUpRequestSchema = z.object({
  name: ZPersonNameSchema,
  email: ZEmailSchema,
  password: ZPasswordSchema,
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequestSchema>;

export const ZSignUpResponseSchema = z.object({ userId: z.uuid(), email: z.string() });
