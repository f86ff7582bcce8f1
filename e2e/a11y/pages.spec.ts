import type { BrowserContext, Page } from "@playwright/test";
import { LOCALE_COOKIE, LOCALES, type TLocale } from "../../lib/i18n/locales";
import { expect, signInAs, test } from "../fixtures";
import { appPageRoutes } from "./app-pages";
import { installAxe, seriousViolations } from "./axe";
import { loadDemoIds, type TDemoIds } from "./demo-ids";
import { PAGES, type TRole } from "./pages";

// axe-core finds no serious or critical violation on any page, visitor, dealer or staff, in
// nl, fr, en and de (see SCANS), nor in the states a user brings about (validation errors, a
// selection on the confirmation step, an open suggestion list, a grouped grid). The language is the
// user's choice: the cookie the login and the switch set, set before each page.
test("every page under app/ has an accessibility entry", () => {
  expect(appPageRoutes().filter((route) => !(route in PAGES))).toEqual([]);
  expect(Object.keys(PAGES).filter((route) => !appPageRoutes().includes(route))).toEqual([]);
});

type TState = { role: TRole; label: string; run: (page: Page, ids: TDemoIds) => Promise<void> };

/** Clicks until `shown` appears: a click before hydration reaches no handler. */
async function until(_page: Page, act: () => Promise<void>, shown: ReturnType<Page["locator"]>) {
  await expect(async () => {
    await act();
    await expect(shown.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

const mainAlerts = (page: Page) => page.locator('main [role="alert"]');

const STATES: TState[] = [
  {
    role: "visitor",
    label: "login with validation errors",
    run: async (page) => {
      await page.goto("/login");
      await until(page, () => page.locator('main button[type="submit"]').click(), mainAlerts(page));
    },
  },
  {
    role: "dealer",
    label: "confirmation with validation errors",
    run: async (page, ids) => {
      await page.goto(`/returns/new/confirm?lines=${ids.historyLineIds.join(",")}`);
      await until(page, () => page.getByTestId("submit-rma").click(), mainAlerts(page));
    },
  },
  {
    role: "dealer",
    label: "warranty claim with validation errors and the article list open",
    run: async (page) => {
      await page.goto("/warranty/new");
      await until(
        page,
        () => page.locator('main form button[type="submit"]').last().click(),
        mainAlerts(page),
      );
      await until(
        page,
        () => page.locator("#articleNumber").pressSequentially("WG"),
        page.getByRole("listbox"),
      );
    },
  },
  {
    role: "dealer",
    label: "return status grouped by RMA number",
    run: async (page) => {
      await page.goto("/returns?group=rmaNumber");
      await expect(page.locator('tbody th[scope="colgroup"]').first()).toBeVisible();
    },
  },
  {
    role: "dealer",
    label: "the not-found page",
    run: async (page) => {
      expect((await page.goto("/warranty/MAS99999999"))?.status()).toBe(404);
    },
  },
  {
    role: "staff",
    label: "new customer with validation errors",
    run: async (page) => {
      await page.goto("/staff/customers/new");
      await until(page, () => page.locator('main form button[type="submit"]').click(), mainAlerts(page));
    },
  },
];

async function useLocale(context: BrowserContext, baseURL: string, locale: TLocale) {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
}

async function signIn(page: Page, role: TRole) {
  await page.context().clearCookies();
  if (role !== "visitor") await signInAs(page, role === "staff" ? "staff@demo.test" : "dealer@demo.test");
}

test("the scan reports a serious violation when a page has one", async ({ page }) => {
  await installAxe(page.context());
  await page.goto("/login");
  await page.locator("main").evaluate((main) => {
    main.insertAdjacentHTML(
      "beforeend",
      '<button type="button" id="nameless"></button><p style="color:#ddd;background:#fff">faint</p>',
    );
  });
  const found = await seriousViolations(page, "login");
  expect(found.some((line) => line.includes("button-name") && line.includes("#nameless"))).toBe(true);
  expect(found.some((line) => line.includes("color-contrast"))).toBe(true);
});

let ids: TDemoIds;
test.beforeAll(async () => {
  ids = await loadDemoIds();
});

// Every page and state in Dutch, the default; and each page and state once more in French, English or
// German in turn, so that every language is scanned and the two scans run side by side (half the
// time of four full scans: the wording changes between languages, the markup does not).
const OTHER_LOCALES = LOCALES.filter((l) => l !== "nl");
const SCANS: Array<{ name: string; localeAt: (index: number) => TLocale }> = [
  { name: "nl", localeAt: () => "nl" },
  {
    name: `${OTHER_LOCALES.join(", ")} in turn`,
    localeAt: (index) => OTHER_LOCALES[index % OTHER_LOCALES.length],
  },
];

for (const scan of SCANS) {
  test(`no serious or critical axe violation on any page in ${scan.name}`, async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    await installAxe(page.context());
    const found: string[] = [];
    const scanned = new Map<TLocale, number>();
    let index = 0;
    const nextLocale = async () => {
      const locale = scan.localeAt(index++);
      await useLocale(page.context(), baseURL!, locale);
      scanned.set(locale, (scanned.get(locale) ?? 0) + 1);
      return locale;
    };
    for (const role of ["visitor", "dealer", "staff"] as const) {
      await signIn(page, role);
      for (const [route, entry] of Object.entries(PAGES).filter(([, e]) => e.role === role)) {
        const locale = await nextLocale();
        const response = await page.goto(entry.url(ids));
        expect(response?.status(), `${route} answers`).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        found.push(...(await seriousViolations(page, `${locale} ${route}`)));
      }
      for (const state of STATES.filter((s) => s.role === role)) {
        const locale = await nextLocale();
        await state.run(page, ids);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        found.push(...(await seriousViolations(page, `${locale} ${state.label}`)));
      }
    }
    const tally = [...scanned].map(([locale, count]) => `${count} in ${locale}`).join(", ");
    test.info().annotations.push({ type: "scanned", description: `pages and states: ${tally}` });
    expect(found).toEqual([]);
  });
}
