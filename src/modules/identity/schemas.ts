/**
 * The identity module's data shapes on the wire, shared by procedures, services and forms.
 * Input schemas here are imported by client components for form validation, so this file must
 * stay free of server code.
 */
import { z } from "zod";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import { MEMBERSHIP_ROLES } from "./permissions";

export const ZMembershipRoleSchema = z.enum(MEMBERSHIP_ROLES);
export const ZUuidSchema = z.uuid();

export const ZEmailSchema = z
  .string()
  .trim()
  .max(320)
  .pipe(z.email({ error: "validation.email" }));

export const ZPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "validation.passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "validation.passwordTooLong" });

export const ZPersonNameSchema = z
  .string()
  .trim()
  .min(1, { error: "validation.required" })
  .max(200, { error: "validation.tooLong" });

const ZCountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, { error: "validation.countryCode" });
const ZCurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { error: "validation.currencyCode" });

// February allows 29 so that a 29 February year end (leap years) can be recorded.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Editable organisation profile. Amounts travel as decimal strings to keep their precision. */
export const ZOrganizationProfileInputSchema = z
  .object({
    name: z.string().trim().min(1, { error: "validation.required" }).max(200),
    country: ZCountryCodeSchema.nullable(),
    turnoverAmount: z
      .string()
      .trim()
      .regex(/^\d{1,16}(\.\d{1,2})?$/, { error: "validation.amount" })
      .nullable(),
    turnoverCurrency: ZCurrencyCodeSchema.nullable(),
    employeeCount: z.number().int().min(0).max(10_000_000).nullable(),
    financialYearEndMonth: z.number().int().min(1).max(12).nullable(),
    financialYearEndDay: z.number().int().min(1).max(31).nullable(),
    jurisdictions: z.array(ZCountryCodeSchema).max(250),
  })
  .refine((value) => (value.turnoverAmount === null) === (value.turnoverCurrency === null), {
    error: "validation.turnoverNeedsCurrency",
    path: ["turnoverCurrency"],
  })
  .refine(
    (value) => (value.financialYearEndMonth === null) === (value.financialYearEndDay === null),
    { error: "validation.yearEndNeedsBoth", path: ["financialYearEndDay"] },
  )
  .refine(
    (value) =>
      value.financialYearEndMonth === null ||
      value.financialYearEndDay === null ||
      value.financialYearEndDay <= DAYS_IN_MONTH[value.financialYearEndMonth - 1]!,
    { error: "validation.dayNotInMonth", path: ["financialYearEndDay"] },
  )
  .transform((value) => ({ ...value, jurisdictions: [...new Set(value.jurisdictions)].sort() }));

export type TOrganizationProfileInput = z.output<typeof ZOrganizationProfileInputSchema>;

export const ZOrganizationProfileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string().nullable(),
  turnoverAmount: z.string().nullable(),
  turnoverCurrency: z.string().nullable(),
  employeeCount: z.number().int().nullable(),
  financialYearEndMonth: z.number().int().nullable(),
  financialYearEndDay: z.number().int().nullable(),
  jurisdictions: z.array(z.string()),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TOrganizationProfile = z.infer<typeof ZOrganizationProfileSchema>;

export const ZMemberSchema = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: ZMembershipRoleSchema,
  joinedAt: z.date(),
});
export type TMember = z.infer<typeof ZMemberSchema>;

export const ZInvitationStateSchema = z.enum(["pending", "accepted", "revoked", "expired"]);
export type TInvitationState = z.infer<typeof ZInvitationStateSchema>;

export const ZInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: ZMembershipRoleSchema,
  state: ZInvitationStateSchema,
  expiresAt: z.date(),
  createdAt: z.date(),
  invitedByName: z.string().nullable(),
});
export type TInvitation = z.infer<typeof ZInvitationSchema>;

export const ZInvitationPreviewSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: ZMembershipRoleSchema,
  state: ZInvitationStateSchema,
  expiresAt: z.date(),
  invitedByName: z.string().nullable(),
});
export type TInvitationPreview = z.infer<typeof ZInvitationPreviewSchema>;

export const ZMyOrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: ZMembershipRoleSchema,
  isActive: z.boolean(),
});
export type TMyOrganization = z.infer<typeof ZMyOrganizationSchema>;

export const ZInvitationTokenSchema = z.string().min(1).max(200);
