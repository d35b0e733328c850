/**
 * Helpers for the risk integration tests: recompute an organisation and wait for the
 * background run, and read what a refused call says.
 */
import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

import { toAppError, userMessageFor } from "@/modules/platform/errors/describe-error";
import { waitForRiskRecomputations } from "@/modules/risk/services/request-recomputation";

import { testDb, type Actor } from "./integration";

/** Requests a whole-organisation recomputation (as `actor`) and waits until it has finished. */
export const recomputeAndWait = async (actor: Actor, organizationId: string) => {
  await actor.caller.risk.requestRecomputation();
  await waitForRiskRecomputations(organizationId);
  const run = await actor.caller.risk.getRecomputation({});
  if (!run) throw new Error("no recomputation was recorded");
  return run;
};

/** The messages (catalogue keys) of the zod issues behind a BAD_REQUEST. */
export const issueMessages = (error: TRPCError): string[] =>
  error.cause instanceof ZodError ? error.cause.issues.map((issue) => issue.message) : [];

/** The sentence a user is shown for a refused call. */
export const userMessageOf = (error: TRPCError): string => userMessageFor(toAppError(error));

/** The current score of a supplier, straight from the table the engine writes. */
export const currentSupplierScore = async (organizationId: string, supplierId: string) =>
  testDb().riskScore.findFirst({
    where: { organizationId, subject: "supplier", subjectId: supplierId, isCurrent: true },
  });
