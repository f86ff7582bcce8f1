import { describe, expect, it } from "vitest";
import { consumeAuthToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { ZCreateCustomerSchema, ZCreateUserSchema } from "@/lib/staff/customers/schema";
import { createStaffAndDealer } from "../test-fixtures";
import { createCustomer, updateCustomerSettings } from "./customers";
import { createDealerUser, resendInvitation, setUserActive } from "./users";

function tokenFrom(text: string): string {
  const match = /\/set-password\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no set-password link in: ${text}`);
  return match[1]!;
}

describe("staff customers and users", () => {
  it("creates a customer and a user whose invitation carries a working set-password token", async () => {
    const { staff } = await createStaffAndDealer();
    const { customerId } = await createCustomer(
      staff,
      ZCreateCustomerSchema.parse({
        erpNumber: "20001",
        name: "Turbo Janssen",
        language: "fr",
        city: "Liège",
        country: "BE",
      }),
    );
    await expect(
      createCustomer(staff, ZCreateCustomerSchema.parse({ erpNumber: "20001", name: "Dup", language: "nl" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const { userId } = await createDealerUser(
      staff,
      ZCreateUserSchema.parse({ customerId, email: " Anne@Janssen.test ", name: "Anne", language: "fr" }),
    );
    await expect(
      createDealerUser(staff, { customerId, email: "anne@janssen.test", name: "Anne 2", language: "fr" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({
      email: "anne@janssen.test",
      role: "DEALER",
      customerId,
      passwordHash: null,
    });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { template: "invitation", to: { has: "anne@janssen.test" } },
    });
    expect(mail.language).toBe("fr");
    expect(mail.text).toContain("Turbo Janssen");
    const token = tokenFrom(mail.text);
    expect(await db.$transaction((tx) => consumeAuthToken(tx, token))).toBe(userId);

    const audit = await db.auditEntry.findMany({
      where: { actorUserId: staff.userId, customerId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["customer.create", "user.create"]);
    expect(audit.every((a) => a.after !== null)).toBe(true);
  });

  it("resending replaces the old link", async () => {
    const { customer, staff } = await createStaffAndDealer();
    const { userId } = await createDealerUser(staff, {
      customerId: customer.id,
      email: "bob@test.test",
      name: "Bob",
      language: "nl",
    });
    await resendInvitation(staff, { userId });
    const mails = await db.outboxMessage.findMany({
      where: { template: "invitation", to: { has: "bob@test.test" } },
      orderBy: { id: "asc" },
    });
    expect(mails).toHaveLength(2);
    expect(await db.$transaction((tx) => consumeAuthToken(tx, tokenFrom(mails[0]!.text)))).toBeNull();
    expect(await db.$transaction((tx) => consumeAuthToken(tx, tokenFrom(mails[1]!.text)))).toBe(userId);
  });

  it("deactivation bumps the session version; reactivation restores access", async () => {
    const { dealerUser, staff } = await createStaffAndDealer();
    await setUserActive(staff, { userId: dealerUser.id, active: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: dealerUser.id } })).toMatchObject({
      active: false,
      sessionVersion: dealerUser.sessionVersion + 1,
    });
    await setUserActive(staff, { userId: dealerUser.id, active: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: dealerUser.id } })).toMatchObject({
      active: true,
      sessionVersion: dealerUser.sessionVersion + 1,
    });
    const audit = await db.auditEntry.findMany({
      where: { objectType: "User", objectId: String(dealerUser.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ["user.deactivate", { active: true }, { active: false }],
      ["user.reactivate", { active: false }, { active: true }],
    ]);
  });

  it("changes a dealer's settings with an audit entry", async () => {
    const { customer, staff } = await createStaffAndDealer();
    await updateCustomerSettings(staff, {
      customerId: customer.id,
      carrier: "NIGHT_CARRIER",
      specialOrderReturnsAllowed: true,
      language: "de",
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      carrier: "NIGHT_CARRIER",
      specialOrderReturnsAllowed: true,
      language: "de",
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "customer.settings", customerId: customer.id },
    });
    expect(audit.before).toMatchObject({
      carrier: "PARCEL_SERVICE",
      specialOrderReturnsAllowed: false,
      language: "nl",
    });
    expect(audit.after).toMatchObject({
      carrier: "NIGHT_CARRIER",
      specialOrderReturnsAllowed: true,
      language: "de",
    });
  });

  it("a dealer context is refused and nothing changes", async () => {
    const { customer, dealerUser, dealer } = await createStaffAndDealer();
    await expect(
      createCustomer(dealer, ZCreateCustomerSchema.parse({ erpNumber: "30001", name: "X", language: "nl" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createDealerUser(dealer, { customerId: customer.id, email: "x@x.test", name: "X", language: "nl" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUserActive(dealer, { userId: dealerUser.id, active: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      updateCustomerSettings(dealer, {
        customerId: customer.id,
        carrier: "OWN_TRANSPORT",
        specialOrderReturnsAllowed: true,
        language: "en",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.customer.count({ where: { erpNumber: "30001" } })).toBe(0);
    expect(await db.user.count({ where: { email: "x@x.test" } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: dealerUser.id } })).toMatchObject({
      active: true,
      sessionVersion: 0,
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      carrier: "PARCEL_SERVICE",
    });
    expect(await db.auditEntry.count({ where: { customerId: customer.id } })).toBe(0);
  });
});
