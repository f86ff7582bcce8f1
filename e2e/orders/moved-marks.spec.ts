import type { Page } from "@playwright/test";
import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";

// Issue 19: a line whose expected date moved later stays marked, visit after visit, until the
// dealer clicks "Gezien" (one line) or "Getoonde markeringen gezien" (all shown); the banner and
// the home tile count the same lines, and the line's date history is on the page.
const grid = (page: Page) => page.getByRole("table", { name: "Openstaande orderregels" });
const row = (page: Page, order: string) => grid(page).locator("tbody tr", { hasText: order });
const dutch = (iso: string) => iso.split("-").reverse().join("-");

async function seedMovedLines(customerId: number) {
  return withDb(async (client) => {
    const orders: string[] = [];
    for (const [n, shift] of [
      [1, 7],
      [2, 3],
      [3, -2],
    ] as const) {
      const order = `VVO88${String(customerId).slice(-3).padStart(3, "0")}${n}`;
      const line = await client.query(
        `INSERT INTO "OpenOrderLine" ("customerId", "erpKey", "salesOrderNumber", "orderDate", "articleNumber",
           "deliverArticleNumber", "articleName", "quantityOrdered", "expectedDate", "updatedAt")
         VALUES ($1, $2, $3, current_date - 10, 'WG1803348', 'WG1803348', 'Turbo', 2, current_date + 20 + $4::int, now())
         RETURNING id`,
        [customerId, `mm-${customerId}-${n}`, order, shift],
      );
      await client.query(
        `INSERT INTO "ExpectedDateChange" ("openOrderLineId", "previousDate", "newDate", source, "createdAt")
         VALUES ($1, null, current_date + 20, 'ERP', now() - interval '2 days'),
                ($1, current_date + 20, current_date + 20 + $2::int, 'STAFF', now() - interval '1 day')`,
        [line.rows[0].id, shift],
      );
      orders.push(order);
    }
    const base = (await client.query(`SELECT to_char(current_date + 20, 'YYYY-MM-DD') AS d`)).rows[0]
      .d as string;
    return { orders, base };
  });
}

test("moved-later marks stay until acknowledged, per line or all shown, and agree with the home tile", async ({
  browser,
}) => {
  const dealer = await seedDealer();
  const { orders, base } = await seedMovedLines(dealer.customerId);
  const [a, b, c] = orders as [string, string, string];
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, dealer.email, dealer.password);

  await page.goto("/");
  await expect(page.getByTestId("tile-orders-open")).toContainText("3 open regels · 2 verschoven");
  await page.goto("/orders/open");
  await expect(page.getByTestId("moved-banner")).toContainText(
    "2 regels hebben een latere verwachte leverdatum",
  );
  await expect(row(page, a).getByTestId("moved-later")).toHaveAttribute("title", new RegExp(dutch(base)));
  await expect(row(page, b).getByTestId("moved-later")).toBeVisible();
  await expect(row(page, c).getByTestId("moved-later")).toHaveCount(0);

  // The history of the expected date, from the supplier's import and from the sales office.
  await row(page, a).getByText("Geschiedenis").click();
  const history = row(page, a).getByTestId("date-history");
  await expect(history.locator("li")).toHaveCount(2);
  await expect(history.locator("li").first()).toContainText(`nog niet bekend → ${dutch(base)} (leverancier)`);
  await expect(history.locator("li").last()).toContainText(`${dutch(base)} →`);
  await expect(history.locator("li").last()).toContainText("(binnendienst)");

  // A new visit (a reload, then a new sign-in) does not use the marks up.
  await page.reload();
  await expect(row(page, a).getByTestId("moved-later")).toBeVisible();
  const later = await browser.newContext();
  const laterPage = await later.newPage();
  await signInAs(laterPage, dealer.email, dealer.password, "/login?callbackUrl=%2Forders%2Fopen");
  await laterPage.goto("/orders/open");
  await expect(row(laterPage, a).getByTestId("moved-later")).toBeVisible();
  await expect(row(laterPage, b).getByTestId("moved-later")).toBeVisible();
  await later.close();

  // "Gezien" on one line: that mark goes, for good; the other stays.
  await row(page, a)
    .getByRole("button", { name: `Verschoven datum van ${a}, artikel WG1803348: gezien` })
    .click();
  await expect(row(page, a).getByTestId("moved-later")).toHaveCount(0);
  await expect(page.getByTestId("moved-banner")).toContainText("1 regel heeft");
  await page.reload();
  await expect(row(page, a).getByTestId("moved-later")).toHaveCount(0);
  await expect(row(page, b).getByTestId("moved-later")).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("tile-orders-open")).toContainText("3 open regels · 1 verschoven");

  // All shown at once.
  await page.goto("/orders/open");
  await page.getByTestId("acknowledge-all").click();
  await expect(page.getByTestId("moved-banner")).toHaveCount(0);
  await expect(grid(page).getByTestId("moved-later")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByTestId("tile-orders-open")).toContainText("3 open regels");
  await expect(page.getByTestId("tile-orders-open")).not.toContainText("verschoven");
  const acknowledged = await withDb(
    async (client) =>
      (
        await client.query(
          `SELECT count(*)::int AS n FROM "ExpectedDateAcknowledgement" WHERE "userId" = $1`,
          [dealer.userId],
        )
      ).rows[0].n,
  );
  expect(acknowledged).toBe(2);
  await context.close();
});
