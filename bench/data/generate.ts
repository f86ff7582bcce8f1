// npm run bench:data [-- --scale 0.01] [-- --seed 20261128]
// Drops and recreates BENCH_DATABASE_URL (default portal_bench), applies the migrations and fills
// it with the benchmark distributor (bench/data/accounts.ts lists the accounts). Same seed and
// day → same data; dates count back from today (Amsterdam).
import { hashPassword } from "@/lib/auth/password";
import { todayIso } from "@/lib/dates";
import { applyMigrations } from "@/lib/db/migrate";
import { connectPostgres } from "@/lib/db/sql-runner";
import { databaseUrlFor, withAdmin } from "@/tests/postgres-admin";
import { BENCH_PASSWORD, benchDatabaseUrl } from "./accounts";
import { fillBenchData } from "./fill";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const scale = option("scale", 1);
const seed = Math.trunc(option("seed", 20261128));
const url = benchDatabaseUrl();
const name = new URL(url).pathname.slice(1);
if (!/^[A-Za-z0-9_]+$/.test(name) || name === "postgres")
  throw new Error(`Refusing to recreate database "${name}"`);

const started = performance.now();
console.log(`bench:data → ${databaseUrlFor(url, name)} (scale ${scale}, seed ${seed})`);
await withAdmin(url, async (exec) => {
  await exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await exec(`CREATE DATABASE "${name}"`);
});
const runner = await connectPostgres(url);
try {
  const migrated = await applyMigrations(runner);
  console.log(`${migrated.length} migrations applied in ${Math.round(performance.now() - started)} ms`);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await fillBenchData(runner, {
    scale,
    seed,
    today: todayIso(),
    passwordHash,
    log: (line) => console.log(line),
  });
} finally {
  await runner.close();
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
