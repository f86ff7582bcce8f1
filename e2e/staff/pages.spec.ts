import { expect, signInAs, test } from "../fixtures";

// Every staff page opens from the navigation and shows its figures or grid.
test("staff navigate the whole dashboard", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "staff@demo.test");
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId("staff-open-rmas")).toContainText("Totaal");
  await expect(page.getByRole("table").filter({ hasText: "Reden" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
  for (const [link, heading] of [
    ["Klanten", "Klanten"],
    ["Retouren", "Open retouraanvragen"],
    ["Garantie", "Garantieaanvragen"],
    ["Openstaande orderregels", "Openstaande orderregels"],
    ["Instellingen", "Instellingen"],
    ["Audittrail", "Audittrail"],
  ] as const) {
    await nav.getByRole("link", { name: link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  await page.goto("/staff/customers?f.erpNumber=10001");
  await page.getByRole("link", { name: "10001" }).click();
  await expect(page.getByTestId("user-dealer@demo.test")).toBeVisible();
});

// Cells rendered on the server (the expected-date editor, audit times) must render on every
// row, not only the first few that React sends inline.
test("server-rendered grid cells render on every row", async ({ page }) => {
  await signInAs(page, "staff@demo.test");
  await page.goto("/staff/orders?size=100");
  const rows = page.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(20);
  await expect(page.locator("tbody")).not.toContainText("[object Object]");
  await expect(rows.last().locator("input[type=date]")).toBeVisible();
});
