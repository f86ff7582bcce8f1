import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "../fixtures";

// Columns in the order of lib/orders/columns.ts; the expected date is the last one.
const EXPECTED = 10;

function grid(page: Page) {
  return page.getByRole("table", { name: "Openstaande orderregels" });
}

async function expectedDateCells(page: Page): Promise<string[]> {
  const rows = grid(page).locator("tbody tr");
  await grid(page).waitFor();
  const texts: string[] = [];
  for (let i = 0; i < (await rows.count()); i++)
    texts.push((await rows.nth(i).locator("td").nth(EXPECTED).innerText()).trim());
  return texts;
}

const iso = (text: string) => {
  const match = /(\d{2})-(\d{2})-(\d{4})/.exec(text);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
};

test.describe("open order lines", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "dealer@demo.test");
  });

  test("shows the seeded lines, expected date first ascending and 'nog niet bekend' last", async ({
    page,
  }) => {
    await page.goto("/orders/open?size=100");
    await expect(page.getByRole("heading", { level: 1, name: "Openstaande orderregels" })).toBeVisible();
    for (const label of [
      "Verkoopordernummer",
      "Leveren artikelnummer",
      "Nog te leveren",
      "Verwachte leverdatum",
    ]) {
      await expect(
        grid(page)
          .getByRole("columnheader", { name: new RegExp(label) })
          .first(),
      ).toBeVisible();
    }
    const cells = await expectedDateCells(page);
    expect(cells.length).toBeGreaterThanOrEqual(10);
    const dates = cells.map(iso);
    const firstUnknown = dates.indexOf(null);
    expect(firstUnknown).toBeGreaterThan(0);
    expect(cells.slice(firstUnknown).every((c) => c.includes("nog niet bekend"))).toBe(true);
    const known = dates.slice(0, firstUnknown) as string[];
    expect([...known].sort()).toEqual(known);
    await expect(
      grid(page).locator("tbody tr").first().locator("td").nth(EXPECTED).locator("strong"),
    ).toBeVisible();
    const first = grid(page).locator("tbody tr").first().locator("td");
    const ordered = Number(await first.nth(7).innerText());
    const delivered = Number(await first.nth(8).innerText());
    expect(Number(await first.nth(9).innerText())).toBe(ordered - delivered);
  });

  test("column search and CSV export", async ({ page }) => {
    await page.goto("/orders/open?size=100");
    const order = (await grid(page).locator("tbody tr").first().locator("td").first().innerText()).trim();
    await page.goto(`/orders/open?f.salesOrderNumber=${order}`);
    const rows = grid(page).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (let i = 0; i < (await rows.count()); i++)
      await expect(rows.nth(i).locator("td").first()).toHaveText(order);
    const csv = await page.request.get(`/orders/open/export.csv?f.salesOrderNumber=${order}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Verwachte leverdatum");
  });
});
