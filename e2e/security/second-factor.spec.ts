import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { generate } from "otplib";
import { expect, formAlert, freshTotpCode, test, withDb } from "../fixtures";

// Staff sign in with a second step: a code from an authenticator app (RFC 6238), or a single-use
// recovery code. A staff account without one enrols on its first sign-in by scanning a QR code.
async function seedStaff(): Promise<{ email: string; password: string }> {
  const suffix = randomBytes(4).toString("hex");
  const email = `e2e-staff-${suffix}@staff.test`;
  const password = `Pw-${suffix}-2026!`;
  const passwordHash = await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await withDb((db) =>
    db.query(
      `INSERT INTO "User" (email, name, role, language, "passwordHash", "updatedAt") VALUES ($1, 'E2E Staff', 'STAFF', 'en', $2, now())`,
      [email, passwordHash],
    ),
  );
  return { email, password };
}

async function typePassword(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('form button[type="submit"]').click();
}

test("staff need the authenticator code: the password alone opens nothing, a wrong code is refused", async ({
  page,
}) => {
  await typePassword(page, "staff@demo.test", "Demo!2026");
  await expect(page.locator("#code")).toBeFocused();
  expect(new URL(page.url()).pathname).toBe("/login");
  expect((await page.request.get("/staff", { maxRedirects: 0 })).status()).toBe(307);

  await page.locator("#code").fill("000000");
  await page.locator('form button[type="submit"]').click();
  await expect(formAlert(page)).toContainText("code");
  expect(new URL(page.url()).pathname).toBe("/login");

  await page.locator("#code").fill(await freshTotpCode("staff@demo.test"));
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/staff/);
});

test("a new staff member enrols with the QR code's secret, and a recovery code works exactly once", async ({
  browser,
}) => {
  const staff = await seedStaff();
  const first = await (await browser.newContext()).newPage();
  await typePassword(first, staff.email, staff.password);
  await expect(first.getByTestId("enrol-qr")).toBeVisible();
  const secret = (await first.getByTestId("enrol-secret").textContent())!.trim();
  const recoveryCodes = await first.getByTestId("recovery-codes").locator("li").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await first.locator("#code").fill(await generate({ secret }));
  await first.locator('form button[type="submit"]').click();
  await first.waitForURL(/\/staff/);
  expect(
    await withDb(
      async (db) =>
        (await db.query(`SELECT "totpSecret" FROM "User" WHERE email = $1`, [staff.email])).rows[0]
          .totpSecret,
    ),
  ).toBe(secret);

  const second = await (await browser.newContext()).newPage();
  await typePassword(second, staff.email, staff.password);
  await second.locator("#code").fill(recoveryCodes[0]!);
  await second.locator('form button[type="submit"]').click();
  await second.waitForURL(/\/staff/);

  const third = await (await browser.newContext()).newPage();
  await typePassword(third, staff.email, staff.password);
  await third.locator("#code").fill(recoveryCodes[0]!);
  await third.locator('form button[type="submit"]').click();
  await expect(formAlert(third)).toBeVisible();
  expect(new URL(third.url()).pathname).toBe("/login");
});
