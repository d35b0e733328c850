import { z } from "zod";

import { publicProcedure } from "@/server/trpc";

import { ZInvitationPreviewSchema, ZInvitationTokenSchema } from "../schemas";
import { previewInvitation } from "../services/invitations";

export const ZGetInvitationRequestSchema = z.object({ token: ZInvitationTokenSchema });

/** What the invitation link's page shows; readable without an account (the token is the key). */
export const getInvitationProcedure = publicProcedure
  .input(ZGetInvitationRequestSchema)
  .output(ZInvitationPreviewSchema)
  .query(({ ctx, input }) =>
    previewInvitation({ db: ctx.db, token: input.token, clientIp: ctx.clientIp }),
  );
