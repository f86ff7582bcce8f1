import { request as playwrightRequest } from "@playwright/test";
import { expect, seedDealer, signInThroughForm, test, withDb } from "../fixtures";
import { callAction } from "../trust/server-action";

// A session cookie copied before logout (a shared PC, a stolen cookie) must be worthless after
// it: pages, PDFs, CSVs and actions all send it to the login page and change nothing.
test("a cookie saved before logout opens nothing after it", async ({ page, baseURL }) => {
  const dealer = await seedDealer();
  await signInThroughForm(page, dealer.email, dealer.password);
  const saved = await page.context().storageState();
  const before = await playwrightRequest.newContext({ baseURL, storageState: saved });
  expect((await before.get("/", { maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.waitForURL(/\/login/);

  const stolen = await playwrightRequest.newContext({ baseURL, storageState: saved });
  for (const path of [
    "/",
    "/returns",
    "/orders/open",
    "/invoices/unpaid/pdf",
    "/orders/open/export.csv",
    "/returns/export.csv",
  ]) {
    const answer = await stolen.get(path, { maxRedirects: 0 });
    expect(answer.status(), path).toBeGreaterThanOrEqual(300);
    expect(answer.status(), path).toBeLessThan(400);
    expect(answer.headers().location, path).toMatch(/\/login/);
  }
  const languageBefore = await withDb(
    async (db) =>
      (await db.query(`SELECT language FROM "User" WHERE id = $1`, [dealer.userId])).rows[0].language,
  );
  const call = await callAction(stolen, { file: "lib/auth/actions.ts", name: "chooseLanguage" }, [
    languageBefore === "de" ? "fr" : "de",
  ]);
  expect(call.status).toBeLessThan(500);
  const languageAfter = await withDb(
    async (db) =>
      (await db.query(`SELECT language FROM "User" WHERE id = $1`, [dealer.userId])).rows[0].language,
  );
  expect(languageAfter).toBe(languageBefore);
  expect(
    await withDb(async (db) =>
      Number(
        (await db.query(`SELECT count(*) FROM "UserSession" WHERE "userId" = $1`, [dealer.userId])).rows[0]
          .count,
      ),
    ),
  ).toBe(0);
  await before.dispose();
  await stolen.dispose();
});
