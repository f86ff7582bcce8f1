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

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de regels" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main tbody")).toBeFocused();
});
