import { pdfText } from "../../tests/pdf-text";
import { expect, signInAs, test } from "../fixtures";
import { amsterdamToday, centsFromDutch, isoFromDutch, readUnpaidRows } from "./helpers";

test.describe("unpaid invoices", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "dealer@demo.test");
    await page.goto("/invoices/unpaid?size=100");
  });

  test("lists the seeded invoices with open = amount − paid, flags overdue ones only", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1, name: "Openstaande facturen" })).toBeVisible();
    const rows = await readUnpaidRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row.number).toMatch(/^MVF\d{7}$/);
      expect(centsFromDutch(row.open)).toBe(centsFromDutch(row.amount) - centsFromDutch(row.paid));
      expect(centsFromDutch(row.open)).not.toBe(0);
    }
    const partly = rows.find((r) => centsFromDutch(r.paid) > 0 && centsFromDutch(r.open) > 0);
    expect(partly, "a partly paid invoice shows its open rest").toBeDefined();

    const today = amsterdamToday();
    // Overdue: due before today and something still to pay; a credit note or overpaid invoice never is.
    const pastDue = (r: (typeof rows)[number]) => isoFromDutch(r.dueDate) < today;
    const isOverdue = (r: (typeof rows)[number]) => pastDue(r) && centsFromDutch(r.open) > 0;
    const overdue = rows.filter(isOverdue);
    const notDue = rows.filter((r) => !isOverdue(r));
    expect(overdue.length).toBeGreaterThan(0);
    expect(notDue.length).toBeGreaterThan(0);
    for (const row of overdue) expect(row.overdueFlag, `${row.number} is overdue`).toBe(true);
    for (const row of notDue) expect(row.overdueFlag, `${row.number} is not overdue`).toBe(false);
    const dueToday = rows.find((r) => isoFromDutch(r.dueDate) === today);
    expect(dueToday?.overdueFlag, "due today is not overdue").toBe(false);
    expect(
      rows.some((r) => centsFromDutch(r.open) < 0),
      "an unsettled credit note shows a negative open amount",
    ).toBe(true);
    const pastDueCredit = rows.some((r) => centsFromDutch(r.open) < 0 && pastDue(r) && !r.overdueFlag);
    expect(pastDueCredit, "a past-due credit is not overdue").toBe(true);

    const totalOpen = rows.reduce((sum, r) => sum + centsFromDutch(r.open), 0);
    expect(centsFromDutch(await page.getByTestId("total-open").innerText())).toBe(totalOpen);
    const totalOverdue = overdue.reduce((sum, r) => sum + centsFromDutch(r.open), 0);
    expect(centsFromDutch(await page.getByTestId("total-overdue").innerText())).toBe(totalOverdue);

    // Credit notes and overpaid invoices are netted: to pay + credit = the net balance.
    const toPay = rows.filter((r) => centsFromDutch(r.open) > 0);
    const credit = rows.filter((r) => centsFromDutch(r.open) < 0);
    const sum = (list: typeof rows) => list.reduce((s, r) => s + centsFromDutch(r.open), 0);
    expect(centsFromDutch(await page.getByTestId("total-to-pay").innerText())).toBe(sum(toPay));
    expect(centsFromDutch(await page.getByTestId("total-credit").innerText())).toBe(sum(credit));
    const overpaid = rows.filter((r) => centsFromDutch(r.open) < 0 && centsFromDutch(r.amount) > 0);
    for (const row of overpaid)
      await expect(page.locator("tbody tr", { hasText: row.number }).getByTestId("overpaid")).toBeVisible();

    // The home tile says the same.
    const net = (await page.getByTestId("total-open").innerText()).trim();
    await page.goto("/");
    const tile = page.getByTestId("tile-invoices-unpaid");
    await expect(tile).toContainText(`${toPay.length} facturen te betalen`);
    await expect(tile).toContainText(`${overdue.length} vervallen`);
    await expect(tile).toContainText(`${credit.length} tegoed`);
    await expect(tile).toContainText(`saldo ${net}`);
  });

  test("the unpaid PDF holds every unpaid invoice number and the same total as the page", async ({
    page,
  }) => {
    const rows = await readUnpaidRows(page);
    const total = (await page.getByTestId("total-open").innerText()).trim();
    const response = await page.request.get("/invoices/unpaid/pdf");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    expect(response.headers()["cache-control"]).toContain("no-store");
    const text = await pdfText(await response.body());
    for (const row of rows) expect(text).toContain(row.number);
    expect(text).toContain(total);
    expect(text).toContain("10001");
    expect(text).toMatch(/Pagina 1 van \d+/);
  });

  test("an invoice's own document opens where the ERP supplied one", async ({ page }) => {
    const rows = await readUnpaidRows(page);
    const withPdf = rows.find((r) => r.hasPdfLink);
    expect(withPdf).toBeDefined();
    const response = await page.request.get(`/invoices/${withPdf!.number}/pdf`);
    expect(response.status()).toBe(200);
    expect(await pdfText(await response.body())).toContain(withPdf!.number);
    const without = rows.find((r) => !r.hasPdfLink);
    if (without) expect((await page.request.get(`/invoices/${without.number}/pdf`)).status()).toBe(404);
  });

  test("column search and CSV export follow the filter", async ({ page }) => {
    const rows = await readUnpaidRows(page);
    const number = rows[0]!.number;
    await page.goto(`/invoices/unpaid?f.number=${number}`);
    const filtered = await readUnpaidRows(page);
    expect(filtered.map((r) => r.number)).toEqual([number]);
    const csv = await page.request.get(`/invoices/unpaid/export.csv?f.number=${number}`);
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    expect(body).toContain("Factuurnummer");
    expect(body).toContain(number);
    expect(body.trim().split(/\r\n/)).toHaveLength(2);
  });
});
