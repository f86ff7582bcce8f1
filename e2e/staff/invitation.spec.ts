import { expect, signInAs, test } from "../fixtures";

// Staff create a customer and a user; the invitation waits in the outbox, its link sets the
// password, and the new user logs in to an empty portal.
test("a new customer's user is invited, sets a password and logs in", async ({ page, browser }) => {
  test.setTimeout(150_000); // two logins on a shared 2-core machine
  const suffix = String(Date.now()).slice(-7);
  const email = `new-${suffix}@garage.test`;
  const password = `Nieuw-${suffix}-2026!`;

  await signInAs(page, "staff@demo.test");
  await page.goto("/staff/customers/new");
  await page.locator("#erpNumber").fill(`7${suffix}`);
  await page.locator("#name").fill(`Garage Nieuw ${suffix}`);
  await page.locator("#city").fill("Utrecht");
  await page.getByRole("button", { name: "Klant aanmaken" }).click();
  await page.waitForURL(/\/staff\/customers\/\d+$/);

  await page.locator("#user-name").fill("Nina Nieuw");
  await page.locator("#user-email").fill(email);
  await page.getByRole("button", { name: "Gebruiker uitnodigen" }).click();
  await expect(page.getByTestId(`user-${email}`)).toContainText("Uitgenodigd");

  await page.goto("/staff/outbox");
  // The outbox row names the recipient; its subject links to the message's detail page.
  await page.getByTestId("outbox-row").filter({ hasText: email }).first().getByRole("link").first().click();
  await page.waitForURL(/\/staff\/outbox\/\d+/);
  await expect(page.locator("main")).toContainText("/set-password/");
  const text = await page.locator("main").innerText();
  const match = /https?:\/\/\S+?(\/set-password\/[A-Za-z0-9_-]+)/.exec(text);
  expect(match, "set-password link in the message").not.toBeNull();

  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const newUser = await context.newPage();
  await newUser.goto(match![1]!);
  await newUser.locator("#password").fill(password);
  await newUser.locator("#passwordConfirm").fill(password);
  await newUser.locator('form button[type="submit"]').click();
  await newUser.waitForURL(/\/login/);
  await signInAs(newUser, email, password);
  await expect(newUser).toHaveURL(/\/$/);
  await newUser.goto("/returns");
  await expect(newUser.getByText("Geen regels gevonden.")).toBeVisible();
});
