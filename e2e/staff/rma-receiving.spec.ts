import { expect, seedDealer, signInAs, test } from "../fixtures";
import { pageAs, seedOpenRma, tinyPdf } from "./helpers";

// Staff receive an RMA (one line fully, one partly), close it and attach the credit note;
// the dealer sees it at once, and the unreceived rest is returnable again.
test("staff receive, close and invoice an RMA; the dealer sees the result", async ({ page, browser }) => {
  test.setTimeout(150_000); // two logins, PDFs and a shared 2-core machine
  const dealer = await seedDealer();
  const rma = await seedOpenRma(dealer.customerId, dealer.userId, [
    { delivered: 4, expected: 3 },
    { delivered: 5, expected: 2 },
  ]);
  const [full, part] = rma.lines as [(typeof rma.lines)[0], (typeof rma.lines)[0]];
  const creditNumber = `MVF9${String(Date.now()).slice(-6)}`;

  await signInAs(page, "staff@demo.test");
  await page.goto(`/staff/returns/${rma.rmaId}`);
  await expect(page.getByRole("heading", { name: new RegExp(rma.number) })).toBeVisible();

  const fullForm = page.getByRole("form", { name: `Ontvangen ${full.article}` });
  await fullForm.getByLabel("Ontvangen aantal").fill("3");
  await fullForm.getByRole("button", { name: "Ontvangen" }).click();
  await expect(fullForm).toHaveCount(0);

  const partForm = page.getByRole("form", { name: `Ontvangen ${part.article}` });
  await partForm.getByLabel("Ontvangen aantal").fill("1");
  await partForm.getByRole("button", { name: "Ontvangen" }).click();
  await expect(partForm).toHaveCount(0);
  await expect(
    page
      .getByTestId(/rma-line-/)
      .filter({ hasText: part.article })
      .locator("td")
      .nth(3),
  ).toHaveText("1");

  await page.getByRole("button", { name: "Afsluiten" }).click();
  await expect(page.getByRole("heading", { name: `${rma.number} · Afgesloten` })).toBeVisible();

  await page.locator("#cn-number").fill(creditNumber);
  await page.locator("#cn-amount").fill("1000,00");
  await page
    .locator("#cn-file")
    .setInputFiles({ name: "credit.pdf", mimeType: "application/pdf", buffer: tinyPdf(creditNumber) });
  await page.getByRole("button", { name: "Creditnota toevoegen" }).click();
  // The audit trail below names the credit note too; the credit note list comes first.
  await expect(page.getByText(creditNumber).first()).toBeVisible();
  await page.getByRole("button", { name: "Markeren als gefactureerd" }).click();
  await expect(page.getByRole("heading", { name: `${rma.number} · Gefactureerd` })).toBeVisible();

  const dealerPage = await pageAs(browser, dealer.email, dealer.password);
  await dealerPage.goto(`/returns?f.rmaNumber=${rma.number}`);
  const rows = dealerPage.locator("table tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: full.article })).toContainText("Gefactureerd");
  await expect(rows.filter({ hasText: part.article })).toContainText("Gefactureerd");
  const creditLink = rows.filter({ hasText: full.article }).getByRole("link", { name: creditNumber });
  await expect(creditLink).toHaveAttribute("href", new RegExp(`/invoices/${creditNumber}/pdf`));

  // 5 delivered − 1 returned = 4 returnable again (the unreceived 1 came back); the full line: 4 − 3 = 1.
  for (const [article, remaining] of [
    [part.article, "4"],
    [full.article, "1"],
  ] as const) {
    await dealerPage.goto(`/returns/new?f.articleNumber=${article}`);
    const row = dealerPage.locator("table tbody tr").filter({ hasText: article });
    await expect(row).toBeVisible();
    const headers = await dealerPage.locator("table thead tr").first().locator("th").allInnerTexts();
    const column = headers.findIndex((text) => text.trim().startsWith("Aantal nog te retourneren"));
    await expect(row.locator("td").nth(column)).toHaveText(remaining);
  }
});

test("a dealer gets 404 on the staff dashboard", async ({ page }) => {
  await signInAs(page, "dealer@demo.test");
  const response = await page.goto("/staff/returns");
  expect(response?.status()).toBe(404);
});
