/**
 * Sends visitors without a session cookie to the sign-in page, remembering where they were
 * going. Only a convenience for deep links: the real checks happen on the server for every
 * request (the session row and the membership are read each time).
 */
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export const proxy = (request: NextRequest) => {
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSessionCookie) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
};

export const config = {
  // Everything except the public pages, the API and static assets.
  matcher: ["/((?!sign-in|sign-up|invite/|api/|_next/|icon.svg|favicon.ico).*)"],
};
