// Part of `npm install`: tries to download Playwright's own Chromium for the e2e tests and may
// fail (offline, or a network that blocks the download, as on our machines and CI): then the
// e2e tests use a system Chromium (scripts/chromium.mjs). Says one line either way; bounded in time.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const playwright = "node_modules/.bin/playwright";
if (!existsSync(playwright) || process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) process.exit(0);
// A network that swallows connections fails within seconds, a slow download may take minutes.
const env = { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: "10000", ...process.env };
const result = spawnSync(playwright, ["install", "chromium"], {
  encoding: "utf8",
  env,
  timeout: 10 * 60_000,
});
if (result.status === 0) {
  console.log("Playwright's Chromium is installed for the e2e tests.");
} else {
  // The download's own error (stderr) says more than Playwright's summary (stdout).
  const output = `${result.stderr ?? ""}${result.stdout ?? ""}`;
  const firstError = output
    .split("\n")
    .find((line) => /^Error: /.test(line))
    ?.slice("Error: ".length);
  const reason = result.error?.message ?? firstError ?? `exit code ${result.status}`;
  console.log(
    `Playwright's Chromium could not be downloaded (${reason}); the e2e tests will use CHROMIUM_PATH or /usr/bin/chromium.`,
  );
}
