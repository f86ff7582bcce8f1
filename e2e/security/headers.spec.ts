import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "content-disposition";
import { DEMO_PASSWORD, expect, seedDealer, signInAs, test, withDb } from "../fixtures";
import { callAction, findAction } from "../trust/server-action";

test("pages carry a nonce-based CSP without unsafe-inline scripts, no framing, and no caching when signed in", async ({
  page,
}) => {
  await signInAs(page, "dealer@demo.test");
  const response = await page.goto("/");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cache-control"]).toMatch(/no-store/);
  // The page still works under that policy: the client-side language switch is interactive.
  await expect(page.getByLabel("Taal")).toBeEnabled();
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes("authjs.session-token"))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");
});

test("a server action replayed from a foreign origin is refused and changes nothing", async ({
  page,
  request,
}) => {
  const dealer = await seedDealer();
  await page.goto("/reset-password");
  await page.locator("#email").fill(dealer.email);
  const [actionRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.locator('form button[type="submit"]').click(),
  ]);
  await expect(page.getByRole("status")).toBeVisible();
  const outboxCount = () =>
    withDb(async (db) =>
      Number(
        (await db.query(`SELECT count(*) FROM "OutboxMessage" WHERE $1 = ANY("to")`, [dealer.email])).rows[0]
          .count,
      ),
    );
  expect(await outboxCount()).toBe(1);

  const replay = (origin: string) =>
    request.post("/reset-password", {
      headers: {
        "Next-Action": actionRequest.headers()["next-action"]!,
        "Content-Type": actionRequest.headers()["content-type"]!,
        Origin: origin,
      },
      data: actionRequest.postData()!,
    });
  const foreign = await replay("https://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(await outboxCount()).toBe(1);

  const sameOrigin = await replay(new URL(page.url()).origin);
  expect(sameOrigin.status()).toBe(200);
  expect(await outboxCount()).toBe(2);
});

// Behind the TLS-terminating proxy (x-forwarded-proto: https) the production server adds HSTS,
// and next-auth's session and CSRF cookies are Secure (with the __Secure-/__Host- names),
// httpOnly and SameSite=Lax. Over plain http there is no HSTS (browsers would ignore it anyway).
test("over HTTPS in production: HSTS, and Secure httpOnly SameSite=Lax session and CSRF cookies", async ({
  playwright,
  baseURL,
}) => {
  const https = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-proto": "https" },
  });
  const login = await https.get("/login");
  expect(login.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(login.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const plain = await playwright.request.newContext({ baseURL });
  expect((await plain.get("/login")).headers()["strict-transport-security"]).toBeUndefined();

  const setCookies = (headers: Array<{ name: string; value: string }>) =>
    headers.filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const csrf = await https.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  expect(csrfToken).toBeTruthy();
  // The sign-in users do: the login form's server action.
  const logIn = findAction({ file: "lib/auth/actions.ts", name: "logIn" });
  const signIn = await https.post("/login", {
    headers: {
      "Next-Action": logIn.id,
      Accept: "text/x-component",
      Origin: new URL(baseURL!).origin,
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify([{ email: "dealer@demo.test", password: DEMO_PASSWORD, callbackUrl: "/" }]),
    maxRedirects: 0,
  });
  expect(signIn.headers()["x-action-redirect"]).toMatch(/^\/(;|$)/);
  const cookies = [...setCookies(csrf.headersArray()), ...setCookies(signIn.headersArray())];
  const session = cookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
  const csrfCookie = cookies.find((c) => c.startsWith("__Host-authjs.csrf-token="));
  for (const cookie of [session, csrfCookie]) {
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  }
  // The signed-in page behind the proxy: HSTS too, and never cached.
  const home = await https.get("/", { maxRedirects: 0, headers: { cookie: session!.split(";")[0]! } });
  expect(home.status()).toBe(200);
  expect(home.headers()["strict-transport-security"]).toBeDefined();
  expect(home.headers()["cache-control"]).toMatch(/no-store/);
  await https.dispose();
  await plain.dispose();
});

test("a signed-in dealer's RMA submission posted from a foreign origin is refused and creates nothing", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "dealer@demo.test");
  const { lineId, reasonId } = await withDb(async (db) => {
    const line = await db.query(
      `SELECT l.id FROM "DeliveredLine" l JOIN "Customer" c ON c.id = l."customerId"
        WHERE c."erpNumber" = '10001' AND NOT l."specialOrder" AND l."deliveryDate" > now() - interval '11 months'
          AND l."quantityDelivered" - l."quantityReturned" - l."quantityInRequest" > 0 ORDER BY l.id DESC LIMIT 1`,
    );
    const reason = await db.query(`SELECT id FROM "ReturnReason" WHERE active ORDER BY id LIMIT 1`);
    return { lineId: line.rows[0].id as number, reasonId: reason.rows[0].id as number };
  });
  const key = `csrf-${Date.now()}`;
  const input = {
    idempotencyKey: key,
    lines: [{ deliveredLineId: lineId, quantity: 1, reasonId }],
    reference: "",
    remarks: "",
    copyEmail: "",
    acceptTerms: true,
  };
  const snapshot = () =>
    withDb(async (db) => ({
      rmas: Number(
        (await db.query(`SELECT count(*) FROM "Rma" WHERE "idempotencyKey" = $1`, [key])).rows[0].count,
      ),
      inRequest: Number(
        (await db.query(`SELECT "quantityInRequest" FROM "DeliveredLine" WHERE id = $1`, [lineId])).rows[0]
          .quantityInRequest,
      ),
      outbox: Number((await db.query(`SELECT count(*) FROM "OutboxMessage"`)).rows[0].count),
    }));
  const submit = { file: "lib/returns/actions.ts", name: "submitReturnRequestAction" };
  const before = await snapshot();

  for (const origin of ["https://evil.example", "null"]) {
    const foreign = await callAction(page.request, submit, [input], { origin });
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(foreign.result).toBeUndefined();
  }
  expect(await snapshot()).toEqual(before);

  // The same request from the portal's own origin goes through: the refusal was the origin's.
  const own = await callAction(page.request, submit, [input], { origin: new URL(baseURL!).origin });
  expect(own.result).toMatchObject({ ok: true });
  expect(await snapshot()).toEqual({ rmas: 1, inRequest: before.inRequest + 1, outbox: before.outbox + 1 });
});

test("every kind of answer carries the browser-isolation headers", async ({ page, request }) => {
  await signInAs(page, "dealer@demo.test");
  const asset = await page.evaluate(
    () => document.querySelector<HTMLScriptElement>("script[src*='/_next/static/']")?.src,
  );
  const signedIn = page.context().request;
  const answers = {
    page: await signedIn.get("/"),
    pdf: await signedIn.get("/invoices/unpaid/pdf"),
    csv: await signedIn.get("/orders/open/export.csv"),
    notFound: await signedIn.get("/returns/does-not-exist/form.pdf"),
    loginRedirect: await request.get("/returns", { maxRedirects: 0 }),
    login: await request.get("/login"),
    health: await request.get("/api/health"),
    erpUnauthorized: await request.get("/api/erp/v1/rmas"),
    staticAsset: await request.get(asset!),
  };
  for (const [kind, answer] of Object.entries(answers)) {
    const headers = answer.headers();
    expect.soft(headers["x-content-type-options"], kind).toBe("nosniff");
    expect.soft(headers["referrer-policy"], kind).toBe("same-origin");
    expect.soft(headers["cross-origin-opener-policy"], kind).toBe("same-origin");
    expect.soft(headers["permissions-policy"], kind).toContain("camera=()");
  }
});

// A file keeps its name in the user's language and script: the browser saves "Rücksendung
// anfordern.csv", not "R_cksendung_anfordern.csv", for the dealer and for staff.
test("files keep their non-ASCII names for dealers and staff", async ({ browser, baseURL }) => {
  test.skip(!!process.env.E2E_BASE_URL, "stores a file in the e2e server's upload folder");
  const savedName = (header: string | undefined) => parse(header!).parameters.filename;
  const fileName = "Prüfbericht – Turbo №7.pdf";
  const bytes = Buffer.from("%PDF-1.4\n%%EOF\n");
  const key = randomUUID();
  const uploads = path.join(".data", `e2e-${new URL(baseURL!).port}`, "uploads");
  await mkdir(uploads, { recursive: true });
  await writeFile(path.join(uploads, key), bytes);
  const documentId = await withDb(async (db) => {
    const { rows } = await db.query(
      `INSERT INTO "Document" ("customerId", kind, source, "fileName", "contentType", size, sha256,
                               "storageKey")
       SELECT id, 'OTHER', 'STAFF', $1, 'application/pdf', $2, 'e2e', $3
         FROM "Customer" WHERE "erpNumber" = '10001'
       RETURNING id`,
      [fileName, bytes.length, key],
    );
    return rows[0].id as number;
  });

  const dealer = await (await browser.newContext()).newPage();
  await signInAs(dealer, "dealer@demo.test");
  await dealer.context().addCookies([{ name: "NEXT_LOCALE", value: "de", url: baseURL! }]);
  const csv = await dealer.request.get("/returns/new/export.csv");
  expect(csv.status()).toBe(200);
  expect(savedName(csv.headers()["content-disposition"])).toBe("Rücksendung anfordern.csv");
  const own = await dealer.request.get(`/documents/${documentId}`);
  expect(savedName(own.headers()["content-disposition"])).toBe(fileName);

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, "staff@demo.test");
  const document = await staff.request.get(`/staff/documents/${documentId}`);
  expect(document.status()).toBe(200);
  expect(document.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(savedName(document.headers()["content-disposition"])).toBe(fileName);
  expect(Buffer.from(await document.body()).equals(bytes)).toBe(true);
});
