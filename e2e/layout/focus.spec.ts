import { expect, signInAs, test } from "../fixtures";

// Issue 19: after a navigation the new page's heading has the focus (a screen reader says where
// the dealer landed), and a grid's filter row can be skipped with a link.
test("focus moves to the new page's heading, and the skip link jumps past the filter row", async ({
  page,
}) => {
  await signInAs(page, "dealer@demo.test");
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.getByRole("navigation").getByRole("link", { name: "Openstaande orderregels" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Openstaande orderregels" })).toBeFocused();

  // From the heading, Tab reaches the skip link before any of the filter row's fields (the moved
  // dates' banner and its button may come first).
  const skip = page.getByRole("link", { name: "Naar de regels" });
  for (let presses = 0; presses < 5; presses++) {
    await page.keyboard.press("Tab");
    if (await skip.evaluate((element) => element === document.activeElement)) break;
    expect(await page.evaluate(() => document.activeElement?.closest("thead") === null)).toBe(true);
  }
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main tbody")).toBeFocused();
});
