// npm start – migrates, seeds the demo into a new embedded database, builds when the build is
// missing or older than the sources, then serves on PORT (3000). With DATABASE_URL it migrates
// and serves with a worker per CPU core (scripts/serve.mjs); it seeds only with --demo.
import { spawn, spawnSync } from "node:child_process";
import { buildIfStale } from "./build-if-stale.mjs";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-memory.mjs";

const embedded = !process.env.DATABASE_URL;
const pgliteDir = process.env.PGLITE_DIR ?? ".data/pglite";
const port = process.env.PORT ?? "3000";
const tsx = ["node_modules/.bin/tsx", ["--conditions=react-server"]];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Note: e-mail links point at APP_URL. On PostgreSQL (production) it has to be said; the embedded
// demo serves on this machine, so its links go to the port it serves on.
if (!embedded && !process.env.APP_URL) {
  console.error(
    "APP_URL must be set to the portal's public address (e.g. https://portal.example.com) when DATABASE_URL is set.",
  );
  process.exit(1);
}
process.env.APP_URL ||= `http://localhost:${port}`;

run(tsx[0], [...tsx[1], "scripts/db-migrate.ts"]);
// The seed loads the demo only into a database without customers, so a new (or empty)
// embedded database gets it and an existing one is left alone.
if (embedded || process.argv.includes("--demo")) run(tsx[0], [...tsx[1], "scripts/db-seed.ts"]);
// Note: e2e servers run on a build made beforehand (SKIP_BUILD), so two never build at once.
if (!process.env.SKIP_BUILD) buildIfStale();

if (embedded) {
  console.log(`
Dealer portal on http://localhost:${port} (embedded database in ${pgliteDir})
Demo logins (password Demo!2026):
  dealer@demo.test   dealer of Garage Dupont (customer 10001)
  dealer2@demo.test  second user of Garage Dupont
  other@demo.test    dealer of another company
  staff@demo.test    staff; second factor: a code from an authenticator app with the secret
                     KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD (prisma/seed/base.ts)
`);
}
// Note: the embedded database lives in one process, so it gets a single `next start`.
const [command, args] = embedded
  ? [process.execPath, [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", port]]
  : [process.execPath, ["scripts/serve.mjs"]];
const server = spawn(command, args, {
  stdio: "inherit",
  env: { ...process.env, PORT: port, NODE_ENV: "production", ...SERVER_ENV },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
