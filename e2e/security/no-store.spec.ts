import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInAs, test, withDb } from "../fixtures";
import { seedWebhookDemo } from "../staff/webhook-demo";
import { appRoutes } from "../trust/inventory";

// Every signed-in answer – page, PDF, CSV, JSON, document – carries Cache-Control: no-store, so
// no browser or proxy cache keeps a dealer's data. The routes come from app/ itself: a page or
// route added later fails this spec until it gets a URL here (or is declared public).
const PUBLIC = new Set([
  "page /login",
  "page /reset-password",
  "page /set-password/[token]",
  "page /terms",
  "page /warranty-manual",
  "route /api/auth/[...nextauth]",
  "route /api/health",
]);
const isErpApi = (key: string) => key.startsWith("route /api/erp/"); // bearer-token API, no session

type TIds = {
  rma: string;
  claim: string;
  invoice: string;
  document: number;
  line: number;
  customerId: number;
  outboxId: number;
  rmaId: number;
  claimId: number;
  erpTokenId: number;
};

async function demoIds(): Promise<TIds> {
  return withDb(async (db) => {
    const one = async (sql: string, params: unknown[] = []) => {
      const { rows } = await db.query(sql, params);
      if (!rows[0]) throw new Error(`no demo row for: ${sql}`);
      return rows[0];
    };
    const dupont = await one(`SELECT id FROM "Customer" WHERE "erpNumber" = '10001'`);
    const rma = await one(
      `SELECT r.id, r.number FROM "Rma" r JOIN "Customer" c ON c.id = r."customerId" WHERE c.id = $1 ORDER BY r.id LIMIT 1`,
      [dupont.id],
    );
    const claim = await one(
      `SELECT id, number FROM "WarrantyClaim" WHERE "customerId" = $1 ORDER BY id LIMIT 1`,
      [dupont.id],
    );
    const invoice = await one(
      `SELECT number FROM "Invoice" WHERE "customerId" = $1 AND "documentId" IS NOT NULL ORDER BY id LIMIT 1`,
      [dupont.id],
    );
    const document = await one(`SELECT id FROM "Document" WHERE "customerId" = $1 ORDER BY id LIMIT 1`, [
      dupont.id,
    ]);
    const line = await one(
      `SELECT id FROM "DeliveredLine" WHERE "customerId" = $1 AND NOT "specialOrder" AND "deliveryDate" > now() - interval '11 months'
         AND "quantityDelivered" - "quantityReturned" - "quantityInRequest" > 0 ORDER BY id LIMIT 1`,
      [dupont.id],
    );
    const outbox =
      (await db.query(`SELECT id FROM "OutboxMessage" ORDER BY id LIMIT 1`)).rows[0] ??
      (await one(
        `INSERT INTO "OutboxMessage" ("to", template, language, subject, html, text) VALUES ('{dealer@demo.test}', 'password-reset', 'nl', 'x', '<p>x</p>', 'x') RETURNING id`,
      ));
    return {
      erpTokenId: await seedWebhookDemo(db),
      rma: rma.number,
      rmaId: rma.id,
      claim: claim.number,
      claimId: claim.id,
      invoice: invoice.number,
      document: document.id,
      line: line.id,
      customerId: dupont.id,
      outboxId: outbox.id,
    };
  });
}

function urls(ids: TIds): Record<string, { url: string; as: "dealer" | "staff" }> {
  const dealer = (url: string) => ({ url, as: "dealer" as const });
  const staff = (url: string) => ({ url, as: "staff" as const });
  return {
    "page /": dealer("/"),
    "page /account": dealer("/account"),
    "page /company/users": dealer("/company/users"),
    "page /search": dealer("/search?q=WG1803348"),
    "page /invoices/unpaid": dealer("/invoices/unpaid"),
    "page /orders/open": dealer("/orders/open"),
    "page /returns": dealer("/returns"),
    "page /returns/new": dealer("/returns/new"),
    "page /returns/[rma]": dealer(`/returns/${ids.rma}`),
    "page /returns/new/confirm": dealer(`/returns/new/confirm?lines=${ids.line}`),
    "page /warranty": dealer("/warranty"),
    "page /warranty/[claim]": dealer(`/warranty/${ids.claim}`),
    "page /warranty/new": dealer("/warranty/new"),
    "route /documents/[id]": dealer(`/documents/${ids.document}`),
    "route /invoices/[number]/pdf": dealer(`/invoices/${ids.invoice}/pdf`),
    "route /invoices/unpaid/export.csv": dealer("/invoices/unpaid/export.csv"),
    "route /invoices/unpaid/pdf": dealer("/invoices/unpaid/pdf"),
    "route /orders/open/export.csv": dealer("/orders/open/export.csv"),
    "route /returns/[rma]/form.pdf": dealer(`/returns/${ids.rma}/form.pdf`),
    "route /returns/[rma]/label.pdf": dealer(`/returns/${ids.rma}/label.pdf`),
    "route /returns/export.csv": dealer("/returns/export.csv"),
    "route /returns/new/export.csv": dealer("/returns/new/export.csv"),
    "route /returns/new/ids": dealer("/returns/new/ids"),
    "route /warranty/[claim]/claim.pdf": dealer(`/warranty/${ids.claim}/claim.pdf`),
    "route /warranty/export.csv": dealer("/warranty/export.csv"),
    "route /warranty/new/articles": dealer("/warranty/new/articles?q=a"),
    "page /staff": staff("/staff"),
    "page /staff/audit": staff("/staff/audit"),
    "route /staff/customers/export.csv": staff("/staff/customers/export.csv"),
    "route /staff/returns/export.csv": staff("/staff/returns/export.csv"),
    "route /staff/warranty/export.csv": staff("/staff/warranty/export.csv"),
    "route /staff/orders/export.csv": staff("/staff/orders/export.csv"),
    "route /staff/audit/export.csv": staff("/staff/audit/export.csv"),
    "route /staff/outbox/export.csv": staff("/staff/outbox/export.csv"),
    "page /staff/goods-in": staff(`/staff/goods-in?rma=${ids.rma}`),
    "page /staff/customers": staff("/staff/customers"),
    "page /staff/customers/[id]": staff(`/staff/customers/${ids.customerId}`),
    "page /staff/customers/new": staff("/staff/customers/new"),
    "page /staff/erp": staff("/staff/erp"),
    "page /staff/erp/import": staff("/staff/erp/import"),
    "page /staff/erp/webhooks/[tokenId]": staff(`/staff/erp/webhooks/${ids.erpTokenId}`),
    "page /staff/orders": staff("/staff/orders"),
    "page /staff/outbox": staff("/staff/outbox"),
    "page /staff/outbox/[id]": staff(`/staff/outbox/${ids.outboxId}`),
    "page /staff/returns": staff("/staff/returns"),
    "page /staff/search": staff("/staff/search?q=WG1803348"),
    "page /staff/returns/[id]": staff(`/staff/returns/${ids.rmaId}`),
    "page /staff/settings": staff("/staff/settings"),
    "page /staff/warranty": staff("/staff/warranty"),
    "page /staff/warranty/[id]": staff(`/staff/warranty/${ids.claimId}`),
    "route /staff/documents/[id]": staff(`/staff/documents/${ids.document}`),
  };
}

async function cacheControlOf(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  const headers = response.headers();
  return {
    url,
    status: response.status(),
    cacheControl: headers["cache-control"] ?? "(none)",
    type: headers["content-type"] ?? "",
    nosniff: headers["x-content-type-options"] === "nosniff",
    disposition: headers["content-disposition"] ?? "(none)",
  };
}
// JSON for the portal's own scripts; every other route handler answers a file.
const JSON_ROUTES = new Set(["route /returns/new/ids", "route /warranty/new/articles"]);

async function signedIn(page: Page, email: string) {
  await signInAs(page, email);
  return page.request;
}

test("every signed-in page, PDF, CSV, JSON and document answers with Cache-Control: no-store", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ids = await demoIds();
  const table = urls(ids);
  const authenticated = appRoutes().filter((key) => !PUBLIC.has(key) && !isErpApi(key));
  expect(
    authenticated.filter((key) => !table[key]),
    "routes without a URL in this spec",
  ).toEqual([]);

  const requests = {
    dealer: await signedIn(await (await browser.newContext()).newPage(), "dealer@demo.test"),
    staff: await signedIn(await (await browser.newContext()).newPage(), "staff@demo.test"),
  };
  const answers = [];
  for (const key of authenticated) {
    const { url, as } = table[key]!;
    answers.push({ key, ...(await cacheControlOf(requests[as], url)) });
  }
  // Each answered with its content (not a redirect or an error page), and none may be stored.
  expect(answers.filter((a) => a.status !== 200)).toEqual([]);
  expect(answers.filter((a) => !/\bno-store\b/.test(a.cacheControl))).toEqual([]);
  // Every file (PDF, CSV, document) is never sniffed and says how to save it.
  const files = answers.filter((a) => a.key.startsWith("route ") && !JSON_ROUTES.has(a.key));
  expect(files.length).toBeGreaterThanOrEqual(12);
  const named = /^(inline|attachment); filename="[^"]+"/;
  expect(files.filter((a) => !a.nosniff || !named.test(a.disposition))).toEqual([]);
  // Not found (another company's or an unknown id) is not cached either.
  const missing = [
    ["dealer", "/documents/999999999"],
    ["dealer", "/returns/IRM0000000"],
    ["dealer", "/returns/IRM0000000/form.pdf"],
    ["dealer", "/returns/IRM0000000/label.pdf"],
    ["dealer", "/warranty/MAS00000000/claim.pdf"],
    ["dealer", "/invoices/NOPE-0/pdf"],
    ["dealer", `/staff/documents/${ids.document}`],
    ["staff", "/staff/documents/999999999"],
    ["staff", "/staff/documents/x"],
  ] as const;
  for (const [as, url] of missing) {
    const answer = await cacheControlOf(requests[as], url);
    expect(answer.status, url).toBe(404);
    expect(answer.cacheControl, url).toMatch(/\bno-store\b/);
    expect(answer.nosniff, url).toBe(true);
  }
});
