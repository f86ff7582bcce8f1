import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { test as base, type Cookie, expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import pg from "pg";
import { LOCALE_COOKIE } from "../lib/i18n/locales";

// Shared e2e helpers: sign in through the real login form, and seed a throw-away dealer
// straight into the e2e PostgreSQL database (the postgres project only).
export const DEMO_PASSWORD = "Demo!2026";

type TSavedSession = { cookies: Cookie[]; landing: string };
// Sessions this worker has signed in, by e-mail and password: a later signInAs for the same
// account puts the session cookie back instead of typing the form again (the login form itself
// is tested by the login specs, which use signInThroughForm). A session that no longer works
// (deactivated user, changed password) falls back to the form.
const savedSessions = new Map<string, TSavedSession>();
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token$/;

/**
 * A TOTP code the portal has not accepted yet for this account (its secret read from the e2e
 * database): a code is accepted once, so when this 30-second step was used, wait for the next.
 */
export async function freshTotpCode(email: string): Promise<string> {
  const { totpSecret, totpLastStep } = await withDb(
    async (db) =>
      (await db.query(`SELECT "totpSecret", "totpLastStep" FROM "User" WHERE email = $1`, [email])).rows[0] ??
      {},
  );
  if (!totpSecret) throw new Error(`${email} has no authenticator secret`);
  let epoch = Math.floor(Date.now() / 1000);
  if (totpLastStep !== null && totpLastStep >= Math.floor(epoch / 30)) {
    const nextStepStart = (totpLastStep + 1) * 30;
    await new Promise((resolve) => setTimeout(resolve, (nextStepStart - epoch) * 1000 + 200));
    epoch = Math.floor(Date.now() / 1000);
  }
  return generate({ secret: totpSecret, epoch });
}

/** Signs in by typing the login form (and the authenticator code where the account asks for one). */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  path = "/login",
): Promise<void> {
  await page.goto(path);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('form button[type="submit"]').click();
  const code = page.locator("#code");
  await Promise.race([page.waitForURL((url) => !url.pathname.startsWith("/login")), code.waitFor()]);
  for (let attempt = 0; attempt < 3 && new URL(page.url()).pathname.startsWith("/login"); attempt++) {
    await code.fill(await freshTotpCode(email));
    await page.locator('form button[type="submit"]').click();
    await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith("/login")),
      page.locator('main [role="alert"]').waitFor(),
    ]);
  }
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Signs in as `email` and lands where the login lands (through the form the first time; see above). */
export async function signInAs(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  path = "/login",
): Promise<void> {
  const key = `${email}\n${password}`;
  const saved = path === "/login" ? savedSessions.get(key) : undefined;
  if (saved) {
    await page.context().addCookies(saved.cookies);
    await page.goto(saved.landing);
    if (!new URL(page.url()).pathname.startsWith("/login")) return;
    savedSessions.delete(key);
  }
  await signInThroughForm(page, email, password, path);
  const cookies = (await page.context().cookies()).filter(
    (c) => SESSION_COOKIE.test(c.name) || c.name === LOCALE_COOKIE,
  );
  const landing = new URL(page.url());
  if (path === "/login") savedSessions.set(key, { cookies, landing: landing.pathname + landing.search });
}

export async function withDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: this spec needs the postgres e2e project.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export type TSeededDealer = {
  email: string;
  password: string;
  customerId: number;
  userId: number;
  erpNumber: string;
};

/** A new company with one dealer user who can log in; nothing else. */
export async function seedDealer(
  options: { language?: "nl" | "fr" | "en" | "de"; companyAdmin?: boolean } = {},
): Promise<TSeededDealer> {
  const suffix = randomBytes(4).toString("hex");
  const email = `e2e-${suffix}@dealer.test`;
  const password = `Pw-${suffix}-2026!`;
  const erpNumber = `9${parseInt(suffix, 16) % 100000}`.padEnd(6, "0");
  const passwordHash = await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return withDb(async (client) => {
    const customer = await client.query(
      `INSERT INTO "Customer" ("erpNumber", name, language, "updatedAt") VALUES ($1, $2, $3, now()) RETURNING id`,
      [erpNumber, `E2E Garage ${suffix}`, options.language ?? "nl"],
    );
    const user = await client.query(
      `INSERT INTO "User" ("customerId", email, name, role, language, "passwordHash", "companyAdmin", "updatedAt") VALUES ($1, $2, $3, 'DEALER', $4, $5, $6, now()) RETURNING id`,
      [
        customer.rows[0].id,
        email,
        `E2E User ${suffix}`,
        options.language ?? "nl",
        passwordHash,
        options.companyAdmin ?? false,
      ],
    );
    return { email, password, customerId: customer.rows[0].id, userId: user.rows[0].id, erpNumber };
  });
}

/** The page's own alerts (Next's route announcer also has role="alert", outside <main>). */
export function formAlert(page: Page) {
  return page.locator('main [role="alert"]');
}

/**
 * Every spec's page fails its test when the browser asked for wording it was not sent (next-intl
 * logs MISSING_MESSAGE and shows the raw key): each page sends only its own namespaces
 * (components/layout/client-messages.tsx).
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const missing: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("MISSING_MESSAGE"))
        missing.push(message.text());
    });
    await use(page);
    expect(missing, "wording the page did not send the browser").toEqual([]);
  },
});
export { expect };
