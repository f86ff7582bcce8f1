import { pdfText } from "../../tests/pdf-text";
import { expect, signInAs, test } from "../fixtures";
import { readUnpaidRows } from "./helpers";

// Another company sees none of Garage Dupont's invoices, and their PDFs answer 404 like unknown numbers.
test("other@demo.test sees none of the demo dealer's invoices and gets 404 for their PDFs", async ({
  browser,
}) => {
  const dupont = await browser.newPage();
  await signInAs(dupont, "dealer@demo.test");
  await dupont.goto("/invoices/unpaid?size=100");
  const dupontRows = await readUnpaidRows(dupont);
  const withPdf = dupontRows.filter((r) => r.hasPdfLink);
  expect(withPdf.length).toBeGreaterThan(0);
  expect((await dupont.request.get(`/invoices/${withPdf[0]!.number}/pdf`)).status()).toBe(200);

  const other = await browser.newPage();
  await signInAs(other, "other@demo.test");
  await other.goto("/invoices/unpaid?size=100");
  const otherNumbers = (await readUnpaidRows(other)).map((r) => r.number);
  for (const row of dupontRows) expect(otherNumbers).not.toContain(row.number);
  for (const row of [...withPdf, dupontRows[0]!]) {
    const response = await other.request.get(`/invoices/${row.number}/pdf`);
    expect(response.status(), row.number).toBe(404);
    expect(response.headers()["content-type"] ?? "").not.toContain("application/pdf");
  }
  expect((await other.request.get("/invoices/MVF0000000/pdf")).status()).toBe(404);
  await other.goto(`/invoices/unpaid?f.number=${dupontRows[0]!.number}`);
  expect(await readUnpaidRows(other)).toHaveLength(0);
  const otherPdf = await pdfText(await (await other.request.get("/invoices/unpaid/pdf")).body());
  for (const row of dupontRows) expect(otherPdf).not.toContain(row.number);
  const csv = await (await other.request.get("/invoices/unpaid/export.csv")).text();
  for (const row of dupontRows) expect(csv).not.toContain(row.number);
});
