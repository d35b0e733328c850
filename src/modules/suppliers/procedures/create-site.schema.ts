import { z } from "zod";

import { ZSiteInputSchema } from "../schemas";

export const ZCreateSiteRequestSchema = z.object({ supplierId: z.uuid(), data: ZSiteInputSchema });
export const ZUpdateSiteRequestSchema = z.object({ id: z.uuid(), data: ZSiteInputSchema });
