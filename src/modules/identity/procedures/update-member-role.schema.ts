import { z } from "zod";

import { ZMembershipRoleSchema } from "../schemas";

export const ZUpdateMemberRoleRequestSchema = z.object({
  id: z.uuid(),
  data: z.object({ role: ZMembershipRoleSchema }),
});
