/** Wire shapes of the settings and override mutations (the rest live in ../schemas.ts). */
import { z } from "zod";

import { ZCountryOverrideSchema, ZRecomputationSchema, ZRiskSettingsSchema } from "../schemas";

/** What a settings change answers: the settings now, and the recomputation it queued. */
export const ZSaveRiskSettingsResponseSchema = z.object({
  settings: ZRiskSettingsSchema,
  /** Null when the values were already those: nothing was written or queued. */
  recomputation: ZRecomputationSchema.nullable(),
});
export type TSaveRiskSettingsResponse = z.infer<typeof ZSaveRiskSettingsResponseSchema>;

export const ZResetRiskSettingsRequestSchema = z.object({
  /** The version the page was loaded with: a concurrent change is refused, not overwritten. */
  expectedVersion: z.number().int().min(0),
});

export const ZSaveCountryOverrideResponseSchema = z.object({
  override: ZCountryOverrideSchema,
  recomputation: ZRecomputationSchema.nullable(),
});

export const ZRemoveCountryOverrideRequestSchema = z.object({ id: z.uuid() });

export const ZRemoveCountryOverrideResponseSchema = z.object({
  recomputation: ZRecomputationSchema.nullable(),
});
