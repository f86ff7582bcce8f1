// npm test – unit + integration tests (Vitest, on PGlite and PostgreSQL), then the production
// build and the e2e suite (Playwright in Chromium: scripts/chromium.mjs). Needs only Node.js:
// without TEST_DATABASE_URL / E2E_DATABASE_URL it uses the PostgreSQL on 127.0.0.1:5432 when one
// lets user postgres in, else a throwaway PostgreSQL from npm (scripts/throwaway-postgres.mjs),
// removed afterwards, also on Ctrl-C. TEST_POSTGRES=embedded skips 5432 and always takes the
// throwaway one (CI does). Ends with one summary line "Tests: N passed, N failed, N skipped";
// in CI a skipped test fails the run.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { constants } from "node:os";
import pg from "pg";
import { findChromium } from "./chromium.mjs";
import { postgresAnswers, startThrowawayPostgres } from "./throwaway-postgres.mjs";

const LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432";

// Every child runs through here, so that Ctrl-C stops them all before this process exits (and
// with it the throwaway PostgreSQL). `ownGroup`: a child in a process group of its own (the
// build: next build starts workers) does not get the terminal's Ctrl-C; it and all its
// processes are signalled here, and waited for.
const children = new Set();
const groups = new Set();
let stopping = false;
function run(command, args, { env = {}, output = "inherit", ownGroup = false } = {}) {
  const stdio = ["ignore", output, output];
  const child = spawn(command, args, { stdio, env: { ...process.env, ...env }, detached: ownGroup });
  children.add(child);
  if (ownGroup) groups.add(child.pid);
  // Note: once stopping, a step's end leads nowhere: the signal handler exits.
  return new Promise((resolve) => {
    const end = (code) => {
      children.delete(child);
      if (!stopping) resolve(code ?? 1);
    };
    child.on("error", () => end(1));
    child.on("close", end);
  });
}
function signal(pid, name) {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false; // already gone
  }
}
function signalChildren(name) {
  for (const child of children) signal(child.pid, name);
  for (const group of groups) if (!signal(-group, name)) groups.delete(group);
}
for (const name of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(name, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\nnpm test: ${name}, stopping.`);
    signalChildren(name);
    const deadline = Date.now() + 15_000;
    const wait = setInterval(() => {
      for (const group of groups) if (!signal(-group, 0)) groups.delete(group);
      if ((children.size || groups.size) && Date.now() < deadline) return;
      signalChildren("SIGKILL");
      clearInterval(wait);
      process.exit(128 + constants.signals[name]); // stops and removes the throwaway PostgreSQL
    }, 100);
  });
}

async function chooseDatabases() {
  if (process.env.TEST_DATABASE_URL && process.env.E2E_DATABASE_URL) return undefined;
  let base = LOCAL_POSTGRES;
  let cluster;
  const forced = process.env.TEST_POSTGRES === "embedded";
  if (forced || !(await postgresAnswers(`${LOCAL_POSTGRES}/postgres`))) {
    cluster = await startThrowawayPostgres();
    base = cluster.baseUrl;
    const why = forced ? "TEST_POSTGRES=embedded" : "none usable on 127.0.0.1:5432";
    console.log(
      `PostgreSQL: a throwaway server from npm on port ${cluster.port} (${why}), in ${cluster.dir}.`,
    );
  }
  process.env.TEST_DATABASE_URL ??= `${base}/portal_test`;
  process.env.E2E_DATABASE_URL ??= `${base}/portal_e2e`;
  return cluster;
}

async function ensureDatabase(url) {
  const target = new URL(url);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString(),
  });
  try {
    await admin.connect();
  } catch (error) {
    console.error(
      `PostgreSQL is not reachable at ${target.host} (${error.message}): start it, or unset TEST_DATABASE_URL.`,
    );
    process.exit(1);
  }
  const name = target.pathname.slice(1);
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

const chromium = findChromium();
if (chromium.error) {
  console.error(chromium.error);
  process.exit(1);
}
let cluster;
try {
  cluster = await chooseDatabases();
} catch (error) {
  console.error(`Could not start a throwaway PostgreSQL: ${error.message}`);
  process.exit(1);
}
await ensureDatabase(process.env.TEST_DATABASE_URL);
mkdirSync(".data/test-results", { recursive: true });
const RESULTS = {
  vitest: ".data/test-results/vitest.json",
  playwright: ".data/test-results/playwright.json",
};
for (const file of Object.values(RESULTS)) rmSync(file, { force: true });

// The production build for e2e runs while Vitest does (Vitest's files wait on the database much
// of the time); its output goes to a log, printed when the build fails.
const BUILD_LOG = ".data/test-results/build.log";
const log = openSync(BUILD_LOG, "w");
const build = run("node", ["scripts/build-if-stale.mjs"], { output: log, ownGroup: true });
closeSync(log);
const unitStatus = await run("node_modules/.bin/vitest", [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${RESULTS.vitest}`,
]);
const buildStatus = await build;
if (buildStatus === 0) console.log(`\nProduction build ready (log: ${BUILD_LOG}).`);
else console.log(`\nThe production build failed:\n${readFileSync(BUILD_LOG, "utf8")}`);
const e2eStatus =
  buildStatus === 0
    ? await run("node_modules/.bin/playwright", ["test", "--reporter=list,json"], {
        env: { PLAYWRIGHT_JSON_OUTPUT_NAME: RESULTS.playwright },
      })
    : 1;
cluster?.stop();

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(RESULTS.vitest)) {
  const v = JSON.parse(readFileSync(RESULTS.vitest, "utf8"));
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  counts.skipped += v.numPendingTests + v.numTodoTests;
}
if (existsSync(RESULTS.playwright)) {
  const p = JSON.parse(readFileSync(RESULTS.playwright, "utf8")).stats;
  counts.passed += p.expected + p.flaky;
  counts.failed += p.unexpected;
  counts.skipped += p.skipped;
}
const skippedInCi = process.env.CI && counts.skipped > 0;
if (skippedInCi) console.error("Skipped tests are not allowed in CI.");
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(unitStatus || buildStatus || e2eStatus || counts.failed || skippedInCi ? 1 : 0);
