// npm run test:faults – fault injection against the production build on a private PostgreSQL
// cluster (never the shared one): the mail service down, PostgreSQL restarted under load, the
// server killed during an RMA submission. Starts the cluster (the PostgreSQL binaries from npm,
// scripts/throwaway-postgres.mjs), migrates + seeds a template database, runs
// tests/faults/*.fault.ts with Vitest, stops and removes the cluster. Ends with
// "Tests: N passed, N failed, N skipped"; exits non-zero on failure.
// Arguments go to Vitest (e.g. a file filter).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startThrowawayPostgres } from "./throwaway-postgres.mjs";

const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 5499);
const started = Date.now();

function run(command, args, env = {}) {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

let cluster;
function stopCluster() {
  cluster?.stop();
  cluster = undefined;
}
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    stopCluster();
    process.exit(130);
  });

let status = 1;
const resultsFile = ".data/test-results/faults.json";
try {
  // Note: SKIP_BUILD=1 uses the existing build as it is (as scripts/start.mjs does).
  if (!process.env.SKIP_BUILD && run("node", ["scripts/build-if-stale.mjs"]) !== 0)
    throw new Error("build failed");
  cluster = await startThrowawayPostgres({ kind: "faults", port: PG_PORT });
  const base = cluster.baseUrl;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query("CREATE DATABASE faults_seeded");
  await admin.end();
  // The template every portal in the fault tests is cloned from: migrated, with the demo data.
  const seededUrl = `${base}/faults_seeded`;
  const tsx = ["node_modules/.bin/tsx", "--conditions=react-server"];
  for (const script of ["scripts/db-migrate.ts", "scripts/db-seed.ts"]) {
    if (
      run(tsx[0], [tsx[1], script], {
        DATABASE_URL: seededUrl,
        NODE_ENV: "production",
        AUTH_SECRET: "faults-secret-faults-secret-0123456789",
      }) !== 0
    )
      throw new Error(`${script} failed`);
  }

  mkdirSync(path.dirname(resultsFile), { recursive: true });
  rmSync(resultsFile, { force: true });
  status = run(
    "node_modules/.bin/vitest",
    [
      "run",
      "--config",
      "tests/faults/vitest.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${resultsFile}`,
      ...process.argv.slice(2),
    ],
    {
      TEST_DATABASE_URL: `${base}/faults`,
      FAULTS_PG_PORT: String(PG_PORT),
      FAULTS_PG_DATA: cluster.pgData,
      FAULTS_PG_LOG: cluster.log,
      FAULTS_PG_OPTIONS: cluster.options,
      FAULTS_PG_CTL: JSON.stringify(cluster.pgCtl),
      FAULTS_SEEDED_DB: "faults_seeded",
    },
  );
  // The stock and money invariants in every database the suite left on the cluster.
  if (run(tsx[0], [tsx[1], "scripts/check-invariants.ts", "--cluster", base]) !== 0) status ||= 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  const pgLog = cluster?.log;
  if (pgLog && existsSync(pgLog))
    console.error(
      `PostgreSQL log (${pgLog}):\n${readFileSync(pgLog, "utf8").split("\n").slice(-20).join("\n")}`,
    );
  status = 1;
} finally {
  stopCluster();
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(resultsFile)) {
  const v = JSON.parse(readFileSync(resultsFile, "utf8"));
  counts.passed = v.numPassedTests;
  counts.failed = v.numFailedTests;
  counts.skipped = v.numPendingTests + v.numTodoTests;
}
if (status !== 0 && counts.failed === 0) counts.failed = 1;
console.log(`\nFault suite took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(status || counts.failed || counts.skipped ? 1 : 0);
