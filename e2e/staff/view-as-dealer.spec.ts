import { randomUUID } from "node:crypto";
import { expect, signInAs, test, withDb } from "../fixtures";
import { callAction } from "../trust/server-action";
import { pageAs } from "./helpers";

// "View as dealer" (issue 21): staff open the demo dealer's portal read-only from its customer
// page and see the same rows (history, status, open lines, unpaid invoices) and CSVs as the
// dealer; a forged dealer action during the view is refused and changes nothing; the view and
// its pages are in the audit trail.
const GRIDS = ["/returns/new", "/returns", "/orders/open", "/invoices/unpaid"] as const;

test("staff view the dealer's portal read-only: same rows and CSVs, actions refused, the view audited", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const demo = await withDb(async (client) => {
    const customer = await client.query(`SELECT id, name FROM "Customer" WHERE "erpNumber" = '10001'`);
    const line = await client.query(
      `SELECT id FROM "DeliveredLine" WHERE "customerId" = $1 AND "quantityDelivered" > "quantityReturned" + "quantityInRequest" LIMIT 1`,
      [customer.rows[0].id],
    );
    const reason = await client.query(`SELECT id FROM "ReturnReason" WHERE active LIMIT 1`);
    return {
      customerId: customer.rows[0].id as number,
      name: customer.rows[0].name as string,
      lineId: line.rows[0].id as number,
      reasonId: reason.rows[0].id as number,
    };
  });

  const dealerPage = await pageAs(browser, "dealer@demo.test");
  const seenByDealer: Record<string, { rows: string[]; csv: string }> = {};
  // A grid page streams its rows in after the skeleton (loading.tsx); its heading comes with them.
  const shown = (p: typeof page) => expect(p.locator("main h1")).toBeVisible();
  for (const path of GRIDS) {
    await dealerPage.goto(path);
    await shown(dealerPage);
    const rows = await dealerPage.locator("main table tbody tr").allInnerTexts();
    const csv = await (await dealerPage.request.get(`${path}/export.csv`)).text();
    seenByDealer[path] = { rows, csv };
  }

  await signInAs(page, "staff@demo.test");
  await page.goto(`/staff/customers/${demo.customerId}`);
  await page.getByTestId("view-as-dealer").click();
  const banner = page.getByTestId("dealer-view-banner");
  await expect(banner).toContainText(demo.name);
  await expect(banner).toContainText("alleen-lezen");

  for (const path of GRIDS) {
    await page.goto(path);
    await expect(banner).toBeVisible();
    await shown(page);
    const expected = seenByDealer[path]!;
    expect(expected.rows.length, `${path} has rows`).toBeGreaterThan(0);
    expect(await page.locator("main table tbody tr").allInnerTexts(), path).toEqual(expected.rows);
    const csv = await page.request.get(`${path}/export.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text(), `${path}/export.csv`).toBe(expected.csv);
  }
  const pdf = await page.request.get("/invoices/unpaid/pdf");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");

  // A forged dealer action with the staff member's cookies: refused in Dutch, nothing changes.
  const rmasBefore = await withDb(
    async (c) =>
      (await c.query(`SELECT count(*)::int AS n FROM "Rma" WHERE "customerId" = $1`, [demo.customerId]))
        .rows[0].n,
  );
  const forged = await callAction(
    page.request,
    { file: "lib/returns/actions.ts", name: "submitReturnRequestAction" },
    [
      {
        idempotencyKey: randomUUID(),
        lines: [{ deliveredLineId: demo.lineId, quantity: 1, reasonId: demo.reasonId }],
        reference: "",
        remarks: "",
        copyEmail: "",
        acceptTerms: true,
      },
    ],
  );
  expect(forged.result).toEqual({
    ok: false,
    code: "FORBIDDEN",
    message: `Alleen-lezen: u bekijkt het portaal van ${demo.name}. Wijzigingen zijn niet mogelijk.`,
  });
  const rmasAfter = await withDb(
    async (c) =>
      (await c.query(`SELECT count(*)::int AS n FROM "Rma" WHERE "customerId" = $1`, [demo.customerId]))
        .rows[0].n,
  );
  expect(rmasAfter).toBe(rmasBefore);

  // The dealer's own session is untouched: no banner, actions still theirs.
  await dealerPage.goto("/returns");
  await expect(dealerPage.getByTestId("dealer-view-banner")).toHaveCount(0);

  // Back to the staff desk; the view is in the audit trail with the pages seen.
  await page.goto("/returns");
  await banner.getByRole("button").click();
  await page.waitForURL(`**/staff/customers/${demo.customerId}`);
  const ended = await withDb(async (c) =>
    c.query(
      `SELECT a.after FROM "AuditEntry" a JOIN "User" u ON u.id = a."actorUserId"
       WHERE a.action = 'dealerView.end' AND u.email = 'staff@demo.test' AND a."customerId" = $1
       ORDER BY a.id DESC LIMIT 1`,
      [demo.customerId],
    ),
  );
  const pages = (ended.rows[0]?.after as { pages?: string[] } | undefined)?.pages ?? [];
  for (const path of GRIDS) expect(pages).toContain(path);
  expect(pages).toContain("/invoices/unpaid/pdf");
  await page.goto("/returns");
  await expect(page).toHaveURL(/\/staff$/);

  // The audit page reads it in words: the dealer's number, the action, the pages seen.
  await page.goto("/staff/audit?f.action=dealerView.end&f.record=10001");
  const entry = page.locator("main table tbody tr").first();
  await expect(entry).toContainText("Bekeken als dealer (einde)");
  await expect(entry).toContainText("10001");
  await expect(entry).toContainText("Bekeken pagina's");
  await expect(entry).toContainText("/invoices/unpaid/pdf");
});
