import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The centred frame of the pages used before sign-in (sign-in, sign-up, invitation). */
export const AuthFrame = async ({ title, children }: { title: ReactNode; children: ReactNode }) => {
  const t = await getTranslations("app");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-6 text-center text-2xl font-bold tracking-tight text-teal-900">
        {t("name")}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-6 text-xl font-semibold text-slate-900">{title}</h1>
        {children}
      </div>
      <p className="mt-6 text-center text-sm text-slate-600">{t("tagline")}</p>
    </main>
  );
};
