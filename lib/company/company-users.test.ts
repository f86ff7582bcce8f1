import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, translated } from "@/lib/actions/test-request";
import { consumeAuthToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { setUserAdminAction } from "@/lib/staff/customers/actions";
import { createStaffAndDealer } from "@/lib/staff/test-fixtures";
import {
  inviteColleagueAction,
  reinviteColleagueAction,
  setColleagueActiveAction,
  setColleagueAdminAction,
} from "./actions";
import { setCompanyAdmin } from "./user-admin";

vi.mock("@/lib/auth/config", () => import("@/lib/actions/test-request").then((m) => m.authConfigMock));
vi.mock("next/headers", () => import("@/lib/actions/test-request").then((m) => m.nextHeadersMock));
vi.mock("next/cache", () => import("@/lib/actions/test-request").then((m) => m.nextCacheMock));
vi.mock("next/server", () => import("@/lib/actions/test-request").then((m) => m.nextServerMock));
vi.mock("next-intl/server", () => import("@/lib/actions/test-request").then((m) => m.nextIntlServerMock));

// A company admin manages their own company's users through the same home as staff: invited
// colleagues get a working set-password link, another company's users are NOT_FOUND, a plain
// dealer can't, every change is audited under the company, and one active admin remains.
let ours: Awaited<ReturnType<typeof createStaffAndDealer>>;
let theirs: Awaited<ReturnType<typeof createStaffAndDealer>>;
let admin: number;

const tokenFrom = (text: string) => /\/set-password\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
const snapshot = async () => ({
  users: await db.user.findMany({
    orderBy: { id: "asc" },
    select: { id: true, active: true, companyAdmin: true },
  }),
  outbox: await db.outboxMessage.count(),
  audit: await db.auditEntry.count(),
});

beforeAll(async () => {
  ours = await createStaffAndDealer();
  theirs = await createStaffAndDealer();
  admin = ours.dealerUser.id;
  await actAs(ours.staffUser.id);
  expect(await setUserAdminAction({ userId: admin, admin: true })).toMatchObject({ ok: true });
  expect(await setUserAdminAction({ userId: theirs.dealerUser.id, admin: true })).toMatchObject({ ok: true });
});

describe("company admins", () => {
  it("staff's admin flag is audited under the company", async () => {
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { objectId: String(admin), action: "user.adminGranted" },
    });
    expect(entry).toMatchObject({
      actorRole: "STAFF",
      customerId: ours.customer.id,
      after: { companyAdmin: true },
    });
  });

  it("an admin invites a colleague of their own company, who gets a working link", async () => {
    await actAs(admin, "nl");
    const result = await inviteColleagueAction({
      email: " Kim@Garage.test ",
      name: "Kim",
      language: "fr",
      customerId: theirs.customer.id,
    });
    expect(result).toMatchObject({ ok: true });
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@garage.test" } });
    // Note: the company is the session's; a customerId in the input is ignored.
    expect(kim).toMatchObject({
      customerId: ours.customer.id,
      role: "DEALER",
      companyAdmin: false,
      language: "fr",
    });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { template: "invitation", to: { has: kim.email } },
    });
    expect(await db.$transaction((tx) => consumeAuthToken(tx, tokenFrom(mail.text)))).toBe(kim.id);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "user.create", objectId: String(kim.id) },
    });
    expect(audit).toMatchObject({ actorUserId: admin, actorRole: "DEALER", customerId: ours.customer.id });

    const again = await inviteColleagueAction({ email: "kim@garage.test", name: "Kim 2", language: "nl" });
    expect(again).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { email: [await translated("company.emailTaken")] },
    });
    expect(await inviteColleagueAction({ email: "not-an-address", name: "", language: "xx" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        email: [await translated("errors.invalidEmail")],
        name: [await translated("errors.required")],
      },
    });
  });

  it("another company's users are NOT_FOUND, and nothing changes", async () => {
    await actAs(admin, "de");
    const before = await snapshot();
    const target = theirs.dealerUser.id;
    for (const result of [
      await setColleagueActiveAction({ userId: target, active: false }),
      await reinviteColleagueAction({ userId: target }),
      await setColleagueAdminAction({ userId: target, admin: false }),
      await setColleagueActiveAction({ userId: ours.staffUser.id, active: false }),
      await setColleagueActiveAction({ userId: 2_000_000_000, active: false }),
    ]) {
      expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: await translated("errors.notFound") });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a dealer who is not the admin can't manage users (NOT_FOUND), nothing changes", async () => {
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@garage.test" } });
    await actAs(kim.id, "en");
    const before = await snapshot();
    expect(await inviteColleagueAction({ email: "x@garage.test", name: "X", language: "nl" })).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await setColleagueAdminAction({ userId: kim.id, admin: true })).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await setColleagueActiveAction({ userId: admin, active: false })).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("the last admin stays: not removed, not deactivated; with a second admin it can go", async () => {
    await actAs(admin, "fr");
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@garage.test" } });
    expect(await setColleagueAdminAction({ userId: admin, admin: false })).toEqual({
      ok: false,
      code: "CONFLICT",
      message: await translated("company.lastAdmin"),
    });
    expect(await setColleagueActiveAction({ userId: admin, active: false })).toMatchObject({
      code: "VALIDATION",
      message: await translated("company.notYourself"),
    });
    await actAs(ours.staffUser.id);
    expect(await setUserAdminAction({ userId: admin, admin: false })).toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin } })).companyAdmin).toBe(true);

    await actAs(admin, "fr");
    expect(await setColleagueAdminAction({ userId: kim.id, admin: true })).toMatchObject({ ok: true });
    expect(await setColleagueAdminAction({ userId: admin, admin: false })).toMatchObject({ ok: true });
    // No longer the admin: the page's actions are closed to them now.
    expect(await setColleagueAdminAction({ userId: admin, admin: true })).toMatchObject({
      code: "NOT_FOUND",
    });
    await actAs(kim.id);
    expect(await setColleagueAdminAction({ userId: admin, admin: true })).toMatchObject({ ok: true });
  });

  it("two admins removing each other at once: one wins, one admin remains", async () => {
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@garage.test" } });
    const results = await Promise.allSettled([
      setCompanyAdmin(
        { role: "DEALER", userId: admin, customerId: ours.customer.id },
        { userId: kim.id, admin: false },
      ),
      setCompanyAdmin(
        { role: "DEALER", userId: kim.id, customerId: ours.customer.id },
        { userId: admin, admin: false },
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.user.count({ where: { customerId: ours.customer.id, companyAdmin: true, active: true } }),
    ).toBe(1);
  });

  it("deactivating ends the colleague's sessions; inviting again brings them back with a fresh link", async () => {
    const current = await db.user.findFirstOrThrow({
      where: { customerId: ours.customer.id, companyAdmin: true, active: true },
    });
    const colleague = await db.user.findFirstOrThrow({
      where: { customerId: ours.customer.id, id: { not: current.id }, role: "DEALER" },
    });
    await db.userSession.create({
      data: { id: `s-${colleague.id}`, userId: colleague.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await actAs(current.id);
    expect(await setColleagueActiveAction({ userId: colleague.id, active: false })).toMatchObject({
      ok: true,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).toMatchObject({ active: false });
    expect(await db.userSession.count({ where: { userId: colleague.id } })).toBe(0);
    expect(await reinviteColleagueAction({ userId: colleague.id })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).toMatchObject({ active: true });
    const actions = await db.auditEntry.findMany({
      where: { objectId: String(colleague.id), actorUserId: current.id },
      orderBy: { id: "asc" },
      select: { action: true, customerId: true },
    });
    expect(actions.slice(-3)).toEqual([
      { action: "user.deactivate", customerId: ours.customer.id },
      { action: "user.reactivate", customerId: ours.customer.id },
      { action: "user.invite", customerId: ours.customer.id },
    ]);
  });
});
