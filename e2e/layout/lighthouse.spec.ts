import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { DEMO_PASSWORD, expect, test } from "../fixtures";

// Issue 19: Lighthouse (in the Debian Chromium) on home, history, open lines and unpaid invoices,
// signed in as the demo dealer: accessibility and best practices at 95 or more; the performance
// score and its main figures are recorded (annotation and output) for the report, not asserted: they
// depend on the machine. Lighthouse drives its own browser over the DevTools port, so the dealer
// signs in within that browser's profile.
const PAGES = ["/", "/returns/new", "/orders/open", "/invoices/unpaid"];
const MINIMUM = 95;

test("Lighthouse: accessibility and best practices ≥ 95 on the dealer's main pages", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(path.join(tmpdir(), "portal-lighthouse-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--remote-debugging-port=0"],
    locale: "nl-NL",
  });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/login`);
    await page.locator("#email").fill("dealer@demo.test");
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    const port = Number(readFileSync(path.join(profile, "DevToolsActivePort"), "utf8").split("\n")[0]);

    const scores: string[] = [];
    // A Lighthouse run that did not work (a runtime error, an audit that could not run, a category
    // scored 0 or not at all: the tool, not the page; seen once in CI, best practices scored 0 with
    // no failing audit) is run once more; a second such run fails with what Lighthouse said.
    const audit = async (pathname: string) => {
      const result = await lighthouse(
        `${baseURL}${pathname}`,
        {
          port,
          output: "json",
          logLevel: "error",
          disableStorageReset: true,
          onlyCategories: ["performance", "accessibility", "best-practices"],
        },
        desktopConfig,
      );
      const lhr = result!.lhr;
      const toolErrors = [
        ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []),
        ...Object.values(lhr.audits)
          .filter((a) => a.scoreDisplayMode === "error")
          .map((a) => `${a.id}: ${a.errorMessage ?? "error"}`),
        ...Object.values(lhr.categories)
          .filter((category) => !category.score)
          .map((category) => `${category.id} scored ${category.score}`),
      ];
      return { lhr, toolErrors };
    };
    for (const pathname of PAGES) {
      let { lhr, toolErrors } = await audit(pathname);
      if (toolErrors.length) {
        console.log(
          `Lighthouse could not run every audit on ${pathname}, once more: ${toolErrors.join("; ")}`,
        );
        ({ lhr, toolErrors } = await audit(pathname));
      }
      expect(toolErrors, `${pathname}: audits Lighthouse could not run`).toEqual([]);
      expect(new URL(lhr.finalDisplayedUrl).pathname, "still signed in").toBe(pathname);
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => audit.id);
      const figure = (id: string) => lhr.audits[id]?.displayValue ?? "–";
      scores.push(
        `${pathname} performance ${Math.round((lhr.categories.performance!.score ?? 0) * 100)} (FCP ${figure("first-contentful-paint")}, LCP ${figure("largest-contentful-paint")}, TBT ${figure("total-blocking-time")}, CLS ${figure("cumulative-layout-shift")})`,
      );
      for (const id of ["accessibility", "best-practices"]) {
        const score = Math.round((lhr.categories[id]!.score ?? 0) * 100);
        scores.push(`${pathname} ${id} ${score}`);
        expect(score, `${pathname} ${id}: ${failing.join(", ")}`).toBeGreaterThanOrEqual(MINIMUM);
      }
    }
    test.info().annotations.push({ type: "lighthouse", description: scores.join("; ") });
    console.log(`Lighthouse: ${scores.join("; ")}`);
  } finally {
    await context.close();
  }
});
