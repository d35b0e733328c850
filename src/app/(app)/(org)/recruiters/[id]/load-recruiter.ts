import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";

import { toAppError } from "@/modules/platform/errors/describe-error";
import { serverCall } from "@/trpc/server";

/**
 * The recruiter named in the address, or the not-found page: a malformed id, a missing recruiter
 * and another organisation's recruiter all look the same. Redirects (lost session) pass through.
 * Cached per request: the page and its metadata share one call.
 */
export const loadRecruiter = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await serverCall((caller) => caller.recruiters.getRecruiter({ id }));
  } catch (error) {
    if (toAppError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
});
