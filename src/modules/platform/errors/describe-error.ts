/**
 * Classifies any error that reaches the API edge and produces the message a user sees.
 */
import { TRPCError } from "@trpc/server";

import { Prisma } from "@/generated/prisma/client";
import { createTranslator } from "next-intl";

import { DEFAULT_LOCALE, type AnalystLocale } from "@/i18n/config";
import { MESSAGES } from "@/i18n/messages";

import { AppError, type AppErrorCode } from "./app-error";
import { findAppError } from "./to-trpc-error";

/** Prisma's error codes for mistakes that are the request's, not the server's. */
const PRISMA_TO_APP_CODE: Record<string, AppErrorCode> = {
  P2002: "CONFLICT", // unique constraint
  P2003: "INVALID_INPUT", // foreign key points nowhere
  P2025: "NOT_FOUND", // record to update or delete not found
};

const TRPC_TO_APP_CODE: Partial<Record<TRPCError["code"], AppErrorCode>> = {
  BAD_REQUEST: "INVALID_INPUT",
  PARSE_ERROR: "INVALID_INPUT",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  TOO_MANY_REQUESTS: "RATE_LIMITED",
  PAYLOAD_TOO_LARGE: "INVALID_INPUT",
  METHOD_NOT_SUPPORTED: "INVALID_INPUT",
  UNPROCESSABLE_CONTENT: "INVALID_INPUT",
};

const findPrismaError = (error: unknown): Prisma.PrismaClientKnownRequestError | undefined => {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof Prisma.PrismaClientKnownRequestError) return current;
    current = current.cause;
  }
  return undefined;
};

/** The AppError an error stands for; unknown errors become INTERNAL. */
export const toAppError = (error: unknown): AppError => {
  const appError = findAppError(error);
  if (appError) return appError;
  const prismaError = findPrismaError(error);
  const prismaCode = prismaError ? PRISMA_TO_APP_CODE[prismaError.code] : undefined;
  if (prismaCode) return new AppError(prismaCode, { cause: error });
  if (error instanceof TRPCError) {
    const code = TRPC_TO_APP_CODE[error.code];
    if (code) return new AppError(code, { message: error.message, cause: error });
  }
  return new AppError("INTERNAL", { cause: error });
};

/** Finds a message by dotted path; keys of AppErrors are data, so they are checked at run time. */
const lookupMessage = (catalogue: unknown, path: string): string | undefined => {
  let node: unknown = catalogue;
  for (const segment of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = Reflect.get(node, segment);
  }
  return typeof node === "string" ? node : undefined;
};

export const userMessageFor = (error: AppError, locale: AnalystLocale = DEFAULT_LOCALE): string => {
  const catalogue = MESSAGES[locale];
  const template =
    lookupMessage(catalogue, `errors.${error.userMessageKey}`) ??
    lookupMessage(catalogue, `errors.code.${error.code}`) ??
    error.code;
  return createTranslator({ locale, messages: { message: template } })(
    "message",
    error.userMessageValues,
  );
};
