import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";

// Issue 19: a long text cut to two lines in a grid cell shows in full on hover and on keyboard
// focus (a title attribute alone reaches neither a keyboard user nor a touch screen).
const LONG_NAME =
  "Turbolader compleet met pakkingset, olietoevoerleiding en montagehandleiding voor Volkswagen Crafter 2.0 TDI BiTurbo (2017–2024), gereviseerd";

test("a cut-off article name shows in full when the cell gets keyboard focus or the pointer", async ({
  browser,
}) => {
  const dealer = await seedDealer();
  await withDb((client) =>
    client.query(
      `INSERT INTO "OpenOrderLine" ("customerId", "erpKey", "salesOrderNumber", "orderDate", "articleNumber",
         "deliverArticleNumber", "articleName", "quantityOrdered", "expectedDate", "updatedAt")
       VALUES ($1, $2, 'VVO8900001', current_date - 3, 'WG8900001', 'WG8900001', $3, 1, current_date + 9, now())`,
      [dealer.customerId, `long-${dealer.customerId}`, LONG_NAME],
    ),
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAs(page, dealer.email, dealer.password);
  await page.goto("/orders/open");
  const cell = page.locator("tbody [data-long-text]", { hasText: "Turbolader compleet" });
  await expect(cell).toBeVisible();
  const clipped = () => cell.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(await clipped(), "cut to two lines at first").toBe(true);

  // Keyboard: Tab until the cell has focus, then the whole name is on screen.
  let focused = false;
  for (let i = 0; i < 80 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await cell.evaluate((el) => el === document.activeElement);
  }
  expect(focused, "the cut-off cell is reachable with Tab").toBe(true);
  expect(await clipped(), "in full on focus").toBe(false);
  await expect(cell).toHaveText(LONG_NAME);
  await page.screenshot({ path: test.info().outputPath("long-text-focus.png") });

  // Focus elsewhere cuts it again; the pointer shows it in full as well.
  await page.locator("h1").click();
  expect(await clipped()).toBe(true);
  await cell.hover();
  expect(await clipped(), "in full on hover").toBe(false);
  await context.close();
});
