/**
 * next-auth 4 configuration: email + password through the credentials provider.
 *
 * The JWT only carries `sid`, the id of a server-side `UserSession` row. `getCurrentSession()`
 * resolves that row on every request, so a revoked session or a removed membership stops working
 * immediately, whatever the cookie says.
 */
import { randomUUID } from "node:crypto";

import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";

import { env } from "@/env";
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import {
  resolveSession,
  revokeUserSession,
  type ResolvedSession,
} from "@/modules/identity/services/sessions";
import { signInWithPassword } from "@/modules/identity/services/sign-in";
import { AppError } from "@/modules/platform/errors/app-error";
import { clientIpFrom } from "@/modules/platform/rate-limit/rate-limit";
import { getDb } from "@/server/db";

import { SIGN_IN_RATE_LIMITED } from "./auth-errors";

const ZCredentialsSchema = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(200),
});

const ZSessionTokenSchema = z.object({ sid: z.string() });

const headerValue = (headers: unknown, name: string): string | null => {
  if (headers instanceof Headers) return headers.get(name);
  const parsed = z.record(z.string(), z.unknown()).safeParse(headers);
  if (!parsed.success) return null;
  const value = parsed.data[name];
  return typeof value === "string" ? value : null;
};

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_TTL_HOURS * 3600 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: async (credentials, request) => {
        const parsed = ZCredentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await signInWithPassword({
          db: getDb(),
          email: parsed.data.email,
          password: parsed.data.password,
          userAgent: headerValue(request.headers, "user-agent"),
          requestId: headerValue(request.headers, "x-request-id") ?? randomUUID(),
          clientIp: clientIpFrom({ get: (name) => headerValue(request.headers, name) }),
        }).catch((error: unknown) => {
          // next-auth hands a thrown error's message to the sign-in form as its `error` code.
          if (error instanceof AppError && error.code === "RATE_LIMITED") {
            throw new Error(SIGN_IN_RATE_LIMITED);
          }
          throw error;
        });
        if (!result) return null;
        return { id: result.userId, email: result.email, name: result.name, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user && "sid" in user && typeof user.sid === "string") token.sid = user.sid;
      return token;
    },
    session: ({ session, token }) => {
      const parsed = ZSessionTokenSchema.safeParse(token);
      return { ...session, sid: parsed.success ? parsed.data.sid : null };
    },
  },
  events: {
    signOut: async ({ token }) => {
      const parsed = ZSessionTokenSchema.safeParse(token);
      if (!parsed.success) return;
      const db = getDb();
      const session = await resolveSession({ db, sessionId: parsed.data.sid });
      await db.$transaction(async (tx) => {
        await revokeUserSession({ db: tx, sessionId: parsed.data.sid });
        if (session) {
          await recordAuditEvent(
            tx,
            { userId: session.userId, organizationId: null, requestId: randomUUID() },
            { action: "user.signed_out", entityType: "session", entityId: session.id },
          );
        }
      });
    },
  },
};

const ZSessionSchema = z.object({ sid: z.string().nullable() });

/** The server-side session id carried by this request's next-auth cookie, if any. */
export const getCurrentSessionId = async (): Promise<string | null> => {
  const parsed = ZSessionSchema.safeParse(await getServerSession(authOptions));
  return parsed.success ? parsed.data.sid : null;
};

/**
 * The signed-in user's live server-side session for this request, or null.
 * Used by server components that guard pages.
 */
export const getCurrentSession = async (): Promise<ResolvedSession | null> => {
  const sessionId = await getCurrentSessionId();
  return sessionId ? resolveSession({ db: getDb(), sessionId }) : null;
};
