import { expect, signInAs, test } from "../fixtures";

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

test("a server action posted from a foreign origin is refused", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(40), "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
});
