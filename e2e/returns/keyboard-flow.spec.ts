import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, test } from "../fixtures";

// The whole return flow with the keyboard alone: only Tab / Shift+Tab / Enter / Space /
// arrows and typing move the dealer along (the test reads the page, it never clicks or
// fills). Every focus stop must show a focus ring, and focus must move down the page.
type TFocus = {
  tag: string;
  name: string;
  id: string;
  testId: string;
  row: string;
  ringVisible: boolean;
  top: number;
  bottom: number;
  left: number;
};

async function focused(page: Page): Promise<TFocus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return {
        tag: "body",
        name: "",
        id: "",
        testId: "",
        row: "",
        ringVisible: false,
        top: 0,
        bottom: 0,
        left: 0,
      };
    const style = getComputedStyle(el);
    const ring =
      el.matches(":focus-visible") &&
      ((style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none");
    // Where the element sits on the page, whatever the window or a scrolling table shows of it.
    const box = el.getBoundingClientRect();
    let [dx, dy] = [0, 0];
    for (let p = el.parentElement; p; p = p.parentElement) [dx, dy] = [dx + p.scrollLeft, dy + p.scrollTop];
    const labelled =
      el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.innerText ?? el.innerText ?? "";
    return {
      tag: el.tagName.toLowerCase(),
      name: labelled.trim(),
      id: el.id,
      testId: el.dataset.testid ?? "",
      row: (el.closest("tr") as HTMLElement | null)?.innerText ?? "",
      ringVisible: ring,
      top: box.top + dy,
      bottom: box.bottom + dy,
      left: box.left + dx,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; every stop on the way must show its focus ring. */
async function tabTo(
  page: Page,
  what: string,
  matches: (f: TFocus) => boolean,
  { back = false, max = 120 } = {},
): Promise<TFocus[]> {
  const stops: TFocus[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    stops.push(now);
    expect(now.ringVisible, `focus ring on ${now.tag} "${now.name}" #${now.id} (on the way to ${what})`).toBe(
      true,
    );
    if (matches(now)) return stops;
  }
  throw new Error(
    `Tab never reached ${what}; last stops: ${stops
      .slice(-5)
      .map((s) => `${s.tag} "${s.name}"`)
      .join(", ")}`,
  );
}

/** Focus moves down the page, or right along one line, as the dealer tabs forward. */
function expectReadingOrder(stops: TFocus[]) {
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1]!, stops[i]!];
    const down = b.top > a.top + 4;
    const sameRowRight = b.top < a.bottom && b.bottom > a.top && b.left >= a.left;
    expect(
      down || sameRowRight,
      `focus from ${a.tag} "${a.name}" to ${b.tag} "${b.name}" goes back up the page`,
    ).toBe(true);
  }
}

async function firstSelectableLines(page: Page, count: number) {
  const headers = (await page.locator("table thead tr").first().locator("th").allInnerTexts()).map((h) =>
    h.trim(),
  );
  const at = (label: string) => headers.findIndex((h) => h.startsWith(label));
  const rows = page
    .locator("table tbody tr")
    .filter({ has: page.locator('input[type="checkbox"]:not([disabled])') });
  const picked: Array<{ article: string; order: string }> = [];
  for (let i = 0; picked.length < count && i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator("td");
    const line = {
      article: (await cells.nth(at("Artikelnummer")).innerText()).trim(),
      order: (await cells.nth(at("Verkoopordernummer")).innerText()).trim(),
    };
    const remaining = Number((await cells.nth(at("Aantal nog te retourneren")).innerText()).trim());
    if (remaining >= 3 && !picked.some((p) => p.article === line.article)) picked.push(line);
  }
  expect(picked).toHaveLength(count);
  return picked;
}

test("a dealer returns two lines using only the keyboard", async ({ page }) => {
  test.setTimeout(120_000);

  // Log in: the first field, type, Tab, type, Enter.
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await tabTo(page, "the e-mail field", (f) => f.id === "email");
  await page.keyboard.type("dealer@demo.test");
  await page.keyboard.press("Tab");
  expect((await focused(page)).id).toBe("password");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.waitForLoadState("networkidle");

  // The skip link comes first and is visible when focused; then the menu to the history.
  const skip = await tabTo(page, "the skip link", (f) => f.name === "Naar de inhoud", { max: 1 });
  expect(skip).toHaveLength(1);
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeInViewport();
  await tabTo(page, "Retour aanvragen in the menu", (f) => f.tag === "a" && f.name === "Retour aanvragen");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/returns\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Retour aanvragen" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.sessionStorage.clear());
  const [first, second] = await firstSelectableLines(page, 2);

  // Filter by the first article number, select its line; then the second article.
  for (const line of [first!, second!]) {
    const toSearch = await tabTo(
      page,
      "the article number search box",
      (f) => f.name === "Zoeken in Artikelnummer",
    );
    expectReadingOrder(toSearch);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(line.article);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`f\\.articleNumber=${line.article}`));
    await expect(page.locator("table tbody tr").first()).toContainText(line.article);
    await tabTo(
      page,
      `the checkbox of ${line.article}`,
      (f) => f.name === "Regel selecteren" && f.row.includes(line.article) && f.row.includes(line.order),
    );
    await page.keyboard.press("Space");
    // Back up to the search box for the next article.
    await tabTo(page, "the article number search box", (f) => f.name === "Zoeken in Artikelnummer", {
      back: true,
    });
    await page.keyboard.press("Shift+Tab");
  }
  await expect(page.getByText("2 regels geselecteerd").first()).toBeVisible();

  // To the confirmation.
  await page.keyboard.press("Tab");
  await tabTo(page, "RMA aanmaken", (f) => f.testId === "create-rma");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/returns\/new\/confirm\?lines=/);
  await expect(page.getByRole("heading", { level: 1, name: "Bevestiging retourorder" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  // The reason for all lines comes first, then each line's quantity and reason.
  const toReason = await tabTo(page, "the reason for all lines", (f) => f.id === "reason-all");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#reason-all")).not.toHaveValue("");
  const chosen = await page.locator("#reason-all").inputValue();
  const toQuantity = await tabTo(
    page,
    `the quantity of ${first!.article}`,
    (f) => f.name === `Aantal ${first!.article}`,
  );
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2");
  await page.keyboard.press("ArrowUp");
  const quantity = page.getByRole("textbox", { name: `Aantal ${first!.article}` });
  await expect(quantity).toHaveValue("3");
  for (const line of [first!, second!]) {
    await expect(page.getByTestId(`confirm-line-${line.article}`).locator("select")).toHaveValue(chosen);
  }
  const toTerms = await tabTo(page, "the terms checkbox", (f) => f.id === "acceptTerms");
  await page.keyboard.press("Space");
  await expect(page.locator("#acceptTerms")).toBeChecked();
  const toSubmit = await tabTo(page, "the submit button", (f) => f.testId === "submit-rma");
  expectReadingOrder([...toReason, ...toQuantity, ...toTerms, ...toSubmit]);
  await page.keyboard.press("Enter");

  // The RMA number.
  await expect(page).toHaveURL(/\/returns\?created=IRM\d{7}/, { timeout: 60_000 });
  const rmaNumber = new URL(page.url()).searchParams.get("created")!;
  await expect(page.getByTestId("rma-created")).toContainText(rmaNumber);
  await page.goto(`/returns?f.rmaNumber=${rmaNumber}`);
  await expect(page.locator("table tbody tr")).toHaveCount(2);
  const firstRow = page.locator("table tbody tr").filter({ hasText: first!.article });
  await expect(firstRow).toContainText("Verwacht");
  const headers = (await page.locator("table thead tr").first().locator("th").allInnerTexts()).map((h) =>
    h.trim(),
  );
  await expect(
    firstRow.locator("td").nth(headers.findIndex((h) => h.startsWith("Verwacht aantal retour"))),
  ).toHaveText("3");
});
