import { expect, seedDealer, signInAs, test } from "../fixtures";
import { pageAs, pdfText, seedClaim } from "./helpers";

// Staff refuse a claim: without a reaction it is refused with a clear message; with one the
// dealer sees "Afgewezen" and the reaction as a PDF.
test("staff refuse a claim with a reaction; the dealer sees Afgewezen and the reaction PDF", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000); // two logins, PDFs and a shared 2-core machine
  const dealer = await seedDealer();
  const claim = await seedClaim(dealer.customerId, dealer.userId);
  const reaction = `Inbouwfout: olietoevoer verstopt (${Date.now()})`;

  await signInAs(page, "staff@demo.test");
  await page.goto(`/staff/warranty/${claim.claimId}`);
  await page.locator("#claim-status").selectOption("REFUSED");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(
    page.getByText("Schrijf een reactie: een afwijzing heeft altijd een reactie.").first(),
  ).toBeVisible();

  await page.locator("#claim-reaction").fill(reaction);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { name: `${claim.number} · Afgewezen` })).toBeVisible();

  const dealerPage = await pageAs(browser, dealer.email, dealer.password);
  await dealerPage.goto("/warranty");
  await expect(dealerPage.locator("table tbody tr").filter({ hasText: claim.number })).toContainText(
    "Afgewezen",
  );
  await dealerPage.goto(`/warranty/${claim.number}`);
  const link = dealerPage.locator('a[href^="/documents/"]').filter({ hasText: "Reactie" }).first();
  const href = await link.getAttribute("href");
  const response = await dealerPage.request.get(href!);
  expect(response.status()).toBe(200);
  expect(await pdfText(await response.body())).toContain(reaction.slice(0, 30));
});
