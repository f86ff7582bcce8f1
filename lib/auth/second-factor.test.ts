import { generate } from "otplib";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { beginEnrolment, needsSecondFactor, secondFactorStep, verifySecondFactor } from "./second-factor";

let userId: number;
let email: string;
const at = (date: Date) => Math.floor(date.getTime() / 1000);

beforeEach(async () => {
  email = `staff-${Math.random().toString(36).slice(2)}@test.example`;
  userId = (await db.user.create({ data: { email, name: "Staff", role: "STAFF" } })).id;
});

describe("second factor", () => {
  it("is required of staff always and of dealers who enrolled", () => {
    expect(needsSecondFactor({ role: "STAFF", totpSecret: null })).toBe(true);
    expect(needsSecondFactor({ role: "DEALER", totpSecret: null })).toBe(false);
    expect(needsSecondFactor({ role: "DEALER", totpSecret: "X" })).toBe(true);
  });

  it("enrols with the first good code of the scanned secret, then accepts each code once", async () => {
    const { secret, uri, qrSvg, recoveryCodes } = await beginEnrolment(userId, email);
    expect(uri).toContain(`secret=${secret}`);
    expect(qrSvg).toContain("<svg");
    expect(recoveryCodes).toHaveLength(10);
    const now = new Date();
    expect(await verifySecondFactor(userId, "000000", now)).toBe(false);
    const code = await generate({ secret, epoch: at(now) });
    expect(await verifySecondFactor(userId, code, now)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).totpSecret).toBe(secret);
    expect(await verifySecondFactor(userId, code, now)).toBe(false);
    const next = new Date(now.getTime() + 30_000);
    expect(await verifySecondFactor(userId, await generate({ secret, epoch: at(next) }), next)).toBe(true);
  });

  it("allows one step of clock drift, not two", async () => {
    const { secret } = await beginEnrolment(userId, email);
    const now = new Date();
    const old = await generate({ secret, epoch: at(now) - 60 });
    expect(await verifySecondFactor(userId, old, now)).toBe(false);
    const behind = await generate({ secret, epoch: at(now) - 30 });
    expect(await verifySecondFactor(userId, behind, now)).toBe(true);
  });

  it("a recovery code works once, and only once enrolled", async () => {
    const { secret, recoveryCodes } = await beginEnrolment(userId, email);
    const [first, second] = recoveryCodes as [string, string];
    expect(await verifySecondFactor(userId, first)).toBe(false);
    await verifySecondFactor(userId, await generate({ secret }));
    expect(await verifySecondFactor(userId, first.toUpperCase())).toBe(true);
    expect(await verifySecondFactor(userId, first)).toBe(false);
    expect(await verifySecondFactor(userId, second.replace("-", " "))).toBe(true);
  });

  it("two sign-ins racing with one code: exactly one is accepted", async () => {
    const { secret } = await beginEnrolment(userId, email);
    await verifySecondFactor(userId, await generate({ secret, epoch: at(new Date()) - 30 }));
    const code = await generate({ secret });
    const results = await Promise.all(Array.from({ length: 5 }, () => verifySecondFactor(userId, code)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("limits code guessing per account: after 5 wrong codes even the right one is refused", async () => {
    const { secret } = await beginEnrolment(userId, email);
    expect(await secondFactorStep(userId, undefined)).toBe("enroll_required");
    await verifySecondFactor(userId, await generate({ secret, epoch: at(new Date()) - 30 }));
    expect(await secondFactorStep(userId, undefined)).toBe("code_required");
    for (let i = 0; i < 5; i++) expect(await secondFactorStep(userId, `00000${i}`)).toBe("code_invalid");
    expect(await secondFactorStep(userId, await generate({ secret }))).toBe("locked");
  });
});
