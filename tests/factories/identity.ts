/**
 * Factories for identity rows, shared by the tests and the demo data. Random emails and names
 * keep tests independent of each other without resetting the database.
 */
import { randomUUID } from "node:crypto";

import type { MembershipRole } from "@/generated/prisma/enums";
import type { TOrganizationProfileInput } from "@/modules/identity/schemas";
import { hashPassword } from "@/modules/identity/services/password";
import { createUserSession } from "@/modules/identity/services/sessions";
import type { DbOrTx } from "@/server/db";

export const DEFAULT_TEST_PASSWORD = "correct horse battery staple";

const uniqueSuffix = () => randomUUID().slice(0, 8);

export type FactoryUser = { id: string; email: string; name: string; password: string };

export const createUser = async (
  db: DbOrTx,
  overrides: { email?: string; name?: string; password?: string } = {},
): Promise<FactoryUser> => {
  const password = overrides.password ?? DEFAULT_TEST_PASSWORD;
  const user = await db.user.create({
    data: {
      email: (overrides.email ?? `user-${uniqueSuffix()}@test.fairtrace.example`).toLowerCase(),
      name: overrides.name ?? `Test User ${uniqueSuffix()}`,
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true },
  });
  return { ...user, password };
};

export type FactoryOrganization = { id: string; name: string };

export const createOrganization = async (
  db: DbOrTx,
  overrides: {
    name?: string;
    isDemo?: boolean;
    country?: string;
    turnoverAmount?: string;
    turnoverCurrency?: string;
    employeeCount?: number;
    financialYearEndMonth?: number;
    financialYearEndDay?: number;
    jurisdictions?: string[];
  } = {},
): Promise<FactoryOrganization> =>
  db.organization.create({
    data: { name: `Test Organisation ${uniqueSuffix()}`, ...overrides },
    select: { id: true, name: true },
  });

export const addMembership = async (
  db: DbOrTx,
  {
    organizationId,
    userId,
    role,
  }: { organizationId: string; userId: string; role: MembershipRole },
): Promise<{ id: string }> =>
  db.membership.create({ data: { organizationId, userId, role }, select: { id: true } });

/** A signed-in session, as the credentials sign-in would create it. */
export const createSession = async (
  db: DbOrTx,
  { userId, activeOrganizationId }: { userId: string; activeOrganizationId: string | null },
): Promise<string> =>
  (await createUserSession({ db, userId, userAgent: "factory", activeOrganizationId })).id;

/** An organisation profile as the settings form sends it: only a name, unless overridden. */
export const profileInput = (overrides: Partial<TOrganizationProfileInput> = {}) => ({
  name: `Profile ${uniqueSuffix()}`,
  country: null,
  turnoverAmount: null,
  turnoverCurrency: null,
  employeeCount: null,
  financialYearEndMonth: null,
  financialYearEndDay: null,
  jurisdictions: [],
  ...overrides,
});
