import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyLogin } from "./login";
import { setPasswordWithToken } from "./password-reset";
import { consumeAuthToken, createAuthToken } from "./tokens";

async function newUser() {
  const email = `u-${Math.random().toString(36).slice(2)}@test.example`;
  const customer = await db.customer.create({ data: { erpNumber: email, name: "Garage" } });
  return db.user.create({ data: { email, name: "User", customerId: customer.id } });
}

describe("set-password and reset tokens", () => {
  it("are single-use", async () => {
    const user = await newUser();
    const token = await db.$transaction((tx) => createAuthToken(tx, user.id, "SET_PASSWORD"));
    expect(await db.$transaction((tx) => consumeAuthToken(tx, token))).toBe(user.id);
    expect(await db.$transaction((tx) => consumeAuthToken(tx, token))).toBeNull();
  });

  it("expire", async () => {
    const user = await newUser();
    const token = await db.$transaction((tx) => createAuthToken(tx, user.id, "RESET_PASSWORD"));
    await db.authToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await db.$transaction((tx) => consumeAuthToken(tx, token))).toBeNull();
  });

  it("store only a hash, and a new link replaces an unused older one", async () => {
    const user = await newUser();
    const first = await db.$transaction((tx) => createAuthToken(tx, user.id, "RESET_PASSWORD"));
    const second = await db.$transaction((tx) => createAuthToken(tx, user.id, "RESET_PASSWORD"));
    const rows = await db.authToken.findMany({ where: { userId: user.id } });
    expect(rows.some((r) => r.tokenHash === first || r.tokenHash === second)).toBe(false);
    expect(await db.$transaction((tx) => consumeAuthToken(tx, first))).toBeNull();
    expect(await db.$transaction((tx) => consumeAuthToken(tx, second))).toBe(user.id);
  });

  it("set the password and end every open session (session version goes up)", async () => {
    const user = await newUser();
    const token = await db.$transaction((tx) => createAuthToken(tx, user.id, "SET_PASSWORD"));
    expect(await setPasswordWithToken(token, "A-fresh-password-1")).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await verifyLogin(user.email, "A-fresh-password-1", "10.1.1.1")).ok).toBe(true);
    expect(await setPasswordWithToken(token, "Another-password-2")).toBe(false);
    expect((await verifyLogin(user.email, "Another-password-2", "10.1.1.1")).ok).toBe(false);
  });
});
