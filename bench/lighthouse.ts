// npm run bench:lighthouse [-- <path> ...] – the phone's view of the pages (issue 22): Lighthouse's
// mobile preset (its default: a mid-range phone, 4× CPU slowdown, slow 4G) in the Debian Chromium,
// on the bench build served as `npm run bench` serves it, signed in as the big bench dealer.
// Prints each page's performance score, total blocking time, main-thread work and the JavaScript
// it loads. Default pages: /returns/new and /orders/open.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { BENCH_PASSWORD, BIG } from "./data/accounts";
import { startOneWorker } from "./runner/server";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/returns/new", "/orders/open"];
const server = await startOneWorker(3703);
const profile = mkdtempSync(path.join(tmpdir(), "bench-lighthouse-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--remote-debugging-port=0"],
  locale: "nl-NL",
});
try {
  // Lighthouse drives this browser over its DevTools port: the dealer signs in within its profile.
  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.locator("#email").fill(BIG.email);
  await page.locator("#password").fill(BENCH_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const port = Number(readFileSync(path.join(profile, "DevToolsActivePort"), "utf8").split("\n")[0]);
  for (const pathname of paths) {
    const result = await lighthouse(`${server.url}${pathname}`, {
      port,
      output: "json",
      logLevel: "error",
      disableStorageReset: true,
      onlyCategories: ["performance"],
    });
    const lhr = result!.lhr;
    if (new URL(lhr.finalDisplayedUrl).pathname !== pathname)
      throw new Error(`${pathname} ended on ${lhr.finalDisplayedUrl}: not signed in?`);
    const audit = (id: string) => lhr.audits[id];
    // The scripts the page runs (uncompressed: the login page had already cached most of them).
    const requests =
      (audit("network-requests")?.details as { items?: { resourceType?: string; resourceSize?: number }[] })
        ?.items ?? [];
    const scriptKiB = Math.round(
      requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.resourceSize ?? 0), 0) /
        1024,
    );
    console.log(
      `${pathname}: performance ${Math.round((lhr.categories.performance!.score ?? 0) * 100)}, ` +
        `TBT ${audit("total-blocking-time")?.displayValue}, main-thread work ${audit("mainthread-work-breakdown")?.displayValue}, ` +
        `JS ${scriptKiB} KiB, LCP ${audit("largest-contentful-paint")?.displayValue}, ` +
        `bootup ${audit("bootup-time")?.displayValue}`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
