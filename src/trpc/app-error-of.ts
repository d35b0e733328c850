/**
 * Reads the application error that the server's errorFormatter attached to a tRPC error.
 * Safe on the client: it only inspects the error's data.
 */
import { z } from "zod";

const ZErrorDataSchema = z.object({
  data: z.object({
    appError: z.object({
      code: z.string(),
      userMessage: z.string(),
      userMessageKey: z.string(),
    }),
    zodError: z
      .object({ fieldErrors: z.record(z.string(), z.array(z.string()).optional()) })
      .nullable()
      .optional(),
  }),
});

export type ClientAppError = {
  code: string;
  userMessage: string;
  userMessageKey: string;
  fieldErrors: Record<string, string[] | undefined>;
};

export const appErrorOf = (error: unknown): ClientAppError | null => {
  const data: unknown = error instanceof Error ? Reflect.get(error, "data") : null;
  const parsed = ZErrorDataSchema.safeParse({ data });
  if (!parsed.success) return null;
  return {
    ...parsed.data.data.appError,
    fieldErrors: parsed.data.data.zodError?.fieldErrors ?? {},
  };
};
