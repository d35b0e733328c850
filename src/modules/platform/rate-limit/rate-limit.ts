/**
 * Fixed-window rate limits on failures (wrong passwords, unknown invitation tokens), counted in
 * PostgreSQL so that every app server shares them. Keys are hashed: no email address or IP
 * address is stored in the clear.
 */
import { createHash } from "node:crypto";

import { AppError } from "@/modules/platform/errors/app-error";
import type { Db } from "@/server/db";

export type RateLimitRule = {
  /** What is counted, e.g. "sign-in:email". */
  scope: string;
  limit: number;
  windowSeconds: number;
};

export const RATE_LIMITS = {
  signInFailuresPerEmail: { scope: "sign-in:email", limit: 10, windowSeconds: 15 * 60 },
  signInFailuresPerIp: { scope: "sign-in:ip", limit: 50, windowSeconds: 15 * 60 },
  invitationMissesPerIp: { scope: "invitation:ip", limit: 30, windowSeconds: 15 * 60 },
  invitationMissesEverywhere: { scope: "invitation:all", limit: 1000, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

const bucketKey = (rule: RateLimitRule, subject: string) =>
  `${rule.scope}:${createHash("sha256").update(subject.toLowerCase()).digest("hex").slice(0, 32)}`;

const windowStartOf = (rule: RateLimitRule, now: number) =>
  new Date(Math.floor(now / (rule.windowSeconds * 1000)) * rule.windowSeconds * 1000);

/** True when `subject` has used up its allowance for `rule` in the current window. */
export const isRateLimited = async (
  db: Db,
  rule: RateLimitRule,
  subject: string,
  now = Date.now(),
): Promise<boolean> => {
  const bucket = await db.rateLimitBucket.findUnique({
    where: {
      key_windowStart: { key: bucketKey(rule, subject), windowStart: windowStartOf(rule, now) },
    },
    select: { count: true },
  });
  return (bucket?.count ?? 0) >= rule.limit;
};

/** Counts one failure for `subject` (atomic upsert, safe under concurrency). */
export const recordFailure = async (
  db: Db,
  rule: RateLimitRule,
  subject: string,
  now = Date.now(),
): Promise<void> => {
  const key = bucketKey(rule, subject);
  const windowStart = windowStartOf(rule, now);
  await db.$executeRaw`
    INSERT INTO rate_limit_buckets (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_buckets.count + 1`;
  // Old windows are useless; sweeping now and then keeps the table small without a job.
  if (Math.random() < 0.02) {
    await db.rateLimitBucket.deleteMany({
      where: { windowStart: { lt: new Date(now - 24 * 3_600_000) } },
    });
  }
};

/** Throws RATE_LIMITED when any of the (rule, subject) pairs is exhausted. */
export const assertNotRateLimited = async (
  db: Db,
  checks: { rule: RateLimitRule; subject: string }[],
): Promise<void> => {
  const limited = await Promise.all(
    checks.map(({ rule, subject }) => isRateLimited(db, rule, subject)),
  );
  if (limited.some(Boolean)) throw new AppError("RATE_LIMITED");
};

/**
 * The client's address as the reverse proxy reports it (first X-Forwarded-For entry), or
 * "unknown". Run behind a proxy that sets the header; a direct client could forge it, which is
 * why limits are also kept per email address and globally.
 */
export const clientIpFrom = (headers: { get: (name: string) => string | null }): string =>
  headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
