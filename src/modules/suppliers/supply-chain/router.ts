import { createTrpcRouter } from "@/server/trpc";

export const supplyChainRouter = createTrpcRouter({});
