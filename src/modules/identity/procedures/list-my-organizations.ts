import { z } from "zod";

import { protectedProcedure } from "@/server/trpc";

import { ZMyOrganizationSchema } from "../schemas";
import { listMyOrganizations } from "../services/organizations";

export const listMyOrganizationsProcedure = protectedProcedure
  .output(z.array(ZMyOrganizationSchema))
  .query(({ ctx }) =>
    listMyOrganizations({
      db: ctx.db,
      userId: ctx.session.userId,
      activeOrganizationId: ctx.session.activeOrganizationId,
    }),
  );
