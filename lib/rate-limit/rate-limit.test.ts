import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RATE_LIMIT_POLICIES } from "./policies";
import { deleteExpiredRateLimitBuckets, rateLimit, refundRateLimit } from "./rate-limit";

const endWindow = (key: string) =>
  db.rateLimitBucket.updateMany({ where: { key }, data: { resetAt: new Date(Date.now() - 1000) } });

describe("rateLimit", () => {
  it("passes exactly the policy's number of simultaneous requests", async () => {
    const results = await Promise.all(
      Array.from({ length: 90 }, () => rateLimit("erp-token", "simultaneous")),
    );
    const passed = results.filter((r) => r.ok);
    expect(passed).toHaveLength(RATE_LIMIT_POLICIES["erp-token"].limit);
    expect(passed.map((r) => r.remaining).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => i),
    );
    const refused = results.find((r) => !r.ok)!;
    expect(refused).toMatchObject({ limit: 60, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.resetAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("counts each policy and key on its own, and starts afresh when the window has ended", async () => {
    for (let i = 0; i < 5; i++) await rateLimit("login-account", "a@test.example");
    expect((await rateLimit("login-account", "a@test.example")).ok).toBe(false);
    expect((await rateLimit("login-account", "b@test.example")).ok).toBe(true);
    expect((await rateLimit("login-ip", "a@test.example")).ok).toBe(true);
    await endWindow("a@test.example");
    expect(await rateLimit("login-account", "a@test.example")).toMatchObject({ ok: true, remaining: 4 });
  });

  it("gives back a refunded request", async () => {
    for (let i = 0; i < 5; i++) {
      await rateLimit("login-account", "refund@test.example");
      await refundRateLimit("login-account", "refund@test.example");
    }
    expect(await rateLimit("login-account", "refund@test.example")).toMatchObject({ ok: true, remaining: 4 });
  });

  it("deletes the buckets whose window has ended, and only those", async () => {
    await rateLimit("erp-token", "old");
    await rateLimit("erp-token", "current");
    await endWindow("old");
    await deleteExpiredRateLimitBuckets();
    const left = await db.rateLimitBucket.findMany({ where: { key: { in: ["old", "current"] } } });
    expect(left.map((b) => b.key)).toEqual(["current"]);
  });
});
