/**
 * Helpers for integration tests: a real database connection and tRPC callers built through the
 * same context function as production requests (sessions are resolved from the database).
 */
import { TRPCError } from "@trpc/server";
import { expect, inject } from "vitest";

import type { MembershipRole } from "@/generated/prisma/enums";
import { createDb, type Db } from "@/server/db";
import { createCaller } from "@/server/root-router";
import { createTrpcContext } from "@/server/trpc";

import {
  addMembership,
  createOrganization,
  createSession,
  createUser,
  type FactoryOrganization,
  type FactoryUser,
} from "../factories/identity";

let db: Db | undefined;

/** The test run's database (created and migrated by the global setup). */
export const testDb = (): Db => {
  // One connection on the embedded database (see createDb), a small pool on a real server.
  db ??= createDb(inject("databaseUrl"), inject("databaseKind") === "embedded" ? 1 : 5);
  return db;
};

export type Caller = ReturnType<typeof createCaller>;

/** A caller acting through the session with this id (or anonymously), from `clientIp`. */
export const callerFor = async (sessionId: string | null, clientIp?: string): Promise<Caller> =>
  createCaller(await createTrpcContext({ db: testDb(), sessionId, clientIp }));

export type Actor = {
  user: FactoryUser;
  sessionId: string;
  membershipId: string;
  caller: Caller;
};

/** A user with `role` in the organisation, signed in with it active. */
export const memberOf = async (
  organization: FactoryOrganization,
  role: MembershipRole,
  userOverrides: Parameters<typeof createUser>[1] = {},
): Promise<Actor> => {
  const user = await createUser(testDb(), userOverrides);
  const membership = await addMembership(testDb(), {
    organizationId: organization.id,
    userId: user.id,
    role,
  });
  const sessionId = await createSession(testDb(), {
    userId: user.id,
    activeOrganizationId: organization.id,
  });
  return { user, sessionId, membershipId: membership.id, caller: await callerFor(sessionId) };
};

/** A new organisation and its owner. */
export const organizationWithOwner = async (
  overrides: Parameters<typeof createOrganization>[1] = {},
): Promise<{ organization: FactoryOrganization; owner: Actor }> => {
  const organization = await createOrganization(testDb(), overrides);
  return { organization, owner: await memberOf(organization, "owner") };
};

/** The audit events of an organisation, oldest first. */
export const auditEventsOf = (organizationId: string) =>
  testDb().auditEvent.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

/** Asserts that a call fails with this tRPC code (and returns the error for further checks). */
export const expectTrpcError = async (
  promise: Promise<unknown>,
  code: TRPCError["code"],
): Promise<TRPCError> => {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  if (!(error instanceof TRPCError)) throw new Error("unreachable");
  expect(error.code).toBe(code);
  return error;
};

export const uniqueEmail = (prefix: string): string =>
  `${prefix}-${Math.random().toString(36).slice(2, 10)}@Test.Fairtrace.example`;
