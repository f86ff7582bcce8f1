import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";

test("pages carry a nonce-based CSP without unsafe-inline scripts, no framing, and no caching when signed in", async ({ page }) => {
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

test("a server action replayed from a foreign origin is refused and changes nothing", async ({ page, request }) => {
  const dealer = await seedDealer();
  await page.goto("/reset-password");
  await page.locator("#email").fill(dealer.email);
  const [actionRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.locator('form button[type="submit"]').click(),
  ]);
  await expect(page.getByRole("status")).toBeVisible();
  const outboxCount = () => withDb(async (db) => Number((await db.query(`SELECT count(*) FROM "OutboxMessage" WHERE $1 = ANY("to")`, [dealer.email])).rows[0].count));
  expect(await outboxCount()).toBe(1);

  const replay = (origin: string) =>
    request.post("/reset-password", {
      headers: { "Next-Action": actionRequest.headers()["next-action"]!, "Content-Type": actionRequest.headers()["content-type"]!, Origin: origin },
      data: actionRequest.postData()!,
    });
  const foreign = await replay("https://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(await outboxCount()).toBe(1);

  const sameOrigin = await replay(new URL(page.url()).origin);
  expect(sameOrigin.status()).toBe(200);
  expect(await outboxCount()).toBe(2);
});
