import { z } from "zod";

import { ZSupplierInputSchema } from "../schemas";

export const ZUpdateSupplierRequestSchema = z.object({ id: z.uuid(), data: ZSupplierInputSchema });
