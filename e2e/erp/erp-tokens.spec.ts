import { expect, signInAs, test } from "../fixtures";

// Staff make an ERP token, the ERP uses it, staff revoke it and the ERP is locked out.
test("an ERP token made by staff works against the API until it is revoked", async ({ page, request }) => {
  const name = `ERP e2e ${Date.now()}`;
  const erpNumber = `E2E${Date.now() % 1_000_000}`;
  await signInAs(page, "staff@demo.test");
  await page.goto("/staff/erp");
  await page.locator("#token-name").fill(name);
  await page.getByRole("button", { name: "Token aanmaken" }).click();
  const secret = (await page.getByTestId("erp-token-secret").textContent())!.trim();
  expect(secret).toMatch(/^erp_[A-Za-z0-9_-]{40,}$/);

  const post = (path: string, rows: unknown[]) =>
    request.post(`/api/erp/v1/${path}`, { headers: { authorization: `Bearer ${secret}` }, data: { rows } });
  const customers = await post("customers", [{ erpNumber, name: "E2E Garage" }]);
  expect(customers.status()).toBe(200);
  expect(await customers.json()).toMatchObject({ received: 1, created: 1, rejected: [] });
  const lines = await post("open-lines", [
    {
      erpKey: `${erpNumber}-1`,
      customerNumber: erpNumber,
      salesOrderNumber: "VVO9202600",
      orderDate: "2020-08-14",
      articleNumber: "WG1443523",
      deliverArticleNumber: "53297100019",
      articleName: "Binnenwerk",
      quantityOrdered: 10,
      expectedDate: null,
    },
    {
      erpKey: `${erpNumber}-2`,
      customerNumber: "no-such-customer",
      salesOrderNumber: "VVO9202600",
      orderDate: "2020-08-14",
      articleNumber: "WG1443523",
      deliverArticleNumber: "53297100019",
      articleName: "Binnenwerk",
      quantityOrdered: 10,
      expectedDate: null,
    },
  ]);
  expect(await lines.json()).toMatchObject({ created: 1, rejected: [{ index: 1 }] });
  expect((await request.get("/api/erp/v1/openapi.json")).status()).toBe(200);

  await page.reload();
  const row = page.getByTestId("erp-token").filter({ hasText: name });
  await expect(row).toContainText("Actief");
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Intrekken" }).click();
  await expect(row).toContainText("Ingetrokken op");
  await expect(page.getByText(secret)).toHaveCount(0);

  const refused = await post("customers", [{ erpNumber, name: "E2E Garage" }]);
  expect(refused.status()).toBe(401);
});

test("a dealer cannot reach the ERP token page", async ({ page }) => {
  await signInAs(page, "dealer@demo.test");
  const response = await page.goto("/staff/erp");
  expect(response?.status()).toBe(404);
});
