"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";

const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => {
  const t = useTranslations("common");
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-xl font-semibold text-slate-900">{t("errorTitle")}</h1>
      <p className="mt-2 text-sm text-slate-700">{t("errorBody")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </main>
  );
};

export default ErrorPage;
