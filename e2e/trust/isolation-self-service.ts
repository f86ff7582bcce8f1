import { randomUUID } from "node:crypto";
import { expect, withDb } from "../fixtures";
import { dupontRows, snapshot } from "./isolation-data";
import { A, action, expectRefused, expectUnchanged, leaks, probe } from "./isolation-probe";

// Isolation checks of the account page's and the company admin's actions (issue 20):
// other@demo.test is the admin of its own company, and acts on its own user and company only.
const ACCOUNT = "lib/auth/account-actions.ts";
const COMPANY = "lib/company/actions.ts";

/** An account action called by other@demo.test with Dupont's ids on top changes only other's own user. */
async function checkOwnAccountOnly(name: string, input: Record<string, unknown>, refused = false) {
  const { ids, other } = probe;
  const before = await dupontRows(ids.customerId);
  const call = await action(other, A(ACCOUNT, name), [
    { ...input, userId: ids.dealerUserId, customerId: ids.customerId },
  ]);
  if (refused) expectRefused(call, "VALIDATION", `${name} with a wrong current password`);
  else expect(call.result, call.body.slice(0, 300)).toMatchObject({ ok: true });
  expect(leaks(call.body), name).toEqual([]);
  expect(await dupontRows(ids.customerId), `Dupont's rows after ${name}`).toBe(before);
}

export const checkUpdateAccountName = async () => {
  const original = await withDb(
    async (c) => (await c.query(`SELECT name FROM "User" WHERE email = 'other@demo.test'`)).rows[0].name,
  );
  await checkOwnAccountOnly("updateAccountNameAction", { name: "Isolation probe" });
  await action(probe.other, A(ACCOUNT, "updateAccountNameAction"), [{ name: original }]);
};
// Note: a wrong current password, so other@demo.test's sessions in parallel specs keep working.
export const checkChangePassword = () =>
  checkOwnAccountOnly(
    "changePasswordAction",
    { currentPassword: "not-the-password", password: "Isolation-2026!", passwordConfirm: "Isolation-2026!" },
    true,
  );
export const checkSetAccountLanguage = () =>
  checkOwnAccountOnly("setAccountLanguageAction", { language: "fr" });
export const checkSetMailPreferences = () =>
  checkOwnAccountOnly("setMailPreferencesAction", {
    mailRmaStatus: true,
    mailWarrantyStatus: true,
    mailInvoiceReminders: true,
  });

/** other@demo.test (its own company's admin) on Dupont's users: NOT_FOUND, nothing changed. */
export async function checkColleagueActions(): Promise<void> {
  const { ids, other } = probe;
  const before = await snapshot();
  for (const userId of ids.userIds) {
    for (const [name, input] of [
      ["setColleagueActiveAction", { userId, active: false }],
      ["reinviteColleagueAction", { userId }],
      ["setColleagueAdminAction", { userId, admin: false }],
      ["setColleagueAdminAction", { userId, admin: true }],
    ] as const) {
      const call = await action(other, A(COMPANY, name), [input]);
      expectRefused(call, "NOT_FOUND", `${name} on Dupont's user ${userId}`);
      expect(leaks(call.body), name).toEqual([]);
    }
  }
  await expectUnchanged(before, "colleague actions on Dupont's users");
}

/** An invitation with Dupont's customer id in the input makes a user of the caller's own company. */
export async function checkInviteColleague(): Promise<void> {
  const { ids, other } = probe;
  const before = await dupontRows(ids.customerId);
  const email = `isolation-${randomUUID().slice(0, 8)}@dealer.test`;
  const call = await action(other, A(COMPANY, "inviteColleagueAction"), [
    { email, name: "Isolation probe", language: "fr", customerId: ids.customerId },
  ]);
  expect(call.result, call.body.slice(0, 300)).toMatchObject({ ok: true });
  await withDb(async (client) => {
    const { rows } = await client.query(`SELECT id, "customerId" FROM "User" WHERE email = $1`, [email]);
    expect(rows[0]?.customerId, "the invited user's company").toBe(ids.otherCustomerId);
    await client.query(`DELETE FROM "AuthToken" WHERE "userId" = $1`, [rows[0].id]);
    await client.query(`UPDATE "User" SET active = false WHERE id = $1`, [rows[0].id]);
  });
  expect(await dupontRows(ids.customerId), "Dupont's rows").toBe(before);
}
