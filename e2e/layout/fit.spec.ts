import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { loadDemoIds, type TDemoIds } from "../a11y/demo-ids";
import { PAGES } from "../a11y/pages";
import { expect, signInAs, test } from "../fixtures";
import { KEY_COLUMNS } from "./key-columns";

// Issue 19: every dealer page at a desk (1280), a tablet (820) and a phone (390): the page never
// pans sideways, and the key columns are on screen without scrolling (table headers on the
// wider screens, the rows' cards on the phone). A screenshot of each goes to test-results/layout.
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 820, height: 1180 },
  { width: 390, height: 844 },
];
// The dealer's pages and the information pages they link to (terms, warranty manual).
const INFO_PAGES = new Set(["/terms", "/warranty-manual"]);
const DEALER_PAGES = Object.entries(PAGES).filter(
  ([route, entry]) => entry.role === "dealer" || INFO_PAGES.has(route),
);
const SHOTS = "test-results/layout";

type TBox = { label: string; left: number; right: number; shown: boolean };

/** Where each key column's header (or, on a phone, its label in the first card) sits. */
async function keyColumnBoxes(page: Page, labels: string[]): Promise<TBox[]> {
  return page.evaluate((wanted) => {
    const clean = (text: string | null) => (text ?? "").replace(/[↕▲▼]/g, "").replace(/\s+/g, " ").trim();
    const cards = document.querySelector("[data-testid=grid-cards] li");
    const candidates = cards
      ? [...cards.querySelectorAll("dt, p > span.sr-only")]
      : [...document.querySelectorAll("table thead th")];
    const phoneCells = document.querySelectorAll("main table tbody tr:first-child td[data-label]");
    return wanted.map((label) => {
      // The confirmation's phone cards are its table rows, each cell labelled (data-label).
      let element = (
        phoneCells.length > 0 && innerWidth < 640
          ? [...phoneCells].find((td) => td.getAttribute("data-label") === label)
          : candidates.find((el) => clean(el.textContent).replace(/:$/, "") === label)
      ) as HTMLElement | undefined;
      if (element?.matches("span.sr-only")) element = element.parentElement ?? undefined;
      const box = element?.getBoundingClientRect();
      const shown = Boolean(element && box && box.width > 0 && getComputedStyle(element).display !== "none");
      return { label, left: box?.left ?? -1, right: box?.right ?? Number.POSITIVE_INFINITY, shown };
    });
  }, labels);
}

let ids: TDemoIds;
test.beforeAll(async () => {
  ids = await loadDemoIds();
  mkdirSync(SHOTS, { recursive: true });
});

for (const viewport of VIEWPORTS) {
  test(`dealer pages fit ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signInAs(page, "dealer@demo.test");
    const titles: string[] = [];
    for (const [route, entry] of DEALER_PAGES) {
      await page.goto(entry.url(ids));
      await page.waitForLoadState("networkidle");
      if (viewport.width < 640 && KEY_COLUMNS[route] && route !== "/returns/new/confirm") {
        await expect(page.getByTestId("grid-cards"), route).toBeVisible();
      }
      titles.push(await page.title());
      const name = `${viewport.width}${route.replace(/[/[\]]/g, "_")}`;
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: innerWidth,
      }));
      expect(widths.scroll, `${route} at ${viewport.width}: the page pans sideways`).toBeLessThanOrEqual(
        widths.inner,
      );

      for (const box of await keyColumnBoxes(page, KEY_COLUMNS[route] ?? [])) {
        expect(box.shown, `${route} at ${viewport.width}: "${box.label}" is shown`).toBe(true);
        expect(
          box.left,
          `${route} at ${viewport.width}: "${box.label}" starts on screen`,
        ).toBeGreaterThanOrEqual(0);
        expect(box.right, `${route} at ${viewport.width}: "${box.label}" ends on screen`).toBeLessThanOrEqual(
          viewport.width,
        );
      }
    }
    // Each page has its own title (the browser's tab and history), and the portal a favicon.
    expect(new Set(titles).size, titles.join(" | ")).toBe(titles.length);
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect((await page.request.get(icon!)).status()).toBe(200);
  });
}
