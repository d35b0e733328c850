import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZInvitationSchema } from "../schemas";
import { listInvitations } from "../services/invitations";

/** Pending (and expired, not yet replaced) invitations of the active organisation. */
export const listInvitationsProcedure = permittedProcedure("member:invite")
  .output(z.array(ZInvitationSchema))
  .query(({ ctx }) => listInvitations({ db: ctx.db, organizationId: ctx.org.organizationId }));
