import type { Page } from "@playwright/test";
import { expect, signInAs, test, withDb } from "../fixtures";

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

  test("a line moved later since the last visit is marked, also after a refresh in the same visit", async ({
    page,
    browser,
  }) => {
    const line = await withDb(async (client) => {
      const found = await client.query(
        `SELECT l.id, l."salesOrderNumber", to_char(l."expectedDate", 'YYYY-MM-DD') AS expected FROM "OpenOrderLine" l
         JOIN "Customer" c ON c.id = l."customerId" WHERE c."erpNumber" = '10001' AND l."expectedDate" IS NOT NULL
         AND l."quantityDelivered" < l."quantityOrdered" ORDER BY l."expectedDate" LIMIT 1`,
      );
      const row = found.rows[0];
      await client.query(
        `UPDATE "User" SET "openOrdersSeenAt" = now() - interval '1 minute' WHERE email = 'dealer@demo.test'`,
      );
      await client.query(
        `INSERT INTO "ExpectedDateChange" ("openOrderLineId", "previousDate", "newDate", source, "createdAt") VALUES ($1, $2::date - 7, $2::date, 'STAFF', now())`,
        [row.id, row.expected],
      );
      return row as { id: number; salesOrderNumber: string; expected: string };
    });
    const seenBefore = await withDb(
      async (c) =>
        (await c.query(`SELECT "openOrdersSeenAt" AS s FROM "User" WHERE email = 'dealer@demo.test'`)).rows[0]
          .s as Date,
    );
    await page.goto(`/orders/open?f.salesOrderNumber=${line.salesOrderNumber}`);
    const mark = grid(page).getByTestId("moved-later").first();
    await expect(mark).toBeVisible();
    await expect(mark).toContainText("verschoven");
    const [y, m, d] = line.expected.split("-").map(Number);
    const previous = new Date(Date.UTC(y!, m! - 1, d! - 7))
      .toISOString()
      .slice(0, 10)
      .split("-")
      .reverse()
      .join("-");
    await expect(mark).toHaveAttribute("title", new RegExp(previous));

    await expect
      .poll(async () =>
        withDb(async (c) =>
          (
            await c.query(`SELECT "openOrdersSeenAt" AS s FROM "User" WHERE email = 'dealer@demo.test'`)
          ).rows[0].s.getTime(),
        ),
      )
      .toBeGreaterThan(seenBefore.getTime());
    await page.reload();
    await expect(grid(page).getByTestId("moved-later").first()).toBeVisible();

    const nextVisit = await browser.newPage();
    await signInAs(nextVisit, "dealer@demo.test");
    await nextVisit.goto(`/orders/open?f.salesOrderNumber=${line.salesOrderNumber}`);
    await expect(grid(nextVisit).locator("tbody tr").first()).toBeVisible();
    await expect(grid(nextVisit).getByTestId("moved-later")).toHaveCount(0);
  });
});
