import { HOSTILE_CALLBACKS, OWN_CALLBACKS } from "../../lib/auth/safe-callback-cases";
import { expect, seedDealer, signInThroughForm, test } from "../fixtures";

// An open redirect after sign-in: every known bypass of a "same-site path" check, typed into
// the login link a phisher would send, must leave the browser on the portal after signing in.
test("no callbackUrl sends the signed-in browser to another host", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const dealer = await seedDealer();
  const portal = new URL(baseURL!).host;
  const offSite: string[] = [];
  for (const value of HOSTILE_CALLBACKS) {
    await page.context().clearCookies();
    await signInThroughForm(
      page,
      dealer.email,
      dealer.password,
      `/login?callbackUrl=${encodeURIComponent(value)}`,
    );
    const landed = new URL(page.url());
    if (landed.host !== portal || landed.pathname !== "/")
      offSite.push(`${JSON.stringify(value)} → ${page.url()}`);
  }
  expect(offSite).toEqual([]);
});

test("a same-site callbackUrl is followed after sign-in", async ({ page }) => {
  const dealer = await seedDealer();
  for (const [value, expected] of OWN_CALLBACKS.slice(0, 3)) {
    await page.context().clearCookies();
    await signInThroughForm(
      page,
      dealer.email,
      dealer.password,
      `/login?callbackUrl=${encodeURIComponent(value)}`,
    );
    const landed = new URL(page.url());
    expect(`${landed.pathname}${landed.search}${landed.hash}`).toBe(expected);
  }
});
