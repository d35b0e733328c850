import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZMemberSchema } from "../schemas";
import { listMembers } from "../services/members";

export const listMembersProcedure = permittedProcedure("member:read")
  .output(z.array(ZMemberSchema))
  .query(({ ctx }) => listMembers({ db: ctx.db, organizationId: ctx.org.organizationId }));
