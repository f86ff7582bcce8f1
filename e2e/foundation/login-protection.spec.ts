import { expect, formAlert, seedDealer, signInAs, test, withDb } from "../fixtures";

test("a wrong password gets a clear message; the 6th try in 15 minutes is refused even when right, and works later", async ({
  page,
}) => {
  const dealer = await seedDealer();
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.locator("#email").fill(dealer.email);
    await page.locator("#password").fill(`wrong-${attempt}`);
    await page.locator('form button[type="submit"]').click();
    await expect(formAlert(page)).toContainText("Onjuist e-mailadres of wachtwoord.");
  }
  await page.locator("#password").fill(dealer.password);
  await page.locator('form button[type="submit"]').click();
  await expect(formAlert(page)).toContainText("Te veel mislukte pogingen");
  await expect(page).toHaveURL(/\/login/);

  // Once the account's 15-minute window has ended, the right password works.
  await withDb((db) =>
    db.query(`UPDATE "RateLimitBucket" SET "resetAt" = now() WHERE key = $1`, [dealer.email]),
  );
  await signInAs(page, dealer.email, dealer.password);
  await expect(page).toHaveURL("/");
});

test("a deactivated user's open session stops working", async ({ page }) => {
  const dealer = await seedDealer();
  await signInAs(page, dealer.email, dealer.password);
  await expect(page.getByTestId("tile-returns")).toBeVisible();
  await withDb((db) => db.query(`UPDATE "User" SET active = false WHERE id = $1`, [dealer.userId]));
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("forgotten password: the e-mailed link sets a new password once, and the old one stops working", async ({
  page,
}) => {
  const dealer = await seedDealer();
  await page.goto("/reset-password");
  await page.locator("#email").fill(dealer.email);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole("status")).toContainText("onderweg");
  const text = await withDb(
    async (db) =>
      (
        await db.query(`SELECT text FROM "OutboxMessage" WHERE $1 = ANY("to") ORDER BY id DESC LIMIT 1`, [
          dealer.email,
        ])
      ).rows[0]?.text as string,
  );
  const link = /https?:\/\/\S+\/set-password\/\S+/.exec(text)![0];
  const path = new URL(link).pathname;

  await page.goto(path);
  await page.locator("#password").fill("A-new-password-2026");
  await page.locator("#passwordConfirm").fill("A-new-password-2026");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/login\?passwordSet=1/);

  await page.locator("#email").fill(dealer.email);
  await page.locator("#password").fill(dealer.password);
  await page.locator('form button[type="submit"]').click();
  await expect(formAlert(page)).toContainText("Onjuist");

  await signInAs(page, dealer.email, "A-new-password-2026");
  await expect(page).toHaveURL("/");

  await page.goto(path);
  await page.locator("#password").fill("Another-password-2026");
  await page.locator("#passwordConfirm").fill("Another-password-2026");
  await page.locator('form button[type="submit"]').click();
  await expect(formAlert(page)).toContainText("ongeldig, verlopen of al gebruikt");
});

test("the language switch changes the portal's language and is remembered", async ({ page }) => {
  const dealer = await seedDealer();
  await signInAs(page, dealer.email, dealer.password);
  await page.getByLabel("Taal").selectOption("fr");
  await expect(page.getByTestId("tile-invoices-unpaid")).toContainText("Factures impayées");
  const language = await withDb(
    async (db) =>
      (await db.query(`SELECT language FROM "User" WHERE id = $1`, [dealer.userId])).rows[0].language,
  );
  expect(language).toBe("fr");
});
