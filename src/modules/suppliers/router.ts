import { createTrpcRouter } from "@/server/trpc";

export const suppliersRouter = createTrpcRouter({});
