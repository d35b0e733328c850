/**
 * The one place where application error codes become tRPC (and so HTTP) codes.
 */
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

import { AppError, type AppErrorCode } from "./app-error";

export const APP_TO_TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INVALID_INPUT: "BAD_REQUEST",
  EXPIRED: "BAD_REQUEST",
  ALREADY_USED: "CONFLICT",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

export const toTrpcError = (error: AppError): TRPCError =>
  new TRPCError({ code: APP_TO_TRPC_CODE[error.code], message: error.message, cause: error });

/** Finds the AppError inside whatever tRPC wrapped around it. */
export const findAppError = (error: unknown): AppError | undefined => {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof AppError) return current;
    current = current.cause;
  }
  return undefined;
};
