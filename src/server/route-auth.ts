/**
 * The procedure ladder for plain route handlers (file downloads such as exports and validation
 * reports): a live session, a membership in the active organisation, and a permission. Failures
 * become JSON responses with the same codes and messages as the API.
 */
import { can, type Permission } from "@/modules/identity/permissions";
import { resolveOrgContext, type OrgContext } from "@/modules/identity/services/org-context";
import { resolveSession } from "@/modules/identity/services/sessions";
import type { AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import { toAppError, userMessageFor } from "@/modules/platform/errors/describe-error";
import { APP_TO_TRPC_CODE } from "@/modules/platform/errors/to-trpc-error";
import { createRequestLogger, type Logger } from "@/modules/platform/logging/logger";
import { getCurrentSessionId } from "@/server/auth";
import { getDb, type Db } from "@/server/db";

import { requestIdFrom } from "./trpc";

export type RouteContext = {
  db: Db;
  org: OrgContext;
  actor: AuditActor & { userId: string };
  requestId: string;
  logger: Logger;
};

const HTTP_STATUS: Record<string, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_REQUEST: 400,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
};

/** The JSON error response for any error, as the API would describe it. */
export const errorResponse = (error: unknown, requestId: string): Response => {
  const appError = toAppError(error);
  const status = HTTP_STATUS[APP_TO_TRPC_CODE[appError.code]] ?? 500;
  return Response.json(
    { error: { code: appError.code, message: userMessageFor(appError), requestId } },
    { status },
  );
};

/**
 * Runs `handler` for a member of the active organisation whose role grants `permission`;
 * otherwise answers 401/403/412 like the API. Errors thrown by the handler are answered the same
 * way (and logged when unexpected).
 */
export const withOrgPermission = async (
  request: Request,
  permission: Permission,
  handler: (context: RouteContext) => Promise<Response>,
): Promise<Response> => {
  const requestId = requestIdFrom(request.headers);
  const db = getDb();
  let logger = createRequestLogger({ requestId, path: new URL(request.url).pathname });
  try {
    const sessionId = await getCurrentSessionId();
    const session = sessionId ? await resolveSession({ db, sessionId }) : null;
    if (!session) throw new AppError("UNAUTHORIZED", { userMessageKey: "auth.signInRequired" });
    const org = await resolveOrgContext({ db, session });
    if (!can(org.role, permission)) {
      throw new AppError("FORBIDDEN", { userMessageKey: "auth.permissionDenied" });
    }
    logger = logger.child({ userId: session.userId, organizationId: org.organizationId });
    return await handler({
      db,
      org,
      actor: { userId: session.userId, organizationId: org.organizationId, requestId },
      requestId,
      logger,
    });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") logger.error({ err: error }, "route failed");
    return errorResponse(error, requestId);
  }
};
