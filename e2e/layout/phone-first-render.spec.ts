import { expect, signInAs, test } from "../fixtures";

// A phone gets the grid's cards in the page's first HTML, before any script runs (it used to get a
// table that turned into cards once the scripts ran: the page jumped and the phone did the work
// twice); a desktop and a tablet get the table. Read here from the HTML the server sends.
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const ANDROID_PHONE = { "sec-ch-ua-mobile": "?1" };
const DESKTOP = { "sec-ch-ua-mobile": "?0" };

test("the server sends a phone the grid's cards and a desktop the table", async ({ page }) => {
  await signInAs(page, "dealer@demo.test");
  const html = async (headers: Record<string, string>) => {
    const response = await page.request.get("/orders/open", { headers });
    expect(response.status()).toBe(200);
    return response.text();
  };
  for (const phone of [{ "user-agent": IPHONE }, ANDROID_PHONE]) {
    const body = await html(phone);
    expect(body).toContain('data-testid="grid-cards"');
    expect(body).not.toMatch(/<table[^>]*>\s*<caption/);
  }
  const desktop = await html(DESKTOP);
  expect(desktop).toMatch(/<table[^>]*><caption/);
  expect(desktop).not.toContain('data-testid="grid-cards"');
});

test("on a phone the cards stay after the scripts run, with no console error", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    userAgent: IPHONE,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await signInAs(page, "dealer@demo.test");
  await page.goto("/orders/open");
  await expect(page.getByTestId("grid-cards")).toBeVisible();
  await expect(page.locator("main table")).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});
