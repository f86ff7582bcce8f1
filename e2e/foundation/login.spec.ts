import { expect, signInAs, signInThroughForm, test, withDb } from "../fixtures";

test("a dealer logs in and sees six tiles whose counts match the data", async ({ page }) => {
  await signInThroughForm(page, "dealer@demo.test");
  await expect(page).toHaveURL("/");
  const expected = await withDb(async (db) => {
    const customer = (await db.query(`SELECT id FROM "Customer" WHERE "erpNumber" = '10001'`)).rows[0].id;
    const one = async (sql: string) => Number((await db.query(sql, [customer])).rows[0].count);
    return {
      openRmas: await one(`SELECT count(*) FROM "Rma" WHERE "customerId" = $1 AND status = 'OPEN'`),
      openClaims: await one(
        `SELECT count(*) FROM "WarrantyClaim" WHERE "customerId" = $1 AND status IN ('RECEIVED', 'IN_TREATMENT')`,
      ),
      openLines: await one(
        `SELECT count(*) FROM "OpenOrderLine" WHERE "customerId" = $1 AND "quantityDelivered" < "quantityOrdered"`,
      ),
    };
  });
  await expect(page.getByTestId(/^tile-/)).toHaveCount(6);
  await expect(page.getByTestId("tile-returns")).toContainText(`${expected.openRmas} open RMA`);
  await expect(page.getByTestId("tile-warranty")).toContainText(`${expected.openClaims} open aanvra`);
  await expect(page.getByTestId("tile-orders-open")).toContainText(`${expected.openLines} open regels`);
  expect(expected.openRmas).toBeGreaterThan(0);
});

test("staff log in and land on the staff dashboard", async ({ page }) => {
  await signInThroughForm(page, "staff@demo.test");
  await expect(page).toHaveURL(/\/staff/);
  await expect(page.getByTestId("staff-open-rmas")).toBeVisible();
});

test("a dealer who opens /staff gets a 404", async ({ page }) => {
  await signInAs(page, "dealer@demo.test");
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(404);
});

test("a logged-out visitor of a deep link lands on login and comes back to it", async ({ page }) => {
  await page.goto("/orders/open?sort=expectedDate.asc");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.locator("#email").fill("dealer@demo.test");
  await page.locator("#password").fill("Demo!2026");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL("/orders/open?sort=expectedDate.asc");
});

test("a callback to another site is ignored after login", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2F%2Fevil.example%2Fx");
  await page.locator("#email").fill("dealer@demo.test");
  await page.locator("#password").fill("Demo!2026");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL("/");
});
