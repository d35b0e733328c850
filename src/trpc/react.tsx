"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";

import type { AppRouter } from "@/server/root-router";

import { appErrorOf } from "./app-error-of";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/**
 * Session-level failures send the browser where it can recover: signed out → sign-in page;
 * removed from the organisation → the organisation chooser.
 */
const redirectOnSessionLoss = (error: unknown): void => {
  const appError = appErrorOf(error);
  if (!appError) return;
  if (appError.code === "UNAUTHORIZED") {
    window.location.assign(`/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname)}`);
  } else if (
    appError.userMessageKey === "organization.noLongerMember" ||
    appError.userMessageKey === "organization.noneSelected"
  ) {
    window.location.assign("/organizations");
  }
};

let browserQueryClient: QueryClient | undefined;
const getQueryClient = (): QueryClient => {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient(redirectOnSessionLoss);
  return browserQueryClient;
};

export const TRPCReactProvider = ({ children }: { children: ReactNode }) => {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
};
