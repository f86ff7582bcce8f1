import { expect, signInAs, test } from "../fixtures";

// The grid groups the page's rows by a column from the URL (?group=…): a header row per value with
// its row count; each group folds and opens again with its button, the other groups staying as they
// are. (Grouping runs in the browser on the page's rows, without a table library.)
test("the return status grid groups by RMA number, and each group folds and opens", async ({ page }) => {
  await signInAs(page, "dealer@demo.test");
  await page.goto("/returns?group=rmaNumber");
  const body = page.locator("main table tbody");
  const groupButtons = body.locator('th[scope="colgroup"] button');
  await expect(groupButtons.first()).toBeVisible();
  const groups = await groupButtons.count();
  expect(groups).toBeGreaterThan(1);

  const lines = body.locator("tr:not(:has(th))");
  const allLines = await lines.count();
  const first = groupButtons.first();
  await expect(first).toHaveAttribute("aria-expanded", "true");
  await expect(first).toContainText(/^▾RMA-nummer: IRM\d{7}\(\d+ regels?\)$/);
  const inFirst = Number((await first.textContent())?.match(/\((\d+) regels?\)/)?.[1]);
  expect(inFirst).toBeGreaterThan(0);

  await first.click();
  await expect(first).toHaveAttribute("aria-expanded", "false");
  await expect(lines).toHaveCount(allLines - inFirst);
  await expect(groupButtons).toHaveCount(groups);
  await expect(groupButtons.nth(1)).toHaveAttribute("aria-expanded", "true");

  await first.click();
  await expect(first).toHaveAttribute("aria-expanded", "true");
  await expect(lines).toHaveCount(allLines);
});
