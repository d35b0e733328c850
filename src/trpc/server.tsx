import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache, type ReactNode } from "react";

import { toAppError } from "@/modules/platform/errors/describe-error";
import { createRequestContext } from "@/server/request-context";
import { appRouter, createCaller } from "@/server/root-router";

import { makeQueryClient } from "./query-client";

const createContext = cache(async () => createRequestContext(await headers()));

/** One query client per server request. */
export const getQueryClient = cache(makeQueryClient);

/** For server components: `prefetch(trpc.identity.listMembers.queryOptions())`. */
export const trpc = createTRPCOptionsProxy({
  ctx: createContext,
  router: appRouter,
  queryClient: getQueryClient,
});

export type ServerCaller = ReturnType<typeof createCaller>;

/**
 * Calls procedures from a server component. Layouts and pages render in parallel, so each one
 * must cope with a lost session itself: signed out → sign-in page; no longer a member of the
 * active organisation → the organisation chooser. Anything else propagates to the error page.
 */
export const serverCall = async <T,>(load: (caller: ServerCaller) => Promise<T>): Promise<T> => {
  try {
    return await load(createCaller(await createContext()));
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "UNAUTHORIZED") redirect("/sign-in");
    if (
      appError.userMessageKey === "organization.noLongerMember" ||
      appError.userMessageKey === "organization.noneSelected"
    ) {
      redirect("/organizations");
    }
    throw error;
  }
};

export const HydrateClient = ({ children }: { children: ReactNode }) => (
  <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>
);
