// npm start – migrates, seeds the demo into a new embedded database, builds when the build is
// missing or older than the sources, then serves on PORT (3000). With DATABASE_URL it migrates
// and serves; it seeds only with --demo.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const embedded = !process.env.DATABASE_URL;
const pgliteDir = process.env.PGLITE_DIR ?? ".data/pglite";
const isNewDatabase = embedded && !existsSync(path.join(pgliteDir, "PG_VERSION"));
const port = process.env.PORT ?? "3000";
const tsx = ["node_modules/.bin/tsx", ["--conditions=react-server"]];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const buildId = path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "prisma", "proxy.ts", "next.config.ts", "instrumentation.ts"].filter(existsSync);
  return sources.some((s) => (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs) > built);
}

run(tsx[0], [...tsx[1], "scripts/db-migrate.ts"]);
if (isNewDatabase || process.argv.includes("--demo")) run(tsx[0], [...tsx[1], "scripts/db-seed.ts"]);
if (buildIsStale()) run("node_modules/.bin/next", ["build"], { NODE_ENV: "production" });

if (embedded) {
  console.log(`
Dealer portal on http://localhost:${port} (embedded database in ${pgliteDir})
Demo logins (password Demo!2026):
  dealer@demo.test   dealer of Garage Dupont (customer 10001)
  dealer2@demo.test  second user of Garage Dupont
  other@demo.test    dealer of another company
  staff@demo.test    staff
`);
}
const server = spawn("node_modules/.bin/next", ["start", "-p", port], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
