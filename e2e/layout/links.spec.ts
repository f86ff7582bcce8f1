import type { Page } from "@playwright/test";
import { loadDemoIds, type TDemoIds } from "../a11y/demo-ids";
import { PAGES } from "../a11y/pages";
import { expect, seedDealer, signInAs, test } from "../fixtures";

// Issue 19: no dead link. Every same-origin link on every dealer page (PDFs, documents, the terms
// and the warranty manual included) answers without a 4xx or 5xx, for the demo dealer and for a
// new dealer who has no documents at all.
const DEALER_ROUTES = Object.entries(PAGES).filter(([, entry]) => entry.role === "dealer");

async function sameOriginLinks(page: Page): Promise<string[]> {
  return page.locator("a[href]").evaluateAll((anchors) =>
    anchors
      .map((a) => new URL((a as HTMLAnchorElement).href, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname + url.search),
  );
}

/** Visits each page, gathers its links and fetches each once; returns the links that failed with their status. */
async function deadLinks(page: Page, urls: string[]): Promise<string[]> {
  const links = new Map<string, string>();
  for (const url of urls) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    for (const link of await sameOriginLinks(page)) if (!links.has(link)) links.set(link, url);
  }
  expect(links.size).toBeGreaterThan(urls.length);
  const dead: string[] = [];
  for (const [link, foundOn] of links) {
    const response = await page.request.get(link);
    if (response.status() >= 400) dead.push(`${link} (on ${foundOn}): ${response.status()}`);
  }
  return dead;
}

test("every link on the demo dealer's pages answers", async ({ page }) => {
  test.setTimeout(180_000);
  const ids: TDemoIds = await loadDemoIds();
  await signInAs(page, "dealer@demo.test");
  expect(
    await deadLinks(
      page,
      DEALER_ROUTES.map(([, entry]) => entry.url(ids)),
    ),
  ).toEqual([]);
});

test("every link on a new dealer's pages answers, though the dealer has no documents", async ({ page }) => {
  // A new company's one user is its admin: every dealer page is theirs, /company/users too.
  const dealer = await seedDealer({ companyAdmin: true });
  await signInAs(page, dealer.email, dealer.password);
  const routes = DEALER_ROUTES.filter(([route]) => !route.includes("["));
  expect(
    await deadLinks(
      page,
      routes.map(([route]) => route),
    ),
  ).toEqual([]);
});
