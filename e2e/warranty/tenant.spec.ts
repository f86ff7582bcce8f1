import { expect, signInAs, test } from "../fixtures";

test("another company's dealer gets a 404 for the demo dealer's claim page, claim PDF and attachment", async ({
  browser,
}) => {
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signInAs(ownerPage, "dealer@demo.test");
  await ownerPage.goto("/warranty?f.status=Toegekend");
  const claimLink = ownerPage
    .getByRole("row")
    .getByRole("link", { name: /^MAS\d{8}$/ })
    .first();
  const number = (await claimLink.textContent())!.trim();
  await ownerPage.goto(`/warranty/${number}`);
  const documentHref = await ownerPage
    .getByRole("link", { name: "Reactie van de leverancier" })
    .getAttribute("href");
  expect(documentHref).toMatch(/^\/documents\/\d+$/);
  expect((await ownerPage.request.get(documentHref!)).status()).toBe(200);
  expect((await ownerPage.request.get(`/warranty/${number}/claim.pdf`)).status()).toBe(200);
  await owner.close();

  const intruder = await browser.newContext();
  const page = await intruder.newPage();
  await signInAs(page, "other@demo.test");
  expect((await page.goto(`/warranty/${number}`))!.status()).toBe(404);
  await expect(page.getByText(number)).toHaveCount(0);
  expect((await page.request.get(`/warranty/${number}/claim.pdf`)).status()).toBe(404);
  expect((await page.request.get(documentHref!)).status()).toBe(404);
  expect(await (await page.request.get(`/warranty/export.csv?f.number=${number}`)).text()).not.toContain(
    number,
  );
  await intruder.close();
});
