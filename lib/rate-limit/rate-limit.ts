import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { requestLogger } from "@/lib/log";
import { RATE_LIMIT_POLICIES, type TRateLimitPolicyName } from "./policies";

export type TRateLimitResult = {
  ok: boolean;
  limit: number;
  remaining: number;
  resetAt: Date;
  retryAfterSeconds: number;
};

// One expired-bucket sweep per this many checks keeps the table to the keys seen lately.
const SWEEP_ONE_IN = 200;

/**
 * Counts one request of `key` under `policy` and says whether it is within the limit. The window
 * starts at a key's first request and lasts the policy's window; the next request after it
 * starts a new one. Note: counting and deciding are one statement (the row is locked by
 * ON CONFLICT DO UPDATE), so simultaneous requests on any number of instances each get their
 * own count: 90 at once under a limit of 60 give exactly 60 passes. The database's clock decides
 * the windows, so instances with skewed clocks agree.
 */
export async function rateLimit(policy: TRateLimitPolicyName, key: string): Promise<TRateLimitResult> {
  const { limit, windowSeconds } = RATE_LIMIT_POLICIES[policy];
  type TRow = { count: number; resetAt: Date; retryAfterSeconds: number };
  const [row] = await db.$queryRaw<TRow[]>(Prisma.sql`
    INSERT INTO "RateLimitBucket" AS b ("policy", "key", "count", "resetAt")
    VALUES (${policy}, ${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("policy", "key") DO UPDATE SET
      "count" = CASE WHEN b."resetAt" <= now() THEN 1 ELSE b."count" + 1 END,
      "resetAt" = CASE WHEN b."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE b."resetAt" END
    RETURNING "count", "resetAt",
      greatest(1, ceil(extract(epoch FROM "resetAt" - now())))::int AS "retryAfterSeconds"`);
  if (Math.random() * SWEEP_ONE_IN < 1) await deleteExpiredRateLimitBuckets();
  const count = Number(row!.count);
  // One line per key and window, at the first refusal, so a flood doesn't flood the log as well.
  if (count === limit + 1) {
    (await requestLogger()).warn({ policy, key, resetAt: row!.resetAt }, "rate limit reached");
  }
  return {
    ok: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetAt: row!.resetAt,
    retryAfterSeconds: row!.retryAfterSeconds,
  };
}

/** Gives back one counted request (a sign-in that succeeded), so the policy counts only failures. */
export async function refundRateLimit(policy: TRateLimitPolicyName, key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = "count" - 1
    WHERE "policy" = ${policy} AND "key" = ${key} AND "count" > 0 AND "resetAt" > now()`;
}

/** Deletes the buckets whose window has ended; their next request would start afresh anyway. */
export async function deleteExpiredRateLimitBuckets(): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "resetAt" <= now()`;
}
