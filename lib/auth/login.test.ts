import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { verifyLogin } from "./login";
import { hashPassword } from "./password";

const PASSWORD = "Correct-horse-2026";
let email: string;

beforeEach(async () => {
  email = `user-${Math.random().toString(36).slice(2)}@test.example`;
  const customer = await db.customer.create({ data: { erpNumber: email, name: "Garage" } });
  await db.user.create({
    data: { email, name: "User", customerId: customer.id, passwordHash: await hashPassword(PASSWORD) },
  });
});

describe("verifyLogin", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const result = await verifyLogin(`  ${email.toUpperCase()} `, PASSWORD, "10.0.0.1");
    expect(result.ok).toBe(true);
  });

  it("refuses a wrong password and an unknown account with the same answer", async () => {
    expect(await verifyLogin(email, "wrong", "10.0.0.1")).toEqual({ ok: false, code: "invalid" });
    expect(await verifyLogin("nobody@test.example", PASSWORD, "10.0.0.1")).toEqual({
      ok: false,
      code: "invalid",
    });
  });

  it("refuses the 6th try within 15 minutes even with the right password, and accepts it once the window has passed", async () => {
    for (let i = 0; i < RATE_LIMIT_POLICIES["login-account"].limit; i++)
      await verifyLogin(email, `wrong-${i}`, "10.0.0.2");
    expect(await verifyLogin(email, PASSWORD, "10.0.0.2")).toEqual({ ok: false, code: "locked" });
    await db.rateLimitBucket.updateMany({
      where: { key: email },
      data: { resetAt: new Date(Date.now() - 60 * 1000) },
    });
    expect((await verifyLogin(email, PASSWORD, "10.0.0.2")).ok).toBe(true);
  });

  it("checks no more than the policy's number of simultaneous guesses", async () => {
    const guesses = Array.from({ length: 20 }, (_, i) => verifyLogin(email, `guess-${i}`, `10.0.1.${i}`));
    const codes = (await Promise.all(guesses)).map((r) => (r.ok ? "ok" : r.code));
    expect(codes.filter((c) => c === "invalid")).toHaveLength(RATE_LIMIT_POLICIES["login-account"].limit);
    expect(await verifyLogin(email, PASSWORD, "10.0.1.99")).toEqual({ ok: false, code: "locked" });
  });

  it("does not count successful sign-ins", async () => {
    for (let i = 0; i < 10; i++) expect((await verifyLogin(email, PASSWORD, "10.0.2.1")).ok).toBe(true);
  });

  it("blocks an address that fails on many accounts", async () => {
    for (let i = 0; i < 30; i++) await verifyLogin(`spray-${i}@test.example`, "x", "10.9.9.9");
    expect(await verifyLogin(email, PASSWORD, "10.9.9.9")).toEqual({ ok: false, code: "locked" });
    expect((await verifyLogin(email, PASSWORD, "10.9.9.10")).ok).toBe(true);
  });

  it("refuses a deactivated user and a user of a deactivated company", async () => {
    await db.user.update({ where: { email }, data: { active: false } });
    expect(await verifyLogin(email, PASSWORD, "10.0.0.3")).toEqual({ ok: false, code: "invalid" });
    await db.user.update({
      where: { email },
      data: { active: true, customer: { update: { active: false } } },
    });
    expect(await verifyLogin(email, PASSWORD, "10.0.0.3")).toEqual({ ok: false, code: "invalid" });
  });
});
