import { generate } from "otplib";
import { expect, freshTotpCode, seedDealer, signInThroughForm, test } from "../fixtures";

// A dealer's own account page: turning on two-step sign-in (QR code, recovery codes, first code),
// after which signing in asks for the code; and "sign out everywhere", which ends the sessions
// on every device.
test("a dealer turns on two-step sign-in and signs out everywhere", async ({ browser }) => {
  const dealer = await seedDealer();
  const desk = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signInThroughForm(desk, dealer.email, dealer.password);
  await signInThroughForm(phone, dealer.email, dealer.password);

  await desk.goto("/account");
  await expect(desk.getByTestId("session-count")).toHaveText("2 open sessies");
  await expect(desk.getByTestId("two-factor-status")).toContainText("Uit");
  await desk.getByRole("button", { name: "Inloggen in twee stappen aanzetten" }).click();
  const secret = (await desk.getByTestId("enrol-secret").textContent())!.trim();
  await expect(desk.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await desk.locator("#code").fill("000000");
  await desk.getByRole("button", { name: "Aanzetten", exact: true }).click();
  await expect(desk.locator("#code-error, [role=alert]").first()).toBeVisible();
  await desk.locator("#code").fill(await generate({ secret }));
  await desk.getByRole("button", { name: "Aanzetten", exact: true }).click();
  await expect(desk.getByTestId("two-factor-status")).toContainText("Aan:");

  const laptop = await (await browser.newContext()).newPage();
  await laptop.goto("/login");
  await laptop.locator("#email").fill(dealer.email);
  await laptop.locator("#password").fill(dealer.password);
  await laptop.locator('form button[type="submit"]').click();
  await expect(laptop.locator("#code")).toBeVisible();
  await laptop.locator("#code").fill(await freshTotpCode(dealer.email));
  await laptop.locator('form button[type="submit"]').click();
  await laptop.waitForURL((url) => url.pathname === "/");

  await desk.goto("/account");
  await expect(desk.getByTestId("session-count")).toHaveText("3 open sessies");
  await desk.getByRole("button", { name: "Overal uitloggen" }).click();
  await desk.waitForURL(/\/login/);
  for (const page of [phone, laptop]) {
    const answer = await page.request.get("/", { maxRedirects: 0 });
    expect(answer.status()).toBeGreaterThanOrEqual(300);
    expect(answer.headers().location).toMatch(/\/login/);
  }
});
