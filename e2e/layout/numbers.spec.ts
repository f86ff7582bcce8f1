import { loadDemoIds } from "../a11y/demo-ids";
import { expect, formAlert, signInAs, test } from "../fixtures";

// Issue 19: numbers typed the dealer's way are taken, the confirmation's quantity starts at what
// is left, and a form shows all its errors at once (over-maximum caught in the browser).
test("the confirmation starts at what is left and shows every error at once", async ({ page }) => {
  const { historyLineIds } = await loadDemoIds();
  await signInAs(page, "dealer@demo.test");
  await page.goto(`/returns/new/confirm?lines=${historyLineIds[0]}`);
  const row = page.locator('[data-testid^="confirm-line-"]').first();
  const article = (await row.getAttribute("data-testid"))!.replace("confirm-line-", "");
  const quantity = page.getByRole("textbox", { name: `Aantal ${article}` });
  const remaining = Number((await row.locator("td").nth(5).innerText()).trim());
  expect(remaining).toBeGreaterThan(1);
  await expect(quantity).toHaveValue(String(remaining));

  // Over the maximum (typed with a thousands separator) and the terms unticked: both errors at once.
  await quantity.fill("1.000");
  await page.locator("#reason-all").selectOption({ index: 1 });
  await expect(async () => {
    await page.getByTestId("submit-rma").click();
    await expect(formAlert(page).filter({ hasText: "algemene voorwaarden" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(formAlert(page).filter({ hasText: `Van artikel ${article}` })).toBeVisible();
  await expect(page).toHaveURL(/\/returns\/new\/confirm/);
});

test("a warranty claim takes a mileage written 182.500, 182 500 or 182500", async ({ page }) => {
  await signInAs(page, "dealer@demo.test");
  await page.goto("/warranty/new");
  await page.locator("#mileageAtFitting").fill("182.500");
  await page.locator("#mileageAtFailure").fill("190 000");
  await page.locator("#vehicleYear").fill("2017");
  await expect(async () => {
    await page.locator('main form button[type="submit"]').last().click();
    await expect(page.locator("#serialNumber-error")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  // The required fields left empty are refused; the mileages are not.
  await expect(page.locator("#mileageAtFitting-error")).toHaveCount(0);
  await expect(page.locator("#mileageAtFailure-error")).toHaveCount(0);
  await page.locator("#mileageAtFailure").fill("182,5");
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page.locator("#mileageAtFailure-error")).toHaveText("Vul een geheel getal in.");
});
