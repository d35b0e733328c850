/**
 * Demo data: one demo organisation with a user for every role, so that a new user can sign in and
 * look around at once. Later modules add their own demo records here (suppliers, recruiters …).
 *
 * Safety: it refuses to run on a database that holds organisations which are not demo ones, so
 * it can never mix made-up records into a real installation, unless forced.
 */
import type { MembershipRole } from "@/generated/prisma/enums";
import { MEMBERSHIP_ROLES } from "@/modules/identity/permissions";
import { hashPassword } from "@/modules/identity/services/password";
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import type { Db } from "@/server/db";
import { recomputeRisk } from "@/modules/risk/services/recompute-risk";

import { seedDemoSupplyChain } from "./demo-supply-chain";

export const DEMO_PASSWORD = "fairtrace-demo";
export const DEMO_ORGANIZATION_NAME = "Northwind Apparel Ltd (demo)";

export const DEMO_USERS: Record<MembershipRole, { email: string; name: string }> = {
  owner: { email: "owner@demo.fairtrace.example", name: "Amara Okafor" },
  admin: { email: "admin@demo.fairtrace.example", name: "Tomasz Nowak" },
  analyst: { email: "analyst@demo.fairtrace.example", name: "Priya Raman" },
  procurement: { email: "procurement@demo.fairtrace.example", name: "Lucas Martin" },
  viewer: { email: "viewer@demo.fairtrace.example", name: "Mei Chen" },
};

export class DemoDataRefusedError extends Error {
  constructor(readonly realOrganizations: number) {
    super(
      `This database holds ${realOrganizations} organisation(s) that are not demo data; ` +
        "refusing to add demo data to it. Use --force to do it anyway.",
    );
  }
}

export type DemoCredentials = { role: MembershipRole; email: string; password: string }[];

/**
 * Creates the demo organisation and users, or completes them if some exist (idempotent).
 * Returns the credentials to print.
 */
export const seedDemoData = async ({
  db,
  force = false,
}: {
  db: Db;
  force?: boolean;
}): Promise<DemoCredentials> => {
  const realOrganizations = await db.organization.count({ where: { isDemo: false } });
  if (realOrganizations > 0 && !force) throw new DemoDataRefusedError(realOrganizations);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const users = await Promise.all(
      MEMBERSHIP_ROLES.map(async (role) => {
        const { email, name } = DEMO_USERS[role];
        const user = await tx.user.upsert({
          where: { email },
          create: { email, name, passwordHash },
          // Resets a changed demo password, so the printed credentials always work.
          update: { passwordHash },
          select: { id: true },
        });
        return { role, userId: user.id };
      }),
    );
    const ownerId = users.find((user) => user.role === "owner")?.userId ?? null;
    const existing = await tx.organization.findFirst({
      where: { isDemo: true, name: DEMO_ORGANIZATION_NAME },
      select: { id: true },
    });
    const organization =
      existing ??
      (await tx.organization.create({
        data: {
          name: DEMO_ORGANIZATION_NAME,
          isDemo: true,
          country: "GB",
          turnoverAmount: "250000000.00",
          turnoverCurrency: "GBP",
          employeeCount: 4200,
          financialYearEndMonth: 3,
          financialYearEndDay: 31,
          jurisdictions: ["AU", "DE", "FR", "GB", "US"],
        },
        select: { id: true },
      }));
    if (!existing) {
      await recordAuditEvent(
        tx,
        { userId: ownerId, organizationId: organization.id, requestId: "demo-data" },
        {
          action: "organization.created",
          entityType: "organization",
          entityId: organization.id,
          after: { name: DEMO_ORGANIZATION_NAME, isDemo: true },
        },
      );
    }
    for (const { role, userId } of users) {
      await tx.membership.upsert({
        where: { organizationId_userId: { organizationId: organization.id, userId } },
        create: { organizationId: organization.id, userId, role },
        update: {},
      });
    }
  });
  await seedDemoSupplyChain({ db, organizationName: DEMO_ORGANIZATION_NAME });
  // Scores for every demo supplier and site (needs the built-in reference data, loaded first).
  const demo = await db.organization.findFirstOrThrow({
    where: { isDemo: true, name: DEMO_ORGANIZATION_NAME },
    select: { id: true },
  });
  await recomputeRisk({ db, organizationId: demo.id });
  return MEMBERSHIP_ROLES.map((role) => ({
    role,
    email: DEMO_USERS[role].email,
    password: DEMO_PASSWORD,
  }));
};

export const formatDemoCredentials = (credentials: DemoCredentials): string =>
  [
    `Demo organisation: ${DEMO_ORGANIZATION_NAME}`,
    ...credentials.map(
      ({ role, email, password }) =>
        `  ${role.padEnd(12)} ${email.padEnd(38)} password: ${password}`,
    ),
  ].join("\n");
