/**
 * Structured JSON logging (pino). Each request gets a child logger carrying its request id,
 * user, organisation and procedure path, so one grep follows a request end to end.
 * Log ids, never payloads: supplier and worker data must not end up in logs.
 */
import pino, { type Logger } from "pino";

import { env } from "@/env";

export type { Logger };

const globalForLogger = globalThis as { fairtraceLogger?: Logger };

export const logger: Logger = (globalForLogger.fairtraceLogger ??= pino({
  level: env.LOG_LEVEL,
  base: { service: "fairtrace" },
  redact: {
    paths: ["password", "*.password", "token", "*.token", "passwordHash", "*.passwordHash"],
    censor: "[redacted]",
  },
}));

export type RequestLogContext = {
  requestId: string;
  path?: string;
  userId?: string;
  organizationId?: string;
};

export const createRequestLogger = (context: RequestLogContext): Logger => logger.child(context);
