import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { AuthFrame } from "@/components/auth-frame";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AcceptInvitationButton } from "@/modules/identity/components/accept-invitation-button";
import { SignOutButton } from "@/modules/identity/components/sign-out-button";
import type { TInvitationPreview, TInvitationState } from "@/modules/identity/schemas";
import { toAppError } from "@/modules/platform/errors/describe-error";
import { getCurrentSession } from "@/server/auth";
import { serverCall } from "@/trpc/server";

export const metadata: Metadata = { robots: { index: false } };

/** The invitation, null when the link is not valid, or "rateLimited" after too many misses. */
const loadInvitation = async (
  token: string,
): Promise<TInvitationPreview | null | "rateLimited"> => {
  try {
    return await serverCall((caller) => caller.identity.getInvitation({ token }));
  } catch (error) {
    const { code } = toAppError(error);
    if (code === "NOT_FOUND" || code === "INVALID_INPUT") return null;
    if (code === "RATE_LIMITED") return "rateLimited";
    throw error;
  }
};

type ClosedState = Exclude<TInvitationState, "pending"> | "notFound";

/** Why the invitation cannot be accepted, or null when it can. */
const closedStateOf = (invitation: TInvitationPreview | null): ClosedState | null => {
  if (invitation === null) return "notFound";
  return invitation.state === "pending" ? null : invitation.state;
};

/**
 * The page behind the link in a colleague invitation. Each state gets its own clear message;
 * a valid invitation leads to sign-up or sign-in with the invited address, then acceptance.
 */
const InvitationPage = async ({ params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const tRoles = await getTranslations("roles");
  const format = await getFormatter();
  const invitation = await loadInvitation(token);
  if (invitation === "rateLimited") {
    return (
      <AuthFrame title={t("rateLimited.title")}>
        <p className="text-sm text-slate-700">{t("rateLimited.body")}</p>
      </AuthFrame>
    );
  }

  const closedState = closedStateOf(invitation);
  if (invitation === null || closedState !== null) {
    const state = closedState ?? "notFound";
    return (
      <AuthFrame title={t(`${state}.title`)}>
        <p className="text-sm text-slate-700">{t(`${state}.body`)}</p>
        {state === "accepted" && (
          <Button asChild className="mt-6">
            <Link href="/sign-in">{t("accepted.signIn")}</Link>
          </Button>
        )}
      </AuthFrame>
    );
  }

  const session = await getCurrentSession();
  const values = {
    organization: invitation.organizationName,
    email: invitation.email,
    role: tRoles(invitation.role),
    inviter: invitation.invitedByName ?? "",
  };
  const here = `/invite/${token}`;
  const authQuery = `callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`;

  return (
    <AuthFrame title={t("title", values)}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          {invitation.invitedByName ? t("summary", values) : t("summaryNoInviter", values)}
        </p>
        <p className="text-xs text-slate-600">
          {t("expiresAt", {
            date: format.dateTime(invitation.expiresAt, { dateStyle: "long", timeStyle: "short" }),
          })}
        </p>
        {!session && (
          <div className="flex flex-col gap-3">
            <Button asChild>
              <Link href={`/sign-up?${authQuery}`}>{t("createAccount", values)}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/sign-in?${authQuery}`}>{t("signInToAccept", values)}</Link>
            </Button>
          </div>
        )}
        {session && session.user.email !== invitation.email && (
          <>
            <Alert tone="warning">
              {t("wrongAccount", { current: session.user.email, email: invitation.email })}
            </Alert>
            <SignOutButton callbackUrl={here} label={t("signOut")} />
          </>
        )}
        {session && session.user.email === invitation.email && (
          <AcceptInvitationButton
            token={token}
            label={t("accept", values)}
            pendingLabel={t("accepting")}
          />
        )}
      </div>
    </AuthFrame>
  );
};

export default InvitationPage;
