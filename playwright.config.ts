import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/chromium.mjs";

// e2e against the production build in Chromium (Playwright's own, else the system's: scripts/chromium.mjs).
// The main project runs on a fresh PostgreSQL database seeded with the demo (fixtures seed more
// through SQL), one test at a time (its specs change shared demo data and check that others'
// actions changed nothing); before it, the specs that leave the demo data as it is (READERS: the
// accessibility scans and the layout checks, and the specs that write only to companies they seed
// themselves) run two at a time. Lighthouse, which reads too, runs beside the main project after the
// readers, so that a run of that tool gone wrong cannot keep the main project from running. A smoke
// project runs on the embedded PGlite database, as `npm start` does.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SMOKE_PORT = PORT + 1;
const external = process.env.E2E_BASE_URL;
const chromium = findChromium();
const LIGHTHOUSE = /layout\/lighthouse\.spec\.ts/;
const READERS = [
  /a11y\/.*\.spec\.ts/,
  /layout\/(?!lighthouse\.).*\.spec\.ts/,
  /security\/(callback-redirect|account-security|logout|csv-formulas)\.spec\.ts/,
  /orders\/moved-marks\.spec\.ts/,
  /home\/returnable-tile\.spec\.ts/,
];
if (chromium.error) throw new Error(chromium.error);

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium.executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "readers",
      testMatch: READERS,
      fullyParallel: true,
      use: { baseURL: external ?? `http://localhost:${PORT}` },
    },
    {
      name: "lighthouse",
      testMatch: LIGHTHOUSE,
      dependencies: ["readers"],
      use: { baseURL: external ?? `http://localhost:${PORT}` },
    },
    {
      name: "postgres",
      testIgnore: [/smoke\//, LIGHTHOUSE, ...READERS],
      dependencies: ["readers"],
      workers: 1,
      use: { baseURL: external ?? `http://localhost:${PORT}` },
    },
    ...(external
      ? []
      : [
          {
            name: "pglite-smoke",
            testMatch: /smoke\/.*\.spec\.ts/,
            use: { baseURL: `http://localhost:${SMOKE_PORT}` },
          },
        ]),
  ],
  webServer: external
    ? undefined
    : [
        {
          command: `node scripts/e2e-server.mjs postgres ${PORT}`,
          url: `http://localhost:${PORT}/api/health`,
          timeout: 900_000,
          reuseExistingServer: false,
          stdout: "pipe",
        },
        {
          command: `node scripts/e2e-server.mjs pglite ${SMOKE_PORT}`,
          url: `http://localhost:${SMOKE_PORT}/api/health`,
          timeout: 900_000,
          reuseExistingServer: false,
          stdout: "pipe",
        },
      ],
});
