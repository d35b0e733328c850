import { createTrpcRouter } from "@/server/trpc";

export const importsRouter = createTrpcRouter({});
