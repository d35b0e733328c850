/**
 * Context for a real HTTP request: the next-auth cookie gives the server-side session id.
 */
import { clientIpFrom } from "@/modules/platform/rate-limit/rate-limit";
import { getCurrentSessionId } from "@/server/auth";
import { getDb } from "@/server/db";
import { createTrpcContext, requestIdFrom, type TrpcContext } from "@/server/trpc";

export const createRequestContext = async (headers: Headers): Promise<TrpcContext> =>
  createTrpcContext({
    db: getDb(),
    sessionId: await getCurrentSessionId(),
    requestId: requestIdFrom(headers),
    clientIp: clientIpFrom(headers),
  });
