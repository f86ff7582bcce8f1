import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, translated } from "@/lib/actions/test-request";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { createStaffAndDealer } from "@/lib/staff/test-fixtures";
import {
  changePasswordAction,
  setAccountLanguageAction,
  setMailPreferencesAction,
  updateAccountNameAction,
} from "./account-actions";
import { hashPassword, verifyPassword } from "./password";
import { startUserSession } from "./user-sessions";

vi.mock("@/lib/auth/config", () => import("@/lib/actions/test-request").then((m) => m.authConfigMock));
vi.mock("next/headers", () => import("@/lib/actions/test-request").then((m) => m.nextHeadersMock));
vi.mock("next/cache", () => import("@/lib/actions/test-request").then((m) => m.nextCacheMock));
vi.mock("next/server", () => import("@/lib/actions/test-request").then((m) => m.nextServerMock));
vi.mock("next-intl/server", () => import("@/lib/actions/test-request").then((m) => m.nextIntlServerMock));

// The account page's actions: the caller's own user only, bad input answered in their language
// with nothing changed, a password change ending the other sessions, and mail choices that the
// outbox honours.
let people: Awaited<ReturnType<typeof createStaffAndDealer>>;
const user = () => db.user.findUniqueOrThrow({ where: { id: people.dealerUser.id } });

beforeAll(async () => {
  people = await createStaffAndDealer();
  await db.user.update({
    where: { id: people.dealerUser.id },
    data: { passwordHash: await hashPassword("Old-password-1") },
  });
});

describe("account actions", () => {
  it("changes the name; an empty or overlong name is refused in the user's language, nothing changed", async () => {
    await actAs(people.dealerUser.id, "fr");
    expect(await updateAccountNameAction({ name: "  Dirk De Vries " })).toEqual({
      ok: true,
      data: { saved: true },
    });
    expect((await user()).name).toBe("Dirk De Vries");
    const empty = await updateAccountNameAction({ name: "  " });
    expect(empty).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: [await translated("errors.required")] },
    });
    expect(await updateAccountNameAction({ name: "x".repeat(201) })).toMatchObject({ code: "VALIDATION" });
    expect((await user()).name).toBe("Dirk De Vries");
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { actorUserId: people.dealerUser.id, action: "account.name" },
    });
    expect(audit).toMatchObject({ customerId: people.customer.id, after: { name: "Dirk De Vries" } });
  });

  it("changes the password with the current one; the other sessions end, this one stays", async () => {
    const other = await startUserSession(people.dealerUser.id);
    await actAs(people.dealerUser.id, "nl");
    const wrong = await changePasswordAction({
      currentPassword: "not-it-at-all",
      password: "New-password-22",
      passwordConfirm: "New-password-22",
    });
    expect(wrong).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { currentPassword: [await translated("account.currentPasswordWrong")] },
    });
    const differ = await changePasswordAction({
      currentPassword: "Old-password-1",
      password: "New-password-22",
      passwordConfirm: "New-password-23",
    });
    expect(differ).toMatchObject({
      fieldErrors: { passwordConfirm: [await translated("auth.passwordsDiffer")] },
    });
    const short = await changePasswordAction({
      currentPassword: "Old-password-1",
      password: "short",
      passwordConfirm: "short",
    });
    expect(short).toMatchObject({ fieldErrors: { password: [await translated("auth.passwordTooShort")] } });
    expect(await verifyPassword((await user()).passwordHash, "Old-password-1")).toBe(true);
    expect(await db.userSession.count({ where: { id: other } })).toBe(1);

    const done = await changePasswordAction({
      currentPassword: "Old-password-1",
      password: "New-password-22",
      passwordConfirm: "New-password-22",
    });
    expect(done).toMatchObject({ ok: true });
    expect(await verifyPassword((await user()).passwordHash, "New-password-22")).toBe(true);
    expect(await db.userSession.count({ where: { id: other } })).toBe(0);
    // The caller's own session goes on: the next action still runs as them.
    expect(await updateAccountNameAction({ name: "Dirk" })).toMatchObject({ ok: true });
  });

  it("stores the language for the portal and the mails; an unknown one changes nothing", async () => {
    await actAs(people.dealerUser.id, "en");
    expect(await setAccountLanguageAction({ language: "de" })).toEqual({ ok: true, data: { saved: true } });
    expect((await user()).language).toBe("de");
    expect(await setAccountLanguageAction({ language: "xx" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect((await user()).language).toBe("de");
  });

  it("mail choices are kept and the outbox leaves out who turned a mail off; invitations always go", async () => {
    await actAs(people.dealerUser.id, "en");
    expect(await setMailPreferencesAction({ mailRmaStatus: "no" })).toMatchObject({ code: "VALIDATION" });
    expect(
      await setMailPreferencesAction({
        mailRmaStatus: false,
        mailWarrantyStatus: true,
        mailInvoiceReminders: false,
      }),
    ).toMatchObject({ ok: true });
    expect(await user()).toMatchObject({
      mailRmaStatus: false,
      mailWarrantyStatus: true,
      mailInvoiceReminders: false,
    });
    const email = people.dealerUser.email;
    const before = await db.outboxMessage.count();
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, {
        template: "rma-status",
        to: [email.toUpperCase()],
        language: "nl",
        data: { name: "D", rmaNumber: "IRM1", status: "RECEIVED", statusUrl: "http://x/returns" },
      });
      await enqueueEmail(tx, {
        template: "rma-status",
        to: [email, "copy@elsewhere.test"],
        language: "nl",
        data: { name: "D", rmaNumber: "IRM1", status: "RECEIVED", statusUrl: "http://x/returns" },
      });
      await enqueueEmail(tx, {
        template: "warranty-status",
        to: [email],
        language: "nl",
        data: { name: "D", claimNumber: "GA1", status: "AWARDED", claimUrl: "http://x/warranty/GA1" },
      });
      await enqueueEmail(tx, {
        template: "invitation",
        to: [email],
        language: "nl",
        data: { name: "D", url: "http://x/set-password/t", customerName: "G" },
      });
    });
    const written = await db.outboxMessage.findMany({ orderBy: { id: "asc" }, skip: before });
    expect(written.map((m) => [m.template, m.to])).toEqual([
      ["rma-status", ["copy@elsewhere.test"]],
      ["warranty-status", [email]],
      ["invitation", [email]],
    ]);
  });

  it("staff and visitors can't use the dealer's account actions", async () => {
    await actAs(people.staffUser.id);
    expect(await updateAccountNameAction({ name: "Staff" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.user.findUniqueOrThrow({ where: { id: people.staffUser.id } })).name).toBe("Stef Staff");
  });
});
