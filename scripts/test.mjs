// npm test – unit + integration tests (Vitest, on PGlite and PostgreSQL), then the production
// build and the e2e suite (Playwright in the Debian Chromium). Ends with one summary line
// "Tests: N passed, N failed, N skipped"; in CI a skipped test fails the run.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import pg from "pg";

const PG_BASE = "postgres://postgres@127.0.0.1:5432";
process.env.TEST_DATABASE_URL ??= `${PG_BASE}/portal_test`;
process.env.E2E_DATABASE_URL ??= `${PG_BASE}/portal_e2e`;
process.env.CHROMIUM_PATH ??= "/usr/bin/chromium";

async function ensurePostgres(url) {
  const target = new URL(url);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  try {
    await admin.connect();
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${target.host} (${error.message}). Start it, or set TEST_DATABASE_URL.`);
    process.exit(1);
  }
  const name = target.pathname.slice(1);
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

function run(command, args, env = {}) {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

await ensurePostgres(process.env.TEST_DATABASE_URL);
if (!existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`Chromium not found at ${process.env.CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}
mkdirSync(".data/test-results", { recursive: true });

// The production build for e2e runs while Vitest does (Vitest's files wait on the database much
// of the time); its output goes to a log, printed when the build fails.
const BUILD_LOG = ".data/test-results/build.log";
function buildInBackground() {
  // Note: straight into the file, not through a pipe: Vitest runs under spawnSync, which stops this
  // process's event loop, so a pipe would fill up and stall the build.
  const log = openSync(BUILD_LOG, "w");
  const child = spawn("node", ["scripts/build-if-stale.mjs"], { stdio: ["ignore", log, log], env: process.env });
  closeSync(log);
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}
const build = buildInBackground();
const unitStatus = run("node_modules/.bin/vitest", ["run", "--reporter=default", "--reporter=json", "--outputFile.json=.data/test-results/vitest.json"]);
const buildStatus = await build;
console.log(buildStatus === 0 ? `\nProduction build ready (log: ${BUILD_LOG}).` : `\nThe production build failed:\n${readFileSync(BUILD_LOG, "utf8")}`);
const e2eStatus = buildStatus === 0 ? run("node_modules/.bin/playwright", ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: ".data/test-results/playwright.json" }) : 1;

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(".data/test-results/vitest.json")) {
  const v = JSON.parse(readFileSync(".data/test-results/vitest.json", "utf8"));
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  counts.skipped += v.numPendingTests + v.numTodoTests;
}
if (existsSync(".data/test-results/playwright.json")) {
  const p = JSON.parse(readFileSync(".data/test-results/playwright.json", "utf8")).stats;
  counts.passed += p.expected + p.flaky;
  counts.failed += p.unexpected;
  counts.skipped += p.skipped;
}
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
const skippedInCi = process.env.CI && counts.skipped > 0;
if (skippedInCi) console.error("Skipped tests are not allowed in CI.");
process.exit(unitStatus || buildStatus || e2eStatus || counts.failed || skippedInCi ? 1 : 0);
