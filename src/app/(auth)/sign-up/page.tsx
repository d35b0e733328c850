import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AuthFrame } from "@/components/auth-frame";
import { safeCallbackUrl } from "@/modules/identity/components/safe-callback-url";
import { SignUpForm } from "@/modules/identity/components/sign-up-form";
import { getCurrentSession } from "@/server/auth";

import { firstParam, type SearchParams } from "../../search-params";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("auth.signUp"))("title"),
});

const SignUpPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const params = await searchParams;
  const callbackUrl = firstParam(params.callbackUrl);
  if (await getCurrentSession()) redirect(safeCallbackUrl(callbackUrl));
  const t = await getTranslations("auth.signUp");
  return (
    <AuthFrame title={t("title")}>
      <SignUpForm callbackUrl={callbackUrl} initialEmail={firstParam(params.email)} />
    </AuthFrame>
  );
};

export default SignUpPage;
