// Starts the built portal for e2e on a fresh database: `postgres PORT` (E2E_DATABASE_URL) or
// `pglite PORT` (a new embedded database under .data/e2e-<port>). Both get the demo seed.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";

const [kind, port] = process.argv.slice(2);
const env = {
  ...process.env,
  SKIP_BUILD: "1",
  PORT: port,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123",
  APP_URL: `http://localhost:${port}`,
  // The webhook e2e's receiver listens on 127.0.0.1 (lib/erp/webhooks/url-rules.ts).
  WEBHOOKS_TO_LOOPBACK: "allow",
};
rmSync(`.data/e2e-${port}`, { recursive: true, force: true });
env.UPLOAD_DIR = `.data/e2e-${port}/uploads`;

if (kind === "postgres") {
  const url = new URL(process.env.E2E_DATABASE_URL);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString(),
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  env.DATABASE_URL = url.toString();
} else {
  delete env.DATABASE_URL;
  env.PGLITE_DIR = `.data/e2e-${port}/pglite`;
}
const server = spawn("node", ["scripts/start.mjs", "--demo"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
