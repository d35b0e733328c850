/**
 * tRPC setup and the procedure ladder. Routes pick a rung; they never re-implement one.
 *
 *   publicProcedure         anyone; request id, logger, error mapping
 *   protectedProcedure      a live server-side session (revoked or expired sessions fail)
 *   permittedProcedure(p)   a member of the session's active organisation whose role grants
 *                           permission `p`; puts `ctx.org` ({ organizationId, role }) and
 *                           `ctx.actor` (for the audit log) in the context
 *
 * Sections: 1. context · 2. initialisation and error shape · 3. the ladder.
 */
import { randomUUID } from "node:crypto";

import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";

import { can, type Permission } from "@/modules/identity/permissions";
import { resolveOrgContext } from "@/modules/identity/services/org-context";
import { resolveSession, type ResolvedSession } from "@/modules/identity/services/sessions";
import type { AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import { toAppError, userMessageFor } from "@/modules/platform/errors/describe-error";
import { toTrpcError } from "@/modules/platform/errors/to-trpc-error";
import { createRequestLogger, type Logger } from "@/modules/platform/logging/logger";
import type { Db } from "@/server/db";

// ─── 1. Context ────────────────────────────────────────────────────────────────────────────────

export type TrpcContext = {
  db: Db;
  session: ResolvedSession | null;
  requestId: string;
  /** The client's address as the proxy reports it; for rate limits, never stored in clear. */
  clientIp: string;
  logger: Logger;
};

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,100}$/;

/** Honours a well-formed X-Request-Id from a proxy so logs line up; otherwise makes one. */
export const requestIdFrom = (headers: Headers): string => {
  const given = headers.get("x-request-id");
  return given && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
};

/**
 * Builds the context from a server-side session id. The HTTP handler and the tests both come
 * through here, so tests exercise the same session checks as production.
 */
export const createTrpcContext = async ({
  db,
  sessionId,
  requestId = randomUUID(),
  clientIp = "unknown",
}: {
  db: Db;
  sessionId: string | null;
  requestId?: string;
  clientIp?: string;
}): Promise<TrpcContext> => {
  const session = sessionId ? await resolveSession({ db, sessionId }) : null;
  return {
    db,
    session,
    requestId,
    clientIp,
    logger: createRequestLogger({ requestId, userId: session?.userId }),
  };
};

// ─── 2. Initialisation and error shape ────────────────────────────────────────────────────────

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter: ({ shape, error }) => {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const appError = toAppError(error);
    return {
      ...shape,
      // Internal details never reach the client; the request id lets support find the logs.
      message: appError.code === "INTERNAL" ? "Internal error" : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        zodError,
        appError: {
          code: appError.code,
          userMessage: userMessageFor(appError),
          userMessageKey: appError.userMessageKey,
        },
      },
    };
  },
});

export const createTrpcRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Turns AppErrors (and known database errors) into their tRPC codes, and logs each call:
 * expected failures at info, anything else at error.
 */
const observability = t.middleware(async ({ ctx, path, type, next }) => {
  const logger = ctx.logger.child({ path });
  const startedAt = performance.now();
  const result = await next({ ctx: { logger } });
  const durationMs = Math.round(performance.now() - startedAt);
  if (result.ok) {
    logger.debug({ type, durationMs }, "procedure ok");
    return result;
  }
  const appError = toAppError(result.error);
  if (appError.code === "INTERNAL") {
    logger.error({ type, durationMs, err: result.error.cause ?? result.error }, "procedure failed");
  } else {
    logger.info({ type, durationMs, code: appError.code }, "procedure refused");
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR" && appError.code !== "INTERNAL") {
    throw toTrpcError(appError);
  }
  return result;
});

// ─── 3. The ladder ─────────────────────────────────────────────────────────────────────────────

export const publicProcedure = t.procedure.use(observability);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new AppError("UNAUTHORIZED", { userMessageKey: "auth.signInRequired" });
  }
  return next({ ctx: { session: ctx.session } });
});

/**
 * Resolves the caller's membership in the session's active organisation, on every request, so
 * that a removed member loses access at once. Not exported: every organisation-scoped procedure
 * must name the permission it needs through `permittedProcedure`.
 */
const orgProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const org = await resolveOrgContext({ db: ctx.db, session: ctx.session });
  const actor: AuditActor = {
    userId: ctx.session.userId,
    organizationId: org.organizationId,
    requestId: ctx.requestId,
  };
  return next({
    ctx: { org, actor, logger: ctx.logger.child({ organizationId: org.organizationId }) },
  });
});

/** A member of the active organisation whose role grants `permission`. */
export const permittedProcedure = (permission: Permission) =>
  orgProcedure.use(({ ctx, next }) => {
    if (!can(ctx.org.role, permission)) {
      throw new AppError("FORBIDDEN", {
        message: `role ${ctx.org.role} lacks ${permission}`,
        userMessageKey: "auth.permissionDenied",
      });
    }
    return next();
  });
