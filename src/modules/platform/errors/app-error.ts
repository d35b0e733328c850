/**
 * The app-wide error type. Services throw `AppError`; they never import tRPC. The tRPC layer maps
 * each code to a transport code in one table (`to-trpc-error.ts`) and sends the user-facing
 * message, translated from `messages/<locale>.json` under `errors.*`.
 */

export const APP_ERROR_CODES = [
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_INPUT",
  "EXPIRED",
  "ALREADY_USED",
  "PRECONDITION_FAILED",
  "RATE_LIMITED",
  "INTERNAL",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Values interpolated into the translated user message (ICU placeholders). */
export type UserMessageValues = Record<string, string | number>;

type AppErrorOptions = {
  /** For logs and developers. Defaults to the user message key. */
  message?: string;
  /** Key under `errors.` in the message files; defaults to `errors.code.<CODE>`. */
  userMessageKey?: string;
  userMessageValues?: UserMessageValues;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessageKey: string;
  readonly userMessageValues: UserMessageValues;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    const userMessageKey = options.userMessageKey ?? `code.${code}`;
    super(options.message ?? `${code}: ${userMessageKey}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessageKey = userMessageKey;
    this.userMessageValues = options.userMessageValues ?? {};
  }
}

/** Codes that are the caller's doing; anything else is logged as an error. */
export const isExpectedAppErrorCode = (code: AppErrorCode): boolean => code !== "INTERNAL";
