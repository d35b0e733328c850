import { z } from "zod";

import { protectedProcedure } from "@/server/trpc";

import { listSectors, ZSectorSchema } from "../sectors";

/** ISIC Rev.4 sections and divisions (global reference data). */
export const listSectorsProcedure = protectedProcedure
  .output(z.array(ZSectorSchema))
  .query(() => listSectors());
