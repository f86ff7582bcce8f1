import { spawnSync } from "node:child_process";

// After the whole e2e run: the stock and money invariants (lib/db/invariants.ts) hold in the
// database the PostgreSQL project's server used; a broken one fails the run, naming the rows.
export default function globalTeardown() {
  const url = process.env.E2E_BASE_URL ? undefined : process.env.E2E_DATABASE_URL;
  if (!url) return console.log("Invariants: not checked (no E2E_DATABASE_URL for this run)");
  const result = spawnSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/check-invariants.ts", url],
    { stdio: "inherit" },
  );
  if (result.status !== 0)
    throw new Error("Invariants: the e2e run left stock or money inconsistent (rows above)");
}
