/**
 * The application's API: one sub-router per module (PRODUCT.md §3).
 */
import { identityRouter } from "@/modules/identity/router";
import { importsRouter } from "@/modules/imports/router";
import { platformRouter } from "@/modules/platform/router";
import { recruitersRouter } from "@/modules/recruiters/router";
import { referenceRouter } from "@/modules/reference/router";
import { riskRouter } from "@/modules/risk/router";
import { suppliersRouter } from "@/modules/suppliers/router";
import { supplyChainRouter } from "@/modules/suppliers/supply-chain/router";
import { createCallerFactory, createTrpcRouter } from "@/server/trpc";

export const appRouter = createTrpcRouter({
  identity: identityRouter,
  platform: platformRouter,
  reference: referenceRouter,
  suppliers: suppliersRouter,
  supplyChain: supplyChainRouter,
  recruiters: recruitersRouter,
  imports: importsRouter,
  risk: riskRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
