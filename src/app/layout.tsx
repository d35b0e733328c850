import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { HydrationMarker } from "@/components/hydration-marker";
import { TRPCReactProvider } from "@/trpc/react";

import "./globals.css";

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
  };
};

const RootLayout = async ({ children }: { children: ReactNode }) => {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <NextIntlClientProvider>
          <TRPCReactProvider>{children}</TRPCReactProvider>
          <HydrationMarker />
        </NextIntlClientProvider>
      </body>
    </html>
  );
};

export default RootLayout;
