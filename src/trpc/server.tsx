import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";

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

/** Direct calls from server components (page guards, redirects). */
export const getServerCaller = async () => createCaller(await createContext());

export const HydrateClient = ({ children }: { children: ReactNode }) => (
  <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>
);
