import { expect, signInAs, test, withDb } from "../fixtures";

// Search across customers (issue 21): from the staff header, staff find an RMA of one customer
// and an invoice of another; each hit names its customer and leads to the staff page behind it.
test("staff find an RMA and an invoice of two different customers from the header", async ({ page }) => {
  const seed = await withDb(async (client) => {
    const rma = await client.query(
      `SELECT r.id, r.number, c.id AS "customerId", c.name FROM "Rma" r JOIN "Customer" c ON c.id = r."customerId" ORDER BY r.id LIMIT 1`,
    );
    const invoice = await client.query(
      `SELECT i.number, c.id AS "customerId", c.name FROM "Invoice" i JOIN "Customer" c ON c.id = i."customerId" WHERE i."customerId" <> $1 ORDER BY i.id LIMIT 1`,
      [rma.rows[0].customerId],
    );
    return { rma: rma.rows[0], invoice: invoice.rows[0] };
  });
  expect(seed.invoice, "the seed has an invoice of a second customer").toBeTruthy();

  await signInAs(page, "staff@demo.test");
  await page.goto("/staff");
  const box = page.getByRole("searchbox", { name: "Zoeken bij alle klanten" });

  await box.fill(seed.rma.number);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/staff\/search\?q=/);
  const rmas = page.getByTestId("search-rmas");
  const rmaHit = rmas.getByRole("listitem").filter({ hasText: seed.rma.number });
  await expect(rmaHit.getByTestId("search-customer")).toContainText(seed.rma.name);
  await rmaHit.getByRole("link", { name: seed.rma.number }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/returns/${seed.rma.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(seed.rma.number);

  await box.fill(seed.invoice.number.toLowerCase());
  await box.press("Enter");
  await expect(page).toHaveURL(/\/staff\/search\?q=/);
  const invoiceHit = page
    .getByTestId("search-invoices")
    .getByRole("listitem")
    .filter({ hasText: seed.invoice.number });
  await expect(invoiceHit.getByTestId("search-customer")).toContainText(seed.invoice.name);
  expect(seed.invoice.customerId).not.toBe(seed.rma.customerId);
  await invoiceHit.getByRole("link", { name: seed.invoice.number }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/customers/${seed.invoice.customerId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(seed.invoice.name);
});

test("a dealer gets 404 on the staff search", async ({ page }) => {
  await signInAs(page, "dealer@demo.test");
  const response = await page.goto("/staff/search?q=IRM");
  expect(response?.status()).toBe(404);
});
