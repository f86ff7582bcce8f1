import { expect, seedDealer, signInAs, signInThroughForm, test, withDb } from "../fixtures";
import { callAction } from "../trust/server-action";

// Issue 20, dealer self-service: the account page (password with the other session ending,
// language), the company admin inviting a colleague who then sees the company's data, and the
// header search box finding the seed's numbers.

test("a dealer changes the password (the other session ends) and the language on /account", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const dealer = await seedDealer({ language: "nl" });
  const newPassword = `Nieuw-${dealer.password}`;
  const otherDevice = await browser.newContext({ locale: "nl-NL" });
  const other = await otherDevice.newPage();
  await signInThroughForm(other, dealer.email, dealer.password);
  await signInThroughForm(page, dealer.email, dealer.password);

  await page.goto("/account");
  await page.locator("#account-currentPassword").fill("niet-het-wachtwoord");
  await page.locator("#account-password").fill(newPassword);
  await page.locator("#account-passwordConfirm").fill(newPassword);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.locator("#account-currentPassword-error")).toHaveText(
    "Het huidige wachtwoord klopt niet.",
  );

  await page.locator("#account-currentPassword").fill(dealer.password);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wachtwoord gewijzigd" })).toContainText(
    "1 andere sessie is beëindigd.",
  );
  // The other device is signed out; this one goes on.
  await other.goto("/orders/open");
  await expect(other).toHaveURL(/\/login/);
  await page.goto("/orders/open");
  await expect(page).toHaveURL(/\/orders\/open$/);

  await page.goto("/account");
  await page.locator("#account-language").selectOption("fr");
  await page
    .locator("section", { has: page.locator("#account-language") })
    .getByRole("button")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
  await page.goto("/orders/open");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const language = await withDb(
    async (db) =>
      (await db.query(`SELECT language FROM "User" WHERE id = $1`, [dealer.userId])).rows[0].language,
  );
  expect(language).toBe("fr");

  // The new password signs in; the old one no longer does.
  await signInThroughForm(other, dealer.email, newPassword);
  await expect(other).not.toHaveURL(/\/login/);
  await otherDevice.close();
});

test("a company admin invites a colleague, who sets a password and sees the company's data; another company's users are out of reach", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = String(Date.now()).slice(-7);
  const email = `collega-${suffix}@garage-dupont.test`;
  const password = `Collega-${suffix}-2026!`;
  await signInAs(page, "dealer@demo.test");
  await page.goto("/account");
  await page.getByRole("link", { name: "Gebruikers beheren" }).click();
  await expect(page).toHaveURL(/\/company\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gebruikers van Garage Dupont");
  await expect(page.getByText("other@demo.test")).toHaveCount(0);

  await page.locator("#invite-name").fill("Piet Collega");
  await page.locator("#invite-email").fill(email);
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uitnodiging verstuurd." })).toBeVisible();
  await expect(page.getByTestId(`colleague-${email}`)).toContainText("Uitgenodigd, nog geen wachtwoord");

  const link = await withDb(async (db) => {
    const { rows } = await db.query(
      `SELECT text FROM "OutboxMessage" WHERE template = 'invitation' AND $1 = ANY("to") ORDER BY id DESC LIMIT 1`,
      [email],
    );
    return /\/set-password\/[A-Za-z0-9_-]+/.exec(rows[0]?.text ?? "")?.[0];
  });
  expect(link, "set-password link in the invitation").toBeTruthy();
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const colleague = await context.newPage();
  await colleague.goto(link!);
  await colleague.locator("#password").fill(password);
  await colleague.locator("#passwordConfirm").fill(password);
  await colleague.locator('form button[type="submit"]').click();
  await colleague.waitForURL(/\/login/);
  await signInThroughForm(colleague, email, password);
  const rma = await withDb(
    async (db) =>
      (
        await db.query(
          `SELECT r.number FROM "Rma" r JOIN "Customer" c ON c.id = r."customerId" WHERE c."erpNumber" = '10001' ORDER BY r."createdAt" DESC LIMIT 1`,
        )
      ).rows[0].number as string,
  );
  await colleague.goto("/returns");
  await expect(colleague.getByText(rma).first()).toBeVisible();
  // Not the admin: the users page is not there for them.
  expect((await colleague.request.get("/company/users")).status()).toBe(404);
  await context.close();

  // Another company's user, by id, through the admin's own action: NOT_FOUND, nothing changed.
  const otherUserId = await withDb(
    async (db) =>
      (await db.query(`SELECT id FROM "User" WHERE email = 'other@demo.test'`)).rows[0].id as number,
  );
  const call = await callAction(
    page.request,
    { file: "lib/company/actions.ts", name: "setColleagueActiveAction" },
    [{ userId: otherUserId, active: false }],
  );
  expect(call.result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  const stillActive = await withDb(
    async (db) => (await db.query(`SELECT active FROM "User" WHERE id = $1`, [otherUserId])).rows[0].active,
  );
  expect(stillActive).toBe(true);

  // The admin deactivates the colleague again (the e2e database is shared with other specs).
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId(`colleague-${email}`).getByRole("button", { name: "Deactiveren" }).click();
  await expect(page.getByTestId(`colleague-${email}`)).toContainText("Gedeactiveerd");
  const audit = await withDb(async (db) =>
    (
      await db.query(
        `SELECT a.action FROM "AuditEntry" a JOIN "User" u ON a."objectId" = u.id::text WHERE u.email = $1 AND a."objectType" = 'User' ORDER BY a.id`,
        [email],
      )
    ).rows.map((r) => r.action),
  );
  expect(audit).toEqual(["user.create", "user.password_set", "user.deactivate"]);
});

test("the header search finds an RMA, an invoice and an article of the seed", async ({ page }) => {
  test.setTimeout(120_000);
  const [rma, invoice] = await withDb(async (db) => {
    const q = async (sql: string) => (await db.query(sql)).rows[0].number as string;
    return Promise.all([
      q(
        `SELECT r.number FROM "Rma" r JOIN "Customer" c ON c.id = r."customerId" WHERE c."erpNumber" = '10001' ORDER BY r.id LIMIT 1`,
      ),
      q(
        `SELECT i.number FROM "Invoice" i JOIN "Customer" c ON c.id = i."customerId" WHERE c."erpNumber" = '10001' AND NOT i.settled AND i.kind = 'INVOICE' ORDER BY i.id LIMIT 1`,
      ),
    ]);
  });
  await signInAs(page, "dealer@demo.test");
  const search = async (text: string) => {
    await page.getByRole("search").first().getByRole("searchbox").fill(text);
    await page.getByRole("search").first().getByRole("button").click();
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${text}`));
  };

  await search(rma);
  await expect(page.getByTestId("search-rmas").getByRole("link", { name: rma })).toHaveAttribute(
    "href",
    `/returns/${rma}`,
  );

  await search(invoice.toLowerCase());
  const invoiceLink = page.getByTestId("search-invoices").getByRole("link", { name: invoice });
  await expect(invoiceLink).toHaveAttribute("href", `/invoices/unpaid?f.number=${invoice}`);
  await invoiceLink.click();
  await expect(page).toHaveURL(/\/invoices\/unpaid\?f\.number=/);
  await expect(page.getByText(invoice).first()).toBeVisible();

  // WG1803348 is the article of the seed manual's screenshots; 4031121H its external number.
  await search("WG1803348");
  const article = page.getByTestId("search-articles").getByRole("link", { name: "WG1803348" }).first();
  await expect(article).toHaveAttribute("href", "/returns/new?f.articleNumber=WG1803348");
  await search("4031121H");
  await expect(
    page.getByTestId("search-articles").getByRole("link", { name: "WG1803348" }).first(),
  ).toBeVisible();

  await search("ZZZ-NOTHING");
  await expect(page.getByRole("status")).toHaveText("Niets gevonden voor “ZZZ-NOTHING”.");
  await search("WG");
  await expect(page.getByRole("status")).toHaveText("Typ minstens 3 tekens.");
});
