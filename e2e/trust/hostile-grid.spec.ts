import type { APIRequestContext, APIResponse, Browser, BrowserContext } from "@playwright/test";
import { expect, signInAs, test } from "../fixtures";
import { HOSTILE_GRID_FILTERS, HOSTILE_GRID_PARAMS, LONG_GRID_FILTER } from "./hostile-inputs";

// Every grid page (and its CSV export) fed hostile URL parameters: out-of-range pages and sizes,
// unknown or malformed sort/group/filter columns, and hostile search text in every column.
// Always a page (never a 500 or the error screen), at most one page of rows.
const DEALER_GRIDS = ["/orders/open", "/returns/new", "/returns", "/warranty", "/invoices/unpaid"];
const DEALER_EXPORTS: Record<string, string> = {
  "/orders/open/export.csv": "/orders/open",
  "/returns/new/export.csv": "/returns/new",
  "/returns/new/ids": "/returns/new",
  "/returns/export.csv": "/returns",
  "/warranty/export.csv": "/warranty",
  "/invoices/unpaid/export.csv": "/invoices/unpaid",
};
const STAFF_GRIDS = [
  "/staff/orders",
  "/staff/audit",
  "/staff/customers",
  "/staff/returns",
  "/staff/warranty",
  "/staff/outbox",
];
test.describe.configure({ timeout: 300_000 });
// The rendered error screen (the messages themselves travel to the client too) or a server error digest.
const ERROR_MARKERS = />Er ging iets mis<|data-dgst|\\"digest\\":/;
const MAX_ROWS = 100;

/** The grid's column ids, as the page hands them to the client grid. */
function columnIds(html: string): string[] {
  return [
    ...new Set([...html.matchAll(/\{\\"id\\":\\"([\w.]+)\\",\\"(?:label|type)\\"/g)].map((m) => m[1]!)),
  ];
}

/** The hostile queries of one grid: each filter text in every column at once, then the other parameters. */
function queriesFor(columns: string[], { withPaging = true } = {}): string[] {
  const ids = columns.length ? columns : ["nope"];
  return [
    ...HOSTILE_GRID_FILTERS.map((text) => ids.map((c) => `f.${c}=${text.replaceAll("{col}", c)}`).join("&")),
    `f.${ids[0]}=${LONG_GRID_FILTER}`,
    ...(withPaging ? HOSTILE_GRID_PARAMS : HOSTILE_GRID_PARAMS.slice(0, 2)).map((q) =>
      q.replaceAll("{col}", ids[0]!),
    ),
  ];
}

async function signedInContext(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(await context.newPage(), email);
  return context;
}

async function expectSanePage(response: APIResponse, label: string): Promise<number> {
  expect(response.status(), label).toBe(200);
  const html = await response.text();
  expect(html, `${label}: the error screen`).not.toMatch(ERROR_MARKERS);
  // The grid's own rows: a cell may hold a table of its own (the audit trail's changes).
  const rows = (html.match(/<tr class="grid-row[\s"]/g) ?? []).length;
  expect(rows, `${label}: at most one page of rows`).toBeLessThanOrEqual(MAX_ROWS);
  return rows;
}

/** Runs `check` over every query, a few at a time. */
async function forEachQuery(queries: string[], check: (query: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < queries.length; i += 4) await Promise.all(queries.slice(i, i + 4).map(check));
}

async function sweep(
  request: APIRequestContext,
  grids: string[],
  exports: Record<string, string> = {},
): Promise<number> {
  let sent = 0;
  const columnsOf: Record<string, string[]> = {};
  for (const grid of grids) {
    columnsOf[grid] = columnIds(await (await request.get(grid)).text());
    if (grid !== "/staff/outbox") expect(columnsOf[grid]!.length, `${grid} columns`).toBeGreaterThan(2);
    const queries = queriesFor(columnsOf[grid]!);
    await forEachQuery(queries, async (query) => {
      const url = `${grid}?${query}`;
      await expectSanePage(await request.get(url), url.slice(0, 200));
    });
    sent += queries.length;
  }
  for (const [path, grid] of Object.entries(exports)) {
    const queries = queriesFor(columnsOf[grid]!, { withPaging: false });
    await forEachQuery(queries, async (query) => {
      const url = `${path}?${query}`;
      expect((await request.get(url)).status(), url.slice(0, 200)).toBe(200);
    });
    sent += queries.length;
  }
  return sent;
}

test("dealer grids and exports answer hostile URL parameters with a normal page", async ({ browser }) => {
  const context = await signedInContext(browser, "dealer@demo.test");
  const request = context.request;
  const sent = await sweep(request, DEALER_GRIDS, DEALER_EXPORTS);
  console.log(`hostile grid URLs sent as a dealer: ${sent}`);

  // Sane fallbacks: a wildcard is searched literally; an absurd size or page is the first page.
  const all = await expectSanePage(await request.get("/returns/new?size=100"), "size=100");
  expect(all).toBeGreaterThan(0);
  expect(
    await expectSanePage(await request.get("/returns/new?f.articleNumber=%25"), "wildcard"),
  ).toBeLessThan(all);
  expect(
    await expectSanePage(await request.get("/returns/new?size=100000"), "size=100000"),
  ).toBeLessThanOrEqual(all);
  await context.close();
});

test("staff grids answer hostile URL parameters with a normal page", async ({ browser }) => {
  const context = await signedInContext(browser, "staff@demo.test");
  const request = context.request;
  console.log(`hostile grid URLs sent as staff: ${await sweep(request, STAFF_GRIDS)}`);
  await context.close();
});
