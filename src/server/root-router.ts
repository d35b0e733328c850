/**
 * The application's API: one sub-router per module (PRODUCT.md §3).
 */
import { identityRouter } from "@/modules/identity/router";
import { platformRouter } from "@/modules/platform/router";
import { createCallerFactory, createTrpcRouter } from "@/server/trpc";

export const appRouter = createTrpcRouter({
  identity: identityRouter,
  platform: platformRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
