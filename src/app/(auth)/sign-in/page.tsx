import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AuthFrame } from "@/components/auth-frame";
import { safeCallbackUrl } from "@/modules/identity/components/safe-callback-url";
import { SignInForm } from "@/modules/identity/components/sign-in-form";
import { getCurrentSession } from "@/server/auth";

import { firstParam, type SearchParams } from "../../search-params";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("auth.signIn"))("title"),
});

const SignInPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const params = await searchParams;
  const callbackUrl = firstParam(params.callbackUrl);
  if (await getCurrentSession()) redirect(safeCallbackUrl(callbackUrl));
  const t = await getTranslations("auth.signIn");
  return (
    <AuthFrame title={t("title")}>
      <SignInForm callbackUrl={callbackUrl} initialEmail={firstParam(params.email)} />
    </AuthFrame>
  );
};

export default SignInPage;
