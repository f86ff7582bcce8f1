// Checks the stock and money invariants (lib/db/invariants.ts) in PostgreSQL databases and prints
// one line each; exits 1 naming the rows when one is broken. Used at the end of the e2e run
// (e2e/global-teardown.ts) and after the fault suite (scripts/test-faults.mjs).
// Run: tsx --conditions=react-server scripts/check-invariants.ts <database-url>… [--cluster <server-url>]
// --cluster checks every database of that server that has the portal's tables.
import pg from "pg";
import { checkInvariants, formatInvariantSummary, formatViolations } from "../lib/db/invariants";

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function databasesOf(serverUrl: string): Promise<string[]> {
  const names = await withClient(
    `${serverUrl.replace(/\/$/, "")}/postgres`,
    async (client) =>
      (
        await client.query<{ datname: string }>(
          `SELECT datname FROM pg_database WHERE datallowconn AND datname NOT IN ('postgres', 'template0', 'template1') ORDER BY 1`,
        )
      ).rows,
  );
  const portal: string[] = [];
  for (const { datname } of names) {
    const url = `${serverUrl.replace(/\/$/, "")}/${datname}`;
    if (
      await withClient(
        url,
        async (c) => (await c.query(`SELECT to_regclass('public."RmaLine"') IS NOT NULL AS ok`)).rows[0].ok,
      )
    )
      portal.push(url);
  }
  return portal;
}

const args = process.argv.slice(2);
const urls: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--cluster") urls.push(...(await databasesOf(args[++i]!)));
  else urls.push(args[i]!);
}
if (urls.length === 0) {
  console.error("Invariants: no database to check");
  process.exit(1);
}
let broken = 0;
for (const url of urls) {
  const name = new URL(url).pathname.slice(1);
  const report = await withClient(url, (client) =>
    checkInvariants(async (sql) => (await client.query(sql)).rows),
  );
  console.log(formatInvariantSummary(report, `database ${name}`));
  if (report.violations.length) {
    console.log(formatViolations(report));
    broken++;
  }
}
process.exit(broken ? 1 : 0);
