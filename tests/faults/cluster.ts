import { spawn } from "node:child_process";
import pg from "pg";

// The private PostgreSQL cluster scripts/test-faults.mjs started for this run (never the
// machine's shared one): clone the seeded template, connect, and stop/start/restart it.
const port = Number(process.env.FAULTS_PG_PORT ?? 5499);
const baseUrl = `postgres://postgres@127.0.0.1:${port}`;

export function clusterUrl(database: string): string {
  return `${baseUrl}/${database}`;
}

/** A fresh database with the migrated schema and the demo data. */
export async function cloneSeededDatabase(name: string): Promise<string> {
  await withClient("postgres", async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(
      `CREATE DATABASE "${name}" TEMPLATE "${process.env.FAULTS_SEEDED_DB ?? "faults_seeded"}"`,
    );
  });
  return clusterUrl(name);
}

export async function withClient<T>(database: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: clusterUrl(database) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** pg_ctl on the private cluster (as the postgres user when the run is root's). */
export function pgCtl(...args: string[]): Promise<void> {
  const [command, prefix] = JSON.parse(process.env.FAULTS_PG_CTL ?? "null") as [string, string[]];
  if (!command) throw new Error("FAULTS_PG_CTL is not set: run the fault suite with `npm run test:faults`.");
  const data = process.env.FAULTS_PG_DATA!;
  const withOptions =
    args.includes("start") || args.includes("restart")
      ? ["-l", process.env.FAULTS_PG_LOG!, "-o", process.env.FAULTS_PG_OPTIONS!]
      : [];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, "-D", data, ...withOptions, "-w", "-t", "60", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_ctl ${args.join(" ")} exited ${code}: ${output}`)),
    );
  });
}
