import { createTrpcRouter } from "@/server/trpc";

import { listSectorsProcedure } from "./procedures/list-sectors";

export const referenceRouter = createTrpcRouter({
  listSectors: listSectorsProcedure,
});
