import { createTrpcRouter } from "@/server/trpc";

export const recruitersRouter = createTrpcRouter({});
