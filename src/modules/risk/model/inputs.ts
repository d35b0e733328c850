/** The database enumerations the model reads (client-safe type imports). */
export type {
  LicenceStatus as LicenceStatusValue,
  RecruiterFeePolicy as FeePolicy,
  TipTier as TipTierValue,
} from "@/generated/prisma/enums";
