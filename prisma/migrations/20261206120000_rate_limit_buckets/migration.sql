-- One rate limiter for sign-in, password reset and the ERP API (lib/rate-limit/): a counter per
-- policy and key, raised atomically by one INSERT … ON CONFLICT DO UPDATE. It replaces the
-- login-attempt log, which was counted before each attempt and written after it.
CREATE TABLE "RateLimitBucket" (
    "policy" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("policy", "key")
);

-- Expired buckets are deleted by resetAt.
CREATE INDEX "RateLimitBucket_resetAt_idx" ON "RateLimitBucket"("resetAt");

DROP TABLE "LoginAttempt";
