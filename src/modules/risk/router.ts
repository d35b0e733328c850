import { createTrpcRouter } from "@/server/trpc";

export const riskRouter = createTrpcRouter({});
