import { publicProcedure } from "@/server/trpc";

import { signUp } from "../services/sign-up";
import { ZSignUpRequestSchema, ZSignUpResponseSchema } from "./sign-up.schema";

export const signUpProcedure = publicProcedure
  .input(ZSignUpRequestSchema)
  .output(ZSignUpResponseSchema)
  .mutation(async ({ ctx, input }) => {
    const user = await signUp({ db: ctx.db, requestId: ctx.requestId, ...input });
    ctx.logger.info({ userId: user.id }, "user signed up");
    return { userId: user.id, email: user.email };
  });
