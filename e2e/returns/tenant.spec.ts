import { expect, signInAs, test } from "../fixtures";

// Another company's RMA documents answer 404, exactly like a number that does not exist.
test("another dealer gets 404 for Garage Dupont's RMA form and label", async ({ browser }) => {
  const dupont = await browser.newPage();
  await signInAs(dupont, "dealer@demo.test");
  await dupont.goto("/returns");
  const firstNumber = dupont
    .locator("table tbody tr")
    .first()
    .getByText(/^IRM\d{7}$/)
    .first();
  const rmaNumber = (await firstNumber.innerText()).trim();
  expect(rmaNumber).toMatch(/^IRM\d{7}$/);
  expect((await dupont.request.get(`/returns/${rmaNumber}/form.pdf`)).status()).toBe(200);
  expect((await dupont.request.get(`/returns/${rmaNumber}/label.pdf`)).status()).toBe(200);

  const other = await browser.newPage();
  await signInAs(other, "other@demo.test");
  for (const path of [
    `/returns/${rmaNumber}/form.pdf`,
    `/returns/${rmaNumber}/label.pdf`,
    "/returns/IRM9999999/form.pdf",
  ]) {
    const response = await other.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"] ?? "").not.toContain("application/pdf");
  }
  await other.goto(`/returns?f.rmaNumber=${rmaNumber}`);
  await expect(other.locator("table tbody tr")).toHaveCount(0);
});
