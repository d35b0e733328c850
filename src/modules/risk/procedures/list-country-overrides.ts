import { z } from "zod";

import { permittedProcedure } from "@/server/trpc";

import { ZCountryOverrideSchema } from "../schemas";
import { listCountryOverrides } from "../services/country-overrides";

export const listCountryOverridesProcedure = permittedProcedure("risk:read")
  .output(z.array(ZCountryOverrideSchema))
  .query(({ ctx }) => listCountryOverrides({ db: ctx.db, organizationId: ctx.org.organizationId }));
